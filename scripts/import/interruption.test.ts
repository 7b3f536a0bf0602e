// The import's promise under interruption, tested on the real command: killed (SIGKILL) or interrupted (SIGTERM,
// SIGINT, SIGHUP) at random moments, many while it writes, data/ ends byte-for-byte as it was before or as the whole
// import leaves it, once the next writer or validate has recovered; and two imports at once both land, or one
// is refused, never half of each. Each run is a real process on a temporary copy of data/, never the real one.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticBatch } from '../../tests/fixtures/import/batch';
import { snapshot } from '../../tests/fixtures/import/data-dir';
import { TRANSACTION_DIR } from '../../src/lib/server/data-journal';
import { loadDataset } from '../../src/lib/server/read-data';

const TRIALS = Number(process.env.KILL_TEST_TRIALS ?? 32);
const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT', 'SIGHUP'] as const;
const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

const work = mkdtempSync(join(tmpdir(), 'import-interruption-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// One copy of the real data/ (templates left out) taken at the start, so every trial starts from the same bytes.
const base = join(work, 'base');
cpSync(join(process.cwd(), 'data'), join(base, 'data'), { recursive: true, filter: (source) => !source.includes(join('data', 'templates')) });

function copyProject(name: string): string {
  const root = join(work, name);
  cpSync(base, root, { recursive: true });
  return root;
}

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/** The import as a user runs it, in one process (node with tsx's loader), so a signal reaches the importer itself. */
function runImport(root: string, file: string, extra: string[] = []): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, '--data-dir', join(root, 'data'), ...extra], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, output })));
  return { child, done };
}

/** What the next writer does first: take the (possibly stale) lock and finish or discard the interrupted write. */
function runValidate(root: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', root], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
}

/** A seeded generator, so a failing schedule can be replayed with KILL_TEST_SEED. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the import has begun staging its files (its transaction folder exists), or when it has ended. */
async function writingStarted(root: string, run: Run): Promise<void> {
  let ended = false;
  void run.done.then(() => (ended = true));
  while (!ended && !existsSync(join(root, TRANSACTION_DIR))) await sleep(1);
}

/**
 * Resolves as soon as data/ starts to change (a first new record file appears), or when the import has ended:
 * whatever the write's design, a kill then lands while data/ is being changed.
 */
async function changing(root: string, run: Run): Promise<void> {
  let ended = false;
  void run.done.then(() => (ended = true));
  const dir = join(root, 'data', 'defections');
  const count = readdirSync(dir).length;
  while (!ended && readdirSync(dir).length === count) await new Promise((resolve) => setImmediate(resolve));
}

const BATCH_SIZE = 800;
let batchFile: string;
let before: Map<string, string>;
let after: Map<string, string>;
let fullRunMs: number;
/** How long the reference run's write took, from its first staged file to its last move. */
let writeMs: number;

beforeAll(async () => {
  batchFile = join(work, 'batch.csv');
  writeFileSync(batchFile, syntheticBatch(BATCH_SIZE));
  const reference = copyProject('reference');
  before = snapshot(reference);
  const started = performance.now();
  const run = runImport(reference, batchFile);
  await writingStarted(reference, run);
  const writeStarted = performance.now();
  while (existsSync(join(reference, TRANSACTION_DIR))) await sleep(1);
  writeMs = performance.now() - writeStarted;
  const result = await run.done;
  fullRunMs = performance.now() - started;
  expect(result.code, result.output).toBe(0);
  after = snapshot(reference);
  expect(after.size).toBe(before.size + BATCH_SIZE);
}, 120_000);

describe('an import interrupted at any moment', () => {
  it(`leaves data/ exactly before or after the whole import, in ${TRIALS} kills and signals`, async () => {
    const seed = Number(process.env.KILL_TEST_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const outcomes = { before: 0, after: 0, midCommit: 0 };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const context = `seed ${seed}, trial ${trial}`;
      const root = copyProject(`trial-${trial}`);
      const run = runImport(root, batchFile);
      // A third of the kills land anywhere in the run, a third while files are staged, a third as soon as data/
      // starts to change (the moves after the commit point).
      const mode = (['anywhere', 'staging', 'moving'] as const)[trial % 3];
      // After the commit point only SIGKILL can stop the moves (the other signals let the write finish), so the
      // moving third is killed outright; the rest cycle through every signal.
      const signal = mode === 'moving' ? 'SIGKILL' : SIGNALS[Math.floor(trial / 3) % SIGNALS.length];
      if (mode === 'anywhere') await sleep(next() * fullRunMs);
      else if (mode === 'staging') {
        await writingStarted(root, run);
        await sleep(next() * writeMs * 1.2);
      } else await changing(root, run);
      run.child.kill(signal);
      const exit = await run.done;
      if (existsSync(join(root, TRANSACTION_DIR, 'journal.json'))) outcomes.midCommit += 1;

      // Recovery, as the next command does it: every fourth trial through the real `npm run validate` script.
      if (trial % 4 === 0) {
        const validated = await runValidate(root);
        expect(validated.code, `${context}: ${validated.output}`).toBe(0);
      } else {
        const { settleUnfinishedWrite } = await import('../../src/lib/server/data-journal');
        const { lockData } = await import('../../src/lib/server/data-lock');
        settleUnfinishedWrite(root, 'test recovery');
        // A lock left by the killed process is taken over, not waited on.
        lockData(root, { purpose: 'test', waitMs: 0 }).release();
      }

      const state = snapshot(root);
      const matches = sameFiles(state, before) ? 'before' : sameFiles(state, after) ? 'after' : 'neither';
      expect(matches, `${context}: ${signal} left data/ in neither state (${describeDifference(state)}); import said: ${exit.output.slice(0, 400)}`).not.toBe('neither');
      outcomes[matches as "before" | "after"] += 1;
      expect(loadDataset(root).issues, context).toEqual([]);
      expect(readdirSync(root).sort(), `${context}: nothing left beside data/`).toEqual(['data']);

      // The exit code tells the truth: cancelled (non-zero) when nothing was written, success when all of it was.
      if (signal !== 'SIGKILL' && exit.signal === null) {
        expect(exit.code, `${context}: ${signal}, data/ ${matches}; ${exit.output.slice(-300)}`).toBe(matches === 'after' ? 0 : SIGNAL_EXIT[signal]);
      }
      rmSync(root, { recursive: true, force: true });
    }
    // The schedule must really have tested both ends, or the test proves nothing.
    expect(outcomes.before, `seed ${seed}`).toBeGreaterThan(0);
    expect(outcomes.after, `seed ${seed}`).toBeGreaterThan(0);
    expect(outcomes.midCommit, `seed ${seed}: no kill landed between the commit point and the last move`).toBeGreaterThan(0);
  }, 300_000);
});

describe('two imports at once', () => {
  it('both land, each logged: the second waits for the first and plans against its result', async () => {
    const root = copyProject('concurrent');
    const first = join(work, 'first.csv');
    const second = join(work, 'second.csv');
    writeFileSync(first, syntheticBatch(300, { prefix: 'first', province: '06' }));
    writeFileSync(second, syntheticBatch(300, { prefix: 'second', province: '08' }));
    const results = await Promise.all([runImport(root, first).done, runImport(root, second).done]);
    for (const result of results) expect(result.code, result.output).toBe(0);
    const { dataset, issues } = loadDataset(root);
    expect(issues).toEqual([]);
    const ids = new Set(dataset.defections.map((record) => record.id));
    for (let n = 1; n <= 300; n += 1) expect(ids.has(`first-${n}`) && ids.has(`second-${n}`)).toBe(true);
    const added = dataset.changes.filter((change) => change.kind === 'added' && /^(first|second)-/.test(change.records[0]));
    expect(added.map((change) => change.records.length)).toEqual([300, 300]);
  }, 120_000);

  it('the same ids in both: one import lands, the other is refused whole, nothing is overwritten silently', async () => {
    const root = copyProject('same-ids');
    const first = join(work, 'same-a.csv');
    const second = join(work, 'same-b.csv');
    writeFileSync(first, syntheticBatch(100, { prefix: 'same', province: '06' }));
    writeFileSync(second, syntheticBatch(100, { prefix: 'same', province: '08' }));
    const results = await Promise.all([runImport(root, first).done, runImport(root, second).done]);
    expect(results.map((result) => result.code).sort()).toEqual([0, 1]);
    const refused = results.find((result) => result.code === 1)!;
    expect(refused.output).toMatch(/Changing existing records needs a reason/);
    const { dataset, issues } = loadDataset(root);
    expect(issues).toEqual([]);
    const provinces = new Set(dataset.defections.filter((record) => record.id.startsWith('same-')).map((record) => record.place.province));
    expect(provinces.size).toBe(1);
    expect(dataset.changes.filter((change) => change.records[0] === 'same-1')).toHaveLength(1);
  }, 120_000);
});

function sameFiles(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([path, content]) => b.get(path) === content);
}

function describeDifference(state: Map<string, string>): string {
  const extra = [...state.keys()].filter((path) => !before.has(path) && !after.has(path));
  const changed = [...state.keys()].filter((path) => before.has(path) && state.get(path) !== before.get(path) && state.get(path) !== after.get(path));
  return `${state.size} files (before ${before.size}, after ${after.size}); unknown: ${extra.slice(0, 3).join(', ')}; changed: ${changed.slice(0, 3).join(', ')}`;
}
