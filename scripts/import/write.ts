// Writes a set of files so that a failure leaves data/ as it was: every file goes to a temporary name in its own
// directory first, then all are renamed into place; if any step fails, what was already replaced is restored.
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DataFile } from '../../src/lib/data/dataset';
import { ImportError } from './issues';

/** The file-system steps, injectable so a test can make one fail half-way. */
export interface FileOps {
  read(path: string): string | undefined;
  write(path: string, text: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  makeDir(path: string): void;
  exists(path: string): boolean;
}

export const nodeFileOps: FileOps = {
  read: (path) => (fs.existsSync(path) ? fs.readFileSync(path, 'utf8') : undefined),
  write: (path, text) => fs.writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  rename: (from, to) => fs.renameSync(from, to),
  remove: (path) => fs.rmSync(path, { force: true, recursive: true }),
  makeDir: (path) => fs.mkdirSync(path),
  exists: (path) => fs.existsSync(path)
};

/** A hidden name beside the target; the validator reads only .yaml and .csv files, so it never sees one. */
function temporaryName(target: string, index: number): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${index}.tmp`);
}

/** Writes files (paths relative to root) all or nothing. */
export function writeAtomically(root: string, files: readonly DataFile[], ops: FileOps = nodeFileOps): void {
  const targets = files.map((file, index) => ({ text: file.text, target: join(root, file.path), temporary: temporaryName(join(root, file.path), index) }));
  const createdDirs: string[] = [];
  const temporaries: string[] = [];
  const originals = new Map(targets.map(({ target }) => [target, ops.read(target)]));
  const replaced: string[] = [];
  const cleanUp = () => {
    for (const path of temporaries) ops.remove(path);
    for (const dir of createdDirs.reverse()) ops.remove(dir);
  };
  try {
    for (const { target, temporary, text } of targets) {
      const dir = dirname(target);
      if (!ops.exists(dir)) {
        ops.makeDir(dir);
        createdDirs.push(dir);
      }
      temporaries.push(temporary);
      ops.write(temporary, text);
    }
  } catch (error) {
    cleanUp();
    throw new ImportError(`Could not write the new files (${(error as Error).message}); nothing was changed.`);
  }
  try {
    for (const { target, temporary } of targets) {
      ops.rename(temporary, target);
      replaced.push(target);
    }
  } catch (error) {
    const unrestored = replaced.filter((target) => {
      const original = originals.get(target);
      try {
        if (original === undefined) ops.remove(target);
        else {
          const restore = temporaryName(target, -1);
          ops.write(restore, original);
          ops.rename(restore, target);
        }
        return false;
      } catch {
        return true;
      }
    });
    cleanUp();
    const cause = (error as Error).message;
    if (unrestored.length > 0) {
      throw new ImportError(`The import was interrupted while replacing files (${cause}) and ${unrestored.join(', ')} could not be restored: run git checkout -- data/ (and remove any new files git status lists).`);
    }
    throw new ImportError(`The import was interrupted while replacing files (${cause}); the files already replaced were restored, so nothing was changed.`);
  }
}
