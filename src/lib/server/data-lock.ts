// The exclusive lock on a project's data/: every writer (import, the changelog helper, the recovery of an unfinished
// write) holds it from reading data/ to its last move, so two writers can never plan against the same old state.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Beside data/, never inside it: the validator and git see data/ only. */
export const LOCK_FILE = '.data.lock';
/** Held only while a stale lock is replaced, so two writers cannot both take it over. */
const TAKEOVER_FILE = '.data.lock.takeover';
/** A takeover, or writing a lock's owner, lasts milliseconds; a file still in that state after this was left by a writer that died. */
const STALE_UNREADABLE_MS = 30_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  started: string;
  /** What holds it, in words a person reads ("npm run import -- batch.csv"). */
  purpose: string;
}

export class DataLockedError extends Error {
  constructor(
    readonly owner: LockOwner | undefined,
    readonly lockPath: string
  ) {
    super(
      owner
        ? `data/ is being written by another process: pid ${owner.pid} on ${owner.host}, since ${owner.started} (${owner.purpose}). ` +
            `Wait for it to finish and try again. If no such process is running, delete ${lockPath}.`
        : `data/ is locked by another process (${lockPath}). Wait for it to finish and try again.`
    );
  }
}

export interface DataLock {
  readonly path: string;
  release(): void;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parseOwner(text: string | undefined): LockOwner | undefined {
  try {
    const owner = JSON.parse(text ?? '') as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A lock whose owner is known to be gone: its process is not running on this host, or the file is unreadable and
 * old (a writer killed between creating it and writing its owner). A lock from another host is never stale.
 */
function isStale(path: string, text: string | undefined): boolean {
  const owner = parseOwner(text);
  if (owner) return owner.host === hostname() && owner.pid !== process.pid && !isAlive(owner.pid);
  try {
    return text !== undefined && Date.now() - statSync(path).mtimeMs > STALE_UNREADABLE_MS;
  } catch {
    return false;
  }
}

/** Creates path exclusively with the given text, durably; false when it already exists. */
function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Replaces a lock left by a dead process. Only the holder of the takeover file may remove the main lock. */
function takeOverStale(root: string, stale: string, mine: string): boolean {
  const takeover = join(root, TAKEOVER_FILE);
  if (!createExclusive(takeover, mine)) {
    try {
      if (Date.now() - statSync(takeover).mtimeMs > STALE_UNREADABLE_MS) rmSync(takeover, { force: true });
    } catch {
      // Gone already: another writer finished its takeover.
    }
    return false;
  }
  try {
    const lockPath = join(root, LOCK_FILE);
    // Still the same dead owner? Another writer may have taken it over since we looked.
    if (readText(lockPath) !== stale) return false;
    const aside = `${lockPath}.stale-${process.pid}`;
    renameSync(lockPath, aside);
    rmSync(aside, { force: true });
    return createExclusive(lockPath, mine);
  } finally {
    rmSync(takeover, { force: true });
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

export interface LockOptions {
  purpose: string;
  /** How long to wait for a live writer before giving up (default 10 s). */
  waitMs?: number;
}

/**
 * Takes the lock on <root>/data, waiting up to waitMs for a running writer and taking over a lock whose process is
 * gone. Throws DataLockedError naming the holder when it stays busy.
 */
export function lockData(root: string, { purpose, waitMs = 10_000 }: LockOptions): DataLock {
  const path = join(root, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), purpose };
  const mine = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (createExclusive(path, mine)) break;
    const current = readText(path);
    if (current !== undefined && isStale(path, current) && takeOverStale(root, current, mine)) break;
    if (Date.now() >= deadline) throw new DataLockedError(parseOwner(current), path);
    sleep(50);
  }
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      // Remove it only if it is still ours.
      if (readText(path) === mine) rmSync(path, { force: true });
    }
  };
}

/** Who holds the lock now, if anyone alive does. */
export function lockHolder(root: string): LockOwner | undefined {
  const path = join(root, LOCK_FILE);
  const text = readText(path);
  return text === undefined || isStale(path, text) ? undefined : parseOwner(text);
}
