// `npm run import -- --case <id> <file.csv>`: one import into data/cases/<id>/, start to finish, on the same machinery
// as Cambodia's (./run.ts): the data lock, recovery of an interrupted write, a plan proven valid by parseCase, then one
// journaled write (the switch and person files and changes.yaml together, one commit point).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataLockedError } from '../../src/lib/server/data-lock';
import { caseDirs, readCaseFiles } from '../../src/lib/server/read-case';
import { planCaseImport, type CaseImportPlan, type PlannedCaseRecord } from './case-plan';
import { decodeText } from './input';
import { formatImportIssues, ImportError } from './issues';
import { plural, projectRoot, underDataLock, writePlannedFiles, type RunOptions, type RunResult } from './run';

export interface CaseRunOptions extends Omit<RunOptions, 'notDuplicates'> {
  /** The case's id: its folder data/cases/<id>/. */
  caseId: string;
}


export function describeCasePlan(plan: CaseImportPlan, dryRun: boolean): string {
  // A dry run shows each new file as it would be written, field by field, for the editor to read before the import.
  const texts = new Map(plan.files.map((file) => [file.path, file.text]));
  const body = (entry: PlannedCaseRecord) => (dryRun ? `\n${(texts.get(entry.path) ?? '').trimEnd().replace(/^/gm, '      ')}` : '');
  const line = (entry: PlannedCaseRecord) => `  + ${entry.id} (row ${entry.row}) → ${entry.path}${body(entry)}`;
  const lines: string[] = [];
  if (plan.people.length > 0) lines.push(`${dryRun ? 'Would add' : 'Added'} ${plural(plan.people.length, 'person', 'people')}:`, ...plan.people.map(line));
  if (plan.switches.length > 0) lines.push(`${dryRun ? 'Would add' : 'Added'} ${plural(plan.switches.length, 'switch', 'switches')}:`, ...plan.switches.map(line));
  if (plan.unchanged.length > 0) lines.push(`Unchanged (already in the case): ${plan.unchanged.map((entry) => `${entry.id} (row ${entry.row})`).join(', ')}`);
  if (plan.files.length > 0) lines.push(`${dryRun ? 'Would append' : 'Appended'} an added entry to ${plan.changesPath}.`);
  return lines.join('\n');
}

export async function runCaseImport(options: CaseRunOptions): Promise<RunResult> {
  try {
    if (!/\.csv$/i.test(options.file)) throw new ImportError(`Cannot import "${options.file}" into a case: expected a .csv file in the layout of the case's switches.csv.`);
    if (!existsSync(options.file) || !statSync(options.file).isFile()) throw new ImportError(`No such file: ${options.file}`);
    const text = decodeText(readFileSync(options.file));
    const root = projectRoot(options.dataDir);
    const dir = `data/cases/${options.caseId}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(options.caseId) || !existsSync(join(root, dir, 'case.yaml'))) {
      const cases = caseDirs(root).map((path) => path.slice('data/cases/'.length));
      throw new ImportError(`No case "${options.caseId}" (no ${dir}/case.yaml). Cases: ${cases.join(', ') || 'none'}; Cambodia's records are imported without --case.`);
    }
    return await underDataLock(root, `import of ${basename(options.file)} into case ${options.caseId}`, options.lockWaitMs, () => planAndWrite(root, dir, text, options));
  } catch (error) {
    if (error instanceof ImportError || error instanceof DataLockedError) return { ok: false, output: `✗ ${error.message}` };
    throw error;
  }
}

async function planAndWrite(root: string, dir: string, text: string, options: CaseRunOptions): Promise<RunResult> {
  const name = basename(options.file);
  const { files } = readCaseFiles(dir, root);
  const result = planCaseImport(files, dir, text, { today: options.today ?? new Date().toISOString().slice(0, 10), source: name, reason: options.reason });
  if (!result.ok) {
    const rows = new Set(result.issues.map((issue) => issue.row)).size;
    return { ok: false, output: `${formatImportIssues(result.issues, 'csv')}\n\n✗ ${plural(result.issues.length, 'problem')} in ${plural(rows, 'row')} of ${name}: nothing was written. Fix them all and import again.` };
  }
  const { plan } = result;
  const summary = describeCasePlan(plan, options.dryRun);
  if (plan.files.length === 0) return { ok: true, output: `${summary}\nNothing to write: every row is already in ${dir}/.` };
  if (options.dryRun) return { ok: true, output: `Dry run: nothing was written.\n${summary}` };
  return writePlannedFiles(root, plan.files, { purpose: `import of ${name} into case ${options.caseId}`, into: `${dir}/`, summary, cancelled: options.cancelled, onCommitted: options.onCommitted });
}
