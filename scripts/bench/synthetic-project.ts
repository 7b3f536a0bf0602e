// Writes a synthetic project folder (<out>/data/…) for benchmarks: the real places and reference lists, generated records.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { parseCsvRecords } from '../../src/lib/csv/csv';
import { DEFAULT_SEED, SYNTHETIC_NOTE, synthesiseDefections, type SyntheticPlaces } from './synthetic-records';

/** Left at the root of every synthetic folder: says what it is, and lets a later run replace it safely. */
export const MARKER_FILE = 'SYNTHETIC.md';
/** What was generated, and from what: a benchmark reuses a folder only when this matches. */
const MANIFEST_FILE = 'synthetic.json';

// Per-record folders are generated; the corrections log names real records, so it is generated too.
const GENERATED = new Set(['defections', 'refusals', 'changes.yaml']);

export interface SyntheticProjectOptions {
  count: number;
  out: string;
  /** The project whose data/places and reference lists are copied (the repository root). */
  sourceRoot: string;
  seed?: number;
}

export interface SyntheticProject {
  root: string;
  count: number;
  files: number;
  milliseconds: number;
}

function readPlaces(sourceRoot: string): SyntheticPlaces {
  const csv = (file: string) => parseCsvRecords(readFileSync(join(sourceRoot, 'data/places', file), 'utf8')).records;
  return {
    communes: csv('communes.csv').map(({ code, district, name }) => ({ code, district, name })),
    districts: csv('districts.csv').map(({ code, province, name }) => ({ code, province, name }))
  };
}

const isInside = (child: string, parent: string) => {
  const path = relative(parent, child);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[a-zA-Z]:/.test(path));
};

/** Refuses to write inside the repository (data/ or the shipped site) or over a folder it did not create. */
export function checkOutputFolder(out: string, sourceRoot: string): void {
  if (isInside(resolve(out), resolve(sourceRoot))) {
    throw new Error(`Refusing to write synthetic records inside the project (${out}): use a temporary folder, e.g. $(mktemp -d).`);
  }
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARKER_FILE))) {
    throw new Error(`Refusing to write into ${out}: it is not empty and was not made by scripts/synth.ts (no ${MARKER_FILE}).`);
  }
}

/** One "added" entry naming every record, as the validator requires of every record. */
function changesLog(ids: readonly string[]): string {
  const entry = {
    date: '2017-11-27',
    kind: 'added',
    summary: 'Synthetic records were generated for a benchmark.',
    reason: SYNTHETIC_NOTE,
    records: ids
  };
  return `# ${SYNTHETIC_NOTE}\n${stringify(ids.length > 0 ? [entry] : [])}`;
}

const copiedEntries = (sourceRoot: string) => readdirSync(join(sourceRoot, 'data')).filter((name) => !GENERATED.has(name));

/** A hash of the generator's code and of every copied data file, so a changed generator or gazetteer regenerates the set. */
function fingerprint(sourceRoot: string, count: number, seed: number): string {
  const hash = createHash('sha256').update(`${count}:${seed}`);
  const here = dirname(fileURLToPath(import.meta.url));
  const files = [
    ...['random.ts', 'synthetic-records.ts', 'synthetic-project.ts'].map((name) => join(here, name)),
    ...copiedEntries(sourceRoot).flatMap((name) => {
      const path = join(sourceRoot, 'data', name);
      return statSync(path).isDirectory() ? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((child) => join(path, child)) : [path];
    })
  ];
  for (const file of files.sort()) if (statSync(file).isFile()) hash.update(file.slice(sourceRoot.length)).update(readFileSync(file));
  return hash.digest('hex');
}

/** True when `out` already holds exactly the set these options would write. */
export function isCurrentSyntheticProject({ count, out, sourceRoot, seed = DEFAULT_SEED }: SyntheticProjectOptions): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as { fingerprint?: string };
    return manifest.fingerprint === fingerprint(sourceRoot, count, seed);
  } catch {
    return false;
  }
}

export function writeSyntheticProject({ count, out, sourceRoot, seed = DEFAULT_SEED }: SyntheticProjectOptions): SyntheticProject {
  const started = performance.now();
  checkOutputFolder(out, sourceRoot);
  rmSync(join(out, MANIFEST_FILE), { force: true });
  const dataDir = join(out, 'data');
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(join(dataDir, 'defections'), { recursive: true });
  mkdirSync(join(dataDir, 'refusals'), { recursive: true });
  writeFileSync(
    join(out, MARKER_FILE),
    `# Synthetic data — not real\n\n${count} generated defection records (seed ${seed}) for \`npm run bench\`.\n${SYNTHETIC_NOTE}\nNever copy these files into data/.\n`
  );
  for (const name of copiedEntries(sourceRoot)) cpSync(join(sourceRoot, 'data', name), join(dataDir, name), { recursive: true });
  const records = synthesiseDefections(count, readPlaces(sourceRoot), seed);
  writeFileSync(join(dataDir, 'changes.yaml'), changesLog(records.map((record) => record.id)));
  for (const record of records) {
    writeFileSync(join(dataDir, 'defections', `${record.id}.yaml`), stringify(record, { lineWidth: 0 }));
  }
  writeFileSync(join(out, MANIFEST_FILE), `${JSON.stringify({ count, seed, fingerprint: fingerprint(sourceRoot, count, seed) }, null, 2)}\n`);
  return { root: out, count, files: records.length, milliseconds: performance.now() - started };
}
