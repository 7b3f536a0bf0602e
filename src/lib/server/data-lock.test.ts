// The data lock: exclusive between processes, names its holder, and is taken over only from a writer that is gone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataLockedError, LOCK_FILE, lockData, lockHolder } from './data-lock';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'lock-test-'));
  roots.push(root);
  return root;
}

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, started: '2026-01-01T00:00:00.000Z', purpose: 'import of other.csv' });

describe('lockData', () => {
  it('refuses a second writer while a live one holds the lock, naming its pid, start and purpose', () => {
    const root = project();
    const sleeper = spawn('sleep', ['30']);
    try {
      writeFileSync(join(root, LOCK_FILE), owner(sleeper.pid!));
      expect(() => lockData(root, { purpose: 'test', waitMs: 100 })).toThrow(DataLockedError);
      expect(() => lockData(root, { purpose: 'test', waitMs: 0 })).toThrow(new RegExp(`pid ${sleeper.pid} on ${hostname()}, since 2026-01-01T00:00:00.000Z \\(import of other\\.csv\\)`));
      expect(lockHolder(root)?.pid).toBe(sleeper.pid);
    } finally {
      sleeper.kill();
    }
  });

  it('takes over a lock whose process is gone, and releases only its own', () => {
    const root = project();
    writeFileSync(join(root, LOCK_FILE), owner(deadPid()));
    expect(lockHolder(root)).toBeUndefined();
    const lock = lockData(root, { purpose: 'test', waitMs: 0 });
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, purpose: 'test' });
    lock.release();
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
    expect(existsSync(join(root, `${LOCK_FILE}.takeover`))).toBe(false);
  });

  it('never takes over a lock from another host, or a fresh lock still being written', () => {
    const root = project();
    writeFileSync(join(root, LOCK_FILE), owner(deadPid(), 'another-machine'));
    expect(() => lockData(root, { purpose: 'test', waitMs: 0 })).toThrow(/another-machine/);
    writeFileSync(join(root, LOCK_FILE), '');
    expect(() => lockData(root, { purpose: 'test', waitMs: 0 })).toThrow(DataLockedError);
    // …but an unreadable lock left for minutes is a writer killed before it wrote its name.
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(join(root, LOCK_FILE), old, old);
    lockData(root, { purpose: 'test', waitMs: 0 }).release();
  });

  it('is exclusive: four processes incrementing one counter under the lock lose no increment', async () => {
    const root = project();
    writeFileSync(join(root, 'counter'), '0');
    // A stale lock to start with, so the racing writers also race to take it over.
    writeFileSync(join(root, LOCK_FILE), owner(deadPid()));
    const runs = Array.from({ length: 4 }, () =>
      new Promise<number | null>((resolve) => spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/lock/counter.ts', root, '25'], { stdio: 'inherit' }).on('close', resolve))
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    expect(readFileSync(join(root, 'counter'), 'utf8')).toBe('100');
    expect(existsSync(join(root, LOCK_FILE))).toBe(false);
  }, 60_000);
});
