// One import, start to finish: read the file, lock data/, finish any interrupted write, plan against data/, report
// every problem or the changes, then write them as one journaled step (unless a dry run).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { describeValue } from '../../src/lib/data/issues';
import { DataLockedError, lockData } from '../../src/lib/server/data-lock';
import { describeRecovery, recoverUnfinishedWrite, WriteCancelled, writeDataFiles } from '../../src/lib/server/data-journal';
import type { DataFile } from '../../src/lib/data/dataset';
import { readDataFiles } from '../../src/lib/server/read-data';
import { kindOf, readInput, type ImportInput } from './input';
import { formatImportIssues, ImportError, type InputKind } from './issues';
import { planImport, type ImportPlan, type PlannedRecord } from './plan';

export interface RunOptions {
  file: string;
  /** The data directory to import into (its parent is the project root). */
  dataDir: string;
  dryRun: boolean;
  reason?: string;
  notDuplicates?: readonly string[];
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  /** How long to wait for another writer to release data/ (default 10 s). */
  lockWaitMs?: number;
  /** The signal received so far, if any: one received before the commit point cancels the import. */
  cancelled?: () => string | undefined;
  /** Called at the commit point: from then on the import completes whatever happens to this process. */
  onCommitted?: () => void;
}

export interface RunResult {
  ok: boolean;
  /** What to print: the problems, or what was (or would be) done. */
  output: string;
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function readBytes(file: string): Uint8Array {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ImportError(`No such file: ${file}`);
  return readFileSync(file);
}

export function projectRoot(dataDir: string): string {
  const dir = resolve(dataDir);
  if (basename(dir) !== 'data' || !existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ImportError(`--data-dir must be an existing directory named "data" (got ${dataDir}).`);
  }
  return dirname(dir);
}

export function describePlan(plan: ImportPlan, kind: InputKind, dryRun: boolean): string {
  const unit = kind === 'csv' ? 'row' : 'record';
  const line = (sign: string, planned: PlannedRecord) => `  ${sign} ${planned.record.id} (${unit} ${planned.row}) → ${planned.path}`;
  const lines: string[] = [];
  if (plan.added.length > 0) {
    lines.push(`${dryRun ? 'Would add' : 'Added'} ${plural(plan.added.length, 'record')}:`);
    // A dry run shows each new record as it will be stored: codes resolved to places, the date with its precision.
    for (const planned of plan.added) lines.push(line('+', planned), ...(dryRun ? planned.changes.map((field) => `      ${field.column}: ${describeValue(field.after)}`) : []));
  }
  if (plan.updated.length > 0) {
    lines.push(`${dryRun ? 'Would update' : 'Updated'} ${plural(plan.updated.length, 'record')}:`);
    for (const planned of plan.updated) {
      lines.push(line('~', planned), ...planned.changes.map((change) => `      ${change.column}: ${change.before === '' ? '(empty)' : describeValue(change.before)} → ${change.after === '' ? '(empty)' : describeValue(change.after)}`));
    }
  }
  if (plan.unchanged.length > 0) {
    lines.push(`Unchanged (already in data/): ${plan.unchanged.map((planned) => `${planned.record.id} (${unit} ${planned.row})`).join(', ')}`);
  }
  if (plan.changelog.length > 0) {
    lines.push(`${dryRun ? 'Would append' : 'Appended'} ${plural(plan.changelog.length, 'entry', 'entries')} to data/changes.yaml: ${plan.changelog.map((entry) => `${entry.kind} ${entry.records.join(', ')}`).join('; ')}.`);
  }
  return lines.join('\n');
}

export async function runImport(options: RunOptions): Promise<RunResult> {
  try {
    const kind = kindOf(options.file);
    const bytes = readBytes(options.file);
    const root = projectRoot(options.dataDir);
    const input = readInput(bytes, kind);
    return await underDataLock(root, `import of ${basename(options.file)}`, options.lockWaitMs, () => planAndWrite(root, input, kind, options));
  } catch (error) {
    if (error instanceof ImportError || error instanceof DataLockedError) return { ok: false, output: `✗ ${error.message}` };
    throw error;
  }
}

/**
 * Runs an import's plan-and-write under the data lock, held from reading data/ to the last move (a second import plans
 * against this one's result, never beside it), after finishing or discarding an interrupted write, which it reports.
 */
export async function underDataLock(root: string, purpose: string, waitMs: number | undefined, body: () => Promise<RunResult>): Promise<RunResult> {
  const lock = lockData(root, { purpose, waitMs });
  try {
    const recovery = recoverUnfinishedWrite(root);
    const recovered = recovery ? `${describeRecovery(recovery)}\n` : '';
    const result = await body();
    return { ok: result.ok, output: recovered + result.output };
  } finally {
    lock.release();
  }
}

/**
 * Writes a plan's files through the journal (one commit point) and words the outcome: cancelled, not written, written
 * but not all moved into `into` (validate completes it), or written.
 */
export async function writePlannedFiles(
  root: string,
  files: DataFile[],
  options: { purpose: string; into: string; summary: string; cancelled?: RunOptions['cancelled']; onCommitted?: () => void }
): Promise<RunResult> {
  let committed = false;
  try {
    await writeDataFiles(root, files, {
      purpose: options.purpose,
      cancelled: options.cancelled,
      onCommitted: () => {
        committed = true;
        options.onCommitted?.();
      }
    });
  } catch (error) {
    if (error instanceof WriteCancelled) return { ok: false, output: `✗ ${error.message}` };
    const cause = (error as Error).message;
    if (!committed) return { ok: false, output: `✗ Could not write the new files (${cause}); nothing was changed.` };
    return { ok: false, output: `✗ The import was committed but its files could not all be moved into ${options.into} (${cause}). Fix the cause, then run npm run validate: it completes the import from its journal.` };
  }
  return { ok: true, output: `${options.summary}\n✓ Wrote ${plural(files.length, 'file')}. Review them with git diff, then run npm run validate.` };
}

async function planAndWrite(root: string, input: ImportInput, kind: InputKind, options: RunOptions): Promise<RunResult> {
  const result = planImport(readDataFiles(root), input, {
    today: options.today ?? new Date().toISOString().slice(0, 10),
    source: basename(options.file),
    reason: options.reason,
    notDuplicates: options.notDuplicates
  });
  if (!result.ok) {
    const rows = new Set(result.issues.map((issue) => issue.row)).size;
    return {
      ok: false,
      output: `${formatImportIssues(result.issues, kind)}\n\n✗ ${plural(result.issues.length, 'problem')} in ${plural(rows, kind === 'csv' ? 'row' : 'record')} of ${basename(options.file)}: nothing was written. Fix them all and import again.`
    };
  }
  const { plan } = result;
  const summary = describePlan(plan, kind, options.dryRun);
  if (plan.files.length === 0) return { ok: true, output: `${summary}\nNothing to write: every ${kind === 'csv' ? 'row' : 'record'} is already in data/.` };
  if (options.dryRun) return { ok: true, output: `Dry run: nothing was written.\n${summary}` };
  if (plan.updated.length > 0 && !options.reason) {
    return { ok: false, output: `${summary}\n\n✗ Changing existing records needs a reason for the public changelog: add --reason "…" (e.g. --reason "Commune corrected after a reader's report"). Nothing was written.` };
  }
  return writePlannedFiles(root, plan.files, { purpose: `import of ${basename(options.file)}`, into: 'data/', summary, cancelled: options.cancelled, onCommitted: options.onCommitted });
}
