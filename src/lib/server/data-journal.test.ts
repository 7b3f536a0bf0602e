// The journaled write: all files or none, and an interrupted write finished or discarded by whoever comes next.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoverUnfinishedWrite, TRANSACTION_DIR, WriteCancelled, writeDataFiles } from './data-journal';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project whose data/ holds one record and a changelog. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'journal-test-'));
  roots.push(root);
  mkdirSync(join(root, 'data', 'defections'), { recursive: true });
  writeFileSync(join(root, 'data', 'defections', 'old.yaml'), 'id: old\n');
  writeFileSync(join(root, 'data', 'changes.yaml'), '- old\n');
  return root;
}

const FILES = [
  { path: 'data/defections/new-1.yaml', text: 'id: new-1\n' },
  { path: 'data/refusals/new-2.yaml', text: 'id: new-2\n' },
  { path: 'data/changes.yaml', text: '- old\n- new\n' }
];

function contents(root: string): Record<string, string> {
  const dir = join(root, 'data');
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')])
  );
}

const AFTER = {
  'changes.yaml': '- old\n- new\n',
  'defections/new-1.yaml': 'id: new-1\n',
  'defections/old.yaml': 'id: old\n',
  'refusals/new-2.yaml': 'id: new-2\n'
};

describe('writeDataFiles', () => {
  it('writes every file, creating folders, and leaves nothing beside data/', async () => {
    const root = project();
    let committed = false;
    await writeDataFiles(root, FILES, { purpose: 'test', onCommitted: () => (committed = true) });
    expect(committed).toBe(true);
    expect(contents(root)).toEqual(AFTER);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('a signal noticed before the commit point cancels it: data/ unchanged, nothing staged', async () => {
    const root = project();
    const before = contents(root);
    await expect(writeDataFiles(root, FILES, { purpose: 'test', cancelled: () => 'SIGTERM' })).rejects.toThrow(WriteCancelled);
    expect(contents(root)).toEqual(before);
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('will not start over an unfinished write', async () => {
    const root = project();
    mkdirSync(join(root, TRANSACTION_DIR));
    await expect(writeDataFiles(root, FILES, { purpose: 'test' })).rejects.toThrow(/recover the unfinished write first/);
  });
});

describe('recoverUnfinishedWrite', () => {
  /** Stages FILES as writeDataFiles does, and commits the journal when asked. */
  function interrupted(root: string, { committed, moved }: { committed: boolean; moved: number }) {
    const transaction = join(root, TRANSACTION_DIR);
    mkdirSync(join(transaction, 'files'), { recursive: true });
    const moves = FILES.map((file, index) => ({ staged: `files/${index}`, target: file.path }));
    FILES.forEach((file, index) => writeFileSync(join(transaction, `files/${index}`), file.text));
    writeFileSync(join(transaction, committed ? 'journal.json' : 'journal.json.tmp'), JSON.stringify({ purpose: 'import of batch.csv', moves }));
    for (const { staged, target } of moves.slice(0, moved)) {
      mkdirSync(join(root, target, '..'), { recursive: true });
      renameSync(join(transaction, staged), join(root, target));
    }
  }

  it('does nothing when no write was interrupted', () => {
    expect(recoverUnfinishedWrite(project())).toBeUndefined();
  });

  it('discards a write killed before its commit point: data/ as it was', () => {
    const root = project();
    const before = contents(root);
    interrupted(root, { committed: false, moved: 0 });
    expect(recoverUnfinishedWrite(root)).toEqual({ outcome: 'discarded', purpose: 'an interrupted write', files: 3 });
    expect(contents(root)).toEqual(before);
    expect(existsSync(join(root, TRANSACTION_DIR))).toBe(false);
  });

  it.each([0, 1, 2, 3])('completes a committed write killed after %i of its 3 moves: data/ as the whole write leaves it', (moved) => {
    const root = project();
    interrupted(root, { committed: true, moved });
    expect(recoverUnfinishedWrite(root)).toEqual({ outcome: 'completed', purpose: 'import of batch.csv', files: 3 });
    expect(contents(root)).toEqual(AFTER);
    expect(existsSync(join(root, TRANSACTION_DIR))).toBe(false);
  });
});
