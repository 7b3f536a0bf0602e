import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/server/read-data';
import { SYNTHETIC_HOST, SYNTHETIC_NOTE } from './bench/synthetic-records';
import { checkOutputFolder, isCurrentSyntheticProject, writeSyntheticProject } from './bench/synthetic-project';

const repo = resolve(import.meta.dirname, '..');
const folders: string[] = [];
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'synth-test-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const recordTexts = (root: string) => {
  const dir = join(root, 'data/defections');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
};

describe('scripts/synth', () => {
  const out = tempFolder();
  writeSyntheticProject({ count: 200, out, sourceRoot: repo });
  const { dataset, issues } = loadDataset(out);

  it('writes records that pass the validator', () => {
    expect(issues).toEqual([]);
    expect(dataset.defections).toHaveLength(200);
  });

  it('marks every record as synthetic and links only to a reserved domain', () => {
    for (const record of dataset.defections) {
      expect(record.id).toMatch(/^synthetic-\d{6}$/);
      expect(record.notes).toBe(SYNTHETIC_NOTE);
      if (record.person.name) expect(record.person.name).toMatch(/^Synthetic person \d+$/);
      for (const source of record.sources) {
        expect(new URL(source.url).hostname).toBe(SYNTHETIC_HOST);
        expect(source.outlet).toMatch(/^Synthetic /);
      }
    }
    expect(dataset.refusals).toEqual([]);
  });

  it('uses the real places and a spread of roles, dates and statuses', () => {
    const communes = new Set(dataset.communes.map((commune) => commune.code));
    expect(dataset.communes).toHaveLength(1646);
    expect(dataset.defections.every((record) => !record.place.commune || communes.has(record.place.commune))).toBe(true);
    expect(new Set(dataset.defections.map((record) => record.role)).size).toBeGreaterThan(4);
    expect(new Set(dataset.defections.map((record) => record.status))).toEqual(new Set(['confirmed', 'reported', 'disputed']));
    const precisions = dataset.defections.map((record) => record.date.precision);
    expect(precisions.filter((precision) => precision === 'day').length).toBeGreaterThan(150);
    expect(precisions).toContain('month');
    expect(dataset.defections.some((record) => record.reactions.length > 0)).toBe(true);
  });

  it('is deterministic: the same seed writes the same files, another seed different ones', () => {
    const again = tempFolder();
    writeSyntheticProject({ count: 200, out: again, sourceRoot: repo });
    expect(recordTexts(again)).toEqual(recordTexts(out));
    const other = tempFolder();
    writeSyntheticProject({ count: 200, out: other, sourceRoot: repo, seed: 7 });
    expect(recordTexts(other)).not.toEqual(recordTexts(out));
  });

  it('knows when a folder already holds the requested set', () => {
    expect(isCurrentSyntheticProject({ count: 200, out, sourceRoot: repo })).toBe(true);
    expect(isCurrentSyntheticProject({ count: 201, out, sourceRoot: repo })).toBe(false);
  });

  it('covers every commune once there are enough records', () => {
    const big = tempFolder();
    writeSyntheticProject({ count: 1700, out: big, sourceRoot: repo });
    const { dataset: bigSet, issues: bigIssues } = loadDataset(big);
    expect(bigIssues).toEqual([]);
    expect(new Set(bigSet.defections.map((record) => record.place.commune).filter(Boolean)).size).toBe(1646);
  });

  it('refuses to write into the project or over a folder it did not make', () => {
    expect(() => checkOutputFolder(join(repo, 'data'), repo)).toThrow(/inside the project/);
    expect(() => checkOutputFolder(repo, repo)).toThrow(/inside the project/);
    const foreign = tempFolder();
    writeSyntheticProject({ count: 1, out: foreign, sourceRoot: repo });
    rmSync(join(foreign, 'SYNTHETIC.md'));
    expect(() => checkOutputFolder(foreign, repo)).toThrow(/not made by scripts\/synth\.ts/);
  });
});
