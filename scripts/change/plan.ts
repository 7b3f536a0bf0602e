// `npm run change`'s logic, pure: the changelog entry for records edited by hand, checked as validate checks it.
import { CHANGES_FILE } from '../../src/lib/data/changes';
import { parseDataset, type DataFile } from '../../src/lib/data/dataset';
import { formatIssue } from '../../src/lib/data/issues';
import { Change, CHANGE_KINDS } from '../../src/lib/schema';
import { appendChanges } from '../import/record-file';

export interface ChangeRequest {
  ids: string[];
  kind: string;
  reason: string;
  summary?: string;
  fields: string[];
  sources: { outlet: string; url: string }[];
  today: string;
}

export type ChangePlan = { ok: true; file: DataFile; entry: Change } | { ok: false; problems: string[] };

function defaultSummary(kind: string, ids: readonly string[]): string | undefined {
  const list = ids.join(', ');
  if (kind === 'added') return `${ids.length === 1 ? 'Record' : 'Records'} ${list} added.`;
  if (kind === 'retracted') return `${ids.length === 1 ? 'Record' : 'Records'} ${list} retracted.`;
  if (kind === 'disputed') return `${ids.length === 1 ? 'Record' : 'Records'} ${list} marked disputed.`;
  return undefined;
}

/** The new data/changes.yaml, or every problem with it; the entry must leave no problem of its own in data/. */
export function planChange(files: readonly DataFile[], request: ChangeRequest): ChangePlan {
  const problems: string[] = [];
  if (!Object.hasOwn(CHANGE_KINDS, request.kind)) problems.push(`Unknown kind "${request.kind}": use one of ${Object.keys(CHANGE_KINDS).join(', ')}.`);
  const summary = request.summary ?? defaultSummary(request.kind, request.ids);
  if (!summary) problems.push('An amendment needs --summary "…": what changed, in a sentence a reader understands.');
  if (problems.length > 0) return { ok: false, problems };

  const parsedEntry = Change.safeParse({ date: request.today, kind: request.kind, records: request.ids, summary, reason: request.reason, fields: request.fields, sources: request.sources });
  if (!parsedEntry.success) {
    return { ok: false, problems: parsedEntry.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`) };
  }
  const current = files.find((file) => file.path === CHANGES_FILE);
  const file = { path: CHANGES_FILE, text: appendChanges(current?.text, [parsedEntry.data]) };
  const candidate = [...files.filter((other) => other.path !== CHANGES_FILE), file];
  const { dataset, issues } = parseDataset(candidate);
  const entryLabel = `#${dataset.changes.length}`;
  const own = issues.filter((issue) => issue.file === CHANGES_FILE && issue.record === entryLabel);
  if (own.length > 0) return { ok: false, problems: own.map(formatIssue) };
  return { ok: true, file, entry: parsedEntry.data };
}
