// Writes a set of files into data/ as one step that survives any interruption, kill -9 included. Every new file is
// staged beside data/ and made durable; then a journal listing the moves is made durable (the commit point); then
// the files are moved into place. Whoever next takes the data lock finishes a committed write, or discards one that
// never reached its commit point, so data/ is only ever the state before or after the whole write.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataFile } from '$lib/data/dataset';
import { lockData } from './data-lock';

/** Beside data/ on the same filesystem (so a move is a rename), and outside it (so nothing half-made is ever read as data). */
export const TRANSACTION_DIR = '.data-transaction';
const JOURNAL = 'journal.json';

interface Journal {
  purpose: string;
  /** Staged file (relative to the transaction folder) → target (relative to the project root). */
  moves: { staged: string; target: string }[];
}

export interface Recovery {
  outcome: 'completed' | 'discarded';
  purpose: string;
  files: number;
}

export class WriteCancelled extends Error {
  constructor(readonly signal: string) {
    super(`Cancelled by ${signal} before anything was written: data/ is unchanged.`);
  }
}

function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a directory's entries (a rename, a new or removed file) durable, not only the files' bytes. */
function syncDir(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const targetPath = (root: string, target: string) => join(root, ...target.split('/'));

function applyJournal(root: string, transaction: string, journal: Journal): void {
  const dirs = new Set<string>();
  for (const { staged, target } of journal.moves) {
    const from = join(transaction, staged);
    const to = targetPath(root, target);
    dirs.add(dirname(to));
    // Moved already by the run that was interrupted: each rename happened whole or not at all.
    if (!existsSync(from)) continue;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  for (const dir of dirs) syncDir(dir);
}

function discard(transaction: string): void {
  rmSync(transaction, { recursive: true, force: true });
}

/**
 * Finishes or discards a write that was interrupted. Call it holding the data lock, before reading data/.
 * Returns what it did, or undefined when there was nothing to do.
 */
export function recoverUnfinishedWrite(root: string): Recovery | undefined {
  const transaction = join(root, TRANSACTION_DIR);
  if (!existsSync(transaction)) return undefined;
  const journalPath = join(transaction, JOURNAL);
  if (!existsSync(journalPath)) {
    // Killed while staging: nothing in data/ had been touched.
    const files = existsSync(join(transaction, 'files')) ? readdirSync(join(transaction, 'files')).length : 0;
    discard(transaction);
    return { outcome: 'discarded', purpose: 'an interrupted write', files };
  }
  // The journal is only ever renamed into place whole, after it was made durable.
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
  applyJournal(root, transaction, journal);
  discard(transaction);
  return { outcome: 'completed', purpose: journal.purpose, files: journal.moves.length };
}

export function describeRecovery(recovery: Recovery): string {
  return recovery.outcome === 'completed'
    ? `Completed an interrupted write to data/ (${recovery.purpose}): ${recovery.files} file${recovery.files === 1 ? '' : 's'} moved into place, as its journal listed. Review them with git diff.`
    : `Discarded an interrupted write to data/ that had not reached its commit point (${recovery.files} staged file${recovery.files === 1 ? '' : 's'}): data/ had not been changed.`;
}

export interface WriteOptions {
  /** What is written, for the journal and a later recovery message ("import of batch.csv"). */
  purpose: string;
  /** Read between staged files and once more at the commit point: a signal received before then cancels the write. */
  cancelled?: () => string | undefined;
  /** Called once the write is committed: from then on it completes, whatever happens to this process. */
  onCommitted?: () => void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes files (paths relative to root) all or nothing. Call it holding the data lock, after recoverUnfinishedWrite.
 * Yields to the event loop while staging so signal handlers run; throws WriteCancelled if one asked to stop in time.
 */
export async function writeDataFiles(root: string, files: readonly DataFile[], { purpose, cancelled = () => undefined, onCommitted }: WriteOptions): Promise<void> {
  const transaction = join(root, TRANSACTION_DIR);
  const staging = join(transaction, 'files');
  if (existsSync(transaction)) throw new Error(`${transaction} exists: recover the unfinished write first.`);
  const stopIfCancelled = () => {
    const signal = cancelled();
    if (signal) {
      discard(transaction);
      throw new WriteCancelled(signal);
    }
  };
  const journal: Journal = { purpose, moves: [] };
  try {
    mkdirSync(staging, { recursive: true });
    for (const [index, file] of files.entries()) {
      const staged = `files/${index}`;
      writeDurably(join(transaction, staged), file.text);
      journal.moves.push({ staged, target: file.path });
      if (index % 64 === 0) {
        await nextTurn();
        stopIfCancelled();
      }
    }
    syncDir(staging);
    writeDurably(join(transaction, `${JOURNAL}.tmp`), `${JSON.stringify(journal)}\n`);
    await nextTurn();
    stopIfCancelled();
  } catch (error) {
    if (!(error instanceof WriteCancelled)) discard(transaction);
    throw error;
  }
  // The commit point: once the journal has its name, the write will complete, now or at the next recovery.
  renameSync(join(transaction, `${JOURNAL}.tmp`), join(transaction, JOURNAL));
  syncDir(transaction);
  onCommitted?.();
  applyJournal(root, transaction, journal);
  discard(transaction);
}

/** For readers (validate, the build): finishes an interrupted write, under the lock, before data/ is read. */
export function settleUnfinishedWrite(root: string, purpose: string): Recovery | undefined {
  if (!existsSync(join(root, TRANSACTION_DIR))) return undefined;
  const lock = lockData(root, { purpose });
  try {
    return recoverUnfinishedWrite(root);
  } finally {
    lock.release();
  }
}
