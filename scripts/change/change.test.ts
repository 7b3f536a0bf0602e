// npm run change: the changelog entry for a hand-edited record, checked as validate checks it, written under the lock.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { realProject, removeProjects, snapshot } from '../../tests/fixtures/import/data-dir';
import { lockData } from '../../src/lib/server/data-lock';
import { loadDataset, readDataFiles } from '../../src/lib/server/read-data';
import { planChange, type ChangeRequest } from './plan';

afterAll(removeProjects);
const TODAY = new Date().toISOString().slice(0, 10);
const request = (changes: Partial<ChangeRequest>): ChangeRequest => ({ ids: ['ul-pov'], kind: 'added', reason: 'Why.', fields: [], sources: [], today: TODAY, ...changes });

describe('planChange', () => {
  const files = readDataFiles(process.cwd());

  it('appends one entry, keeping the file’s comments and earlier entries byte for byte', () => {
    const plan = planChange(files, request({ kind: 'amended', summary: 'Commune corrected.', fields: ['place.commune'] }));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const before = files.find((file) => file.path === 'data/changes.yaml')!.text;
    expect(plan.file.text.startsWith(before)).toBe(true);
    expect(plan.entry).toMatchObject({ date: TODAY, kind: 'amended', records: ['ul-pov'], fields: ['place.commune'], reason: 'Why.' });
  });

  it('refuses what validate would refuse, saying what to do', () => {
    const problems = (changes: Partial<ChangeRequest>) => {
      const plan = planChange(files, request(changes));
      return plan.ok ? [] : plan.problems.join('\n');
    };
    expect(problems({ kind: 'moved' })).toMatch(/Unknown kind "moved": use one of added, amended, retracted, disputed/);
    expect(problems({ kind: 'amended' })).toMatch(/An amendment needs --summary/);
    expect(problems({ kind: 'amended', summary: 'x' })).toMatch(/fields/);
    expect(problems({ ids: ['no-such-record'] })).toMatch(/records\[0\][\s\S]*"no-such-record"[\s\S]*the id of a record in data\/defections or data\/refusals/);
    expect(problems({ kind: 'retracted' })).toMatch(/which has no retracted field/);
    expect(problems({ sources: [{ outlet: 'X', url: 'javascript:alert(1)' }] })).toMatch(/url/);
  });
});

describe('npm run change (the command)', () => {
  const run = (root: string, args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/change.ts', ...args, '--data-dir', join(root, 'data')], { cwd: process.cwd() }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr })
    );

  it('logs a record added by hand, so validate accepts it', async () => {
    const root = realProject();
    const ulPov = readFileSync(join(root, 'data/defections/ul-pov.yaml'), 'utf8');
    writeFileSync(join(root, 'data/defections/hand-made.yaml'), ulPov.replace('id: ul-pov', 'id: hand-made').replace(/name: Ul Pov/, 'name: Hand Made'));
    expect(loadDataset(root).issues.map((issue) => issue.found)).toContain('no "added" entry in data/changes.yaml naming hand-made');
    const result = await run(root, ['hand-made', 'added', 'Copied by an editor from a checked article.']);
    expect(result.output).toMatch(/✓ Appended to data\/changes.yaml: \d{4}-\d\d-\d\d added hand-made — Record hand-made added\./);
    expect(result.code).toBe(0);
    expect(loadDataset(root).issues).toEqual([]);
  });

  it('writes nothing when another writer holds data/, and names it', async () => {
    const root = realProject();
    const before = snapshot(root);
    const lock = lockData(root, { purpose: 'import of other.csv' });
    try {
      // The test's own process holds the lock; the command waits its 10 s, then names it.
      const result = await run(root, ['ul-pov', 'disputed', 'A party denies it.']);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(new RegExp(`pid ${process.pid} .*\\(import of other\\.csv\\)`));
    } finally {
      lock.release();
    }
    expect(snapshot(root)).toEqual(before);
  }, 30_000);
});
