// The corrections log: checks data/changes.yaml against the records, and orders it for the /changes page and the Atom feed.
import { CHANGE_KINDS, type Change, type ChangeKind, type Dataset, type Source } from '$lib/schema';
import type { ValidationIssue } from './issues';
import { toDefectionRows } from './rows';

export const CHANGES_FILE = 'data/changes.yaml';

export interface ChangedRecord {
  id: string;
  name: string;
  retracted?: { date: string; reason: string };
}

export interface ChangeLogEntry {
  /** Stable fragment id: date, kind and first record, numbered when repeated. */
  anchor: string;
  date: string;
  kind: ChangeKind;
  kindLabel: string;
  summary: string;
  reason: string;
  fields: string[];
  sources: Source[];
  records: ChangedRecord[];
}

// The changes page (in each language) and the feed read it: every record is converted to a row once per dataset, not
// five times (each page's log and list of retractions, and the feed).
const recordsByDataset = new WeakMap<Dataset, Map<string, ChangedRecord>>();

/** Every record a change can name, with the name readers see. */
function recordsById(data: Dataset): Map<string, ChangedRecord> {
  const known = recordsByDataset.get(data);
  if (known) return known;
  const records = new Map<string, ChangedRecord>();
  const retractedById = new Map(data.defections.map((record) => [record.id, record.retracted]));
  for (const row of toDefectionRows(data)) {
    records.set(row.id, { id: row.id, name: row.name, retracted: retractedById.get(row.id) });
  }
  for (const refusal of data.refusals) {
    records.set(refusal.id, { id: refusal.id, name: refusal.person.name ?? refusal.person.name_km ?? refusal.id });
  }
  recordsByDataset.set(data, records);
  return records;
}

/**
 * Checks the changelog against the records: every record was logged when added, every entry names records that exist.
 * recordFiles maps the id of every record file, including those that failed validation, to its path.
 */
export function checkChanges(data: Dataset, recordFiles: ReadonlyMap<string, string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const known = new Set([...recordFiles.keys(), ...data.defections.map((record) => record.id), ...data.refusals.map((record) => record.id)]);
  const defections = new Map(data.defections.map((record) => [record.id, record]));
  const report = (index: number, field: string, found: string, expected: string, fix: string) =>
    issues.push({ file: CHANGES_FILE, record: `#${index + 1}`, field, found, expected, fix });

  data.changes.forEach((change, index) => {
    if (change.date > today) {
      report(index, 'date', `"${change.date}"`, 'a date that is not in the future', 'Use the day the change was made.');
    }
    change.records.forEach((id, position) => {
      if (!known.has(id)) {
        report(index, `records[${position}]`, `"${id}"`, 'the id of a record in data/defections or data/refusals', 'Correct the id; records are never deleted, so an old id stays valid.');
        return;
      }
      const parsed = defections.get(id) ?? data.refusals.find((refusal) => refusal.id === id);
      // A record that failed validation has its problems reported against its own file.
      if (!parsed) return;
      const retraction = defections.get(id)?.retracted;
      if (change.kind === 'retracted' && !retraction) {
        report(index, `records[${position}]`, `"${id}", which has no retracted field`, 'a record marked retracted: {date, reason}', `Add retracted: {date: ${change.date}, reason: …} to the record, or change the kind of this entry.`);
      } else if (change.kind === 'retracted' && retraction && retraction.date !== change.date) {
        report(index, 'date', `"${change.date}"`, `the record's retraction date (${retraction.date})`, 'Use the same date in both places.');
      }
    });
  });

  // A record that appears without an entry would be published with no public trace of when or why it came in.
  const added = new Set(data.changes.flatMap((change) => (change.kind === 'added' ? change.records : [])));
  for (const record of [...data.defections, ...data.refusals]) {
    if (added.has(record.id)) continue;
    issues.push({
      file: recordFiles.get(record.id) ?? CHANGES_FILE,
      record: record.id,
      found: `no "added" entry in ${CHANGES_FILE} naming ${record.id}`,
      expected: `every record logged in public when it was added: an entry of kind added naming its id in ${CHANGES_FILE}`,
      fix: `Append an entry to ${CHANGES_FILE}: {date: ${today}, kind: added, records: [${record.id}], summary: …, reason: …}, or run npm run change -- ${record.id} added "<why>" (npm run import writes it for you when it adds records).`
    });
  }

  for (const record of data.defections) {
    if (record.retracted && !data.changes.some((change) => change.kind === 'retracted' && change.records.includes(record.id))) {
      issues.push({
        file: CHANGES_FILE,
        record: record.id,
        found: `no "retracted" entry for ${record.id}`,
        expected: 'every retraction logged in public',
        fix: `Append an entry: {date: ${record.retracted.date}, kind: retracted, records: [${record.id}], summary: …, reason: …, sources: […]}.`
      });
    }
  }
  return issues;
}

/** The log as readers see it: newest first, and of two entries of the same day, the one written later first. */
export function toChangeLog(data: Dataset): ChangeLogEntry[] {
  return changeLogOf(data.changes, recordsById(data));
}

/** Any changelog (Cambodia's or a case's) in reading order, each record named as `records` gives it (else by its id). */
export function changeLogOf(changes: readonly Change[], records: ReadonlyMap<string, ChangedRecord>): ChangeLogEntry[] {
  const seen = new Map<string, number>();
  const entries = changes.map((change: Change): ChangeLogEntry => {
    const base = `${change.date}-${change.kind}-${change.records[0]}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      anchor: count === 1 ? base : `${base}-${count}`,
      date: change.date,
      kind: change.kind,
      kindLabel: CHANGE_KINDS[change.kind].label,
      summary: change.summary,
      reason: change.reason,
      fields: change.fields,
      sources: change.sources,
      records: change.records.map((id) => records.get(id) ?? { id, name: id })
    };
  });
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date !== b.entry.date ? (a.entry.date < b.entry.date ? 1 : -1) : b.index - a.index))
    .map(({ entry }) => entry);
}

/** Retracted records stay listed, with their reason, never silently deleted. */
export function retractedRecords(data: Dataset): Required<ChangedRecord>[] {
  return [...recordsById(data).values()]
    .filter((record): record is Required<ChangedRecord> => Boolean(record.retracted))
    .sort((a, b) => (a.retracted.date < b.retracted.date ? 1 : a.retracted.date > b.retracted.date ? -1 : a.id < b.id ? -1 : 1));
}
