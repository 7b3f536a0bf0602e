// Decides what an import would do — add, update, leave unchanged — and proves the result valid before anything is written:
// every row is checked with the Defection schema, then the whole candidate data/ with the validator's own parse and cross-checks.
import { parseDataset, type DataFile } from '../../src/lib/data/dataset';
import { CHANGES_FILE } from '../../src/lib/data/changes';
import { describeValue, formatIssue, fromZodIssues } from '../../src/lib/data/issues';
import { recordIdFromName } from '../../src/lib/data/slug';
import { COLUMNS, placeIndex, RECORD_COLUMNS, type PlaceIndex } from '../../src/lib/export/columns';
import { Defection, type Change } from '../../src/lib/schema';
import { findDuplicate, SAME_EVENT_DAYS, sameDefection, samePerson } from './duplicates';
import type { DraftRow, ImportInput } from './input';
import { fromValidationIssue, ImportError, locateField, type ImportIssue, type InputKind } from './issues';
import { resolveParty, resolveProvince, resolveUnit, normalisePlaceName, type Gazetteer } from './names';
import { appendChanges, recordYaml } from './record-file';

export interface FieldChange {
  /** The CSV column. */
  column: string;
  /** The record field, as the changelog names it. */
  field: string;
  before: string;
  after: string;
}

export interface PlannedRecord {
  row: number;
  record: Defection;
  /** The record's file, relative to the project root. */
  path: string;
  /** For an update: what differs from the record in data/; for a new record: every filled field (before is empty). */
  changes: FieldChange[];
}

export interface ImportPlan {
  added: PlannedRecord[];
  updated: PlannedRecord[];
  unchanged: PlannedRecord[];
  changelog: Change[];
  /** Every file to write (records and data/changes.yaml), paths relative to the project root. */
  files: DataFile[];
}

export interface PlanOptions {
  /** The day the import is made (YYYY-MM-DD), for the changelog. */
  today: string;
  /** The imported file's name, quoted in the changelog. */
  source: string;
  /** Why the records were added or changed; the changelog says so. */
  reason?: string;
  /** Ids of new records checked by a person and known not to duplicate the existing record they resemble. */
  notDuplicates?: readonly string[];
}

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; issues: ImportIssue[] };

type Level = 'province' | 'district' | 'commune';

function unitName(level: Level, code: string, gazetteer: Gazetteer) {
  const units = level === 'province' ? gazetteer.provinces : level === 'district' ? gazetteer.districts : gazetteer.communes;
  return units.find((unit) => unit.code === code);
}

const LEVELS = [
  ['province', 2],
  ['district', 4],
  ['commune', 6]
] as const;

const isBlank = (value: unknown) => value === undefined || value === '';

/** Replaces place and party names by their codes; checks a place name written beside its code agrees with it. */
function resolveCodes(draft: DraftRow, gazetteer: Gazetteer, kind: InputKind): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const report = (column: string, value: string, problem: { expected: string; fix: string }) =>
    issues.push({ row: draft.row, column, value: describeValue(value), ...problem });
  const place = draft.input.place;
  if (place && typeof place === 'object' && !Array.isArray(place)) {
    const fields = place as Record<string, unknown>;
    for (const [level] of LEVELS) {
      const name = draft.placeNames?.[level];
      const useName = isBlank(fields[level]) && name !== undefined;
      const text = useName ? name : fields[level];
      if (typeof text !== 'string' && typeof text !== 'number') continue;
      const parent = level === 'province' ? undefined : level === 'district' ? fields.province : (fields.district ?? fields.province);
      // A place inside a province or district that could not be read is looked up once that one is fixed.
      if (parent !== undefined && !(typeof parent === 'string' && /^\d+$/.test(parent))) continue;
      const resolution = level === 'province' ? resolveProvince(String(text), gazetteer.provinces) : resolveUnit(level, String(text), parent, gazetteer);
      if (!('code' in resolution)) {
        report(useName ? `${level}_name` : (locateField(`place.${level}`, kind) ?? level), String(text), resolution);
        continue;
      }
      const code = resolution.code;
      fields[level] = code;
      // A code names the units containing it: spreadsheets often give only the commune. A contradiction is left for the cross-checks.
      const enclosing = LEVELS.filter(([, digits]) => digits < code.length);
      if (enclosing.every(([outer]) => isBlank(fields[outer]) || code.startsWith(String(fields[outer])))) {
        for (const [outer, digits] of enclosing) if (isBlank(fields[outer])) fields[outer] = code.slice(0, digits);
      }
      const unit = unitName(level, code, gazetteer);
      if (!useName && name && unit && ![unit.name, unit.name_km, ...unit.aliases].some((spelling) => normalisePlaceName(spelling) === normalisePlaceName(name))) {
        report(`${level}_name`, name, {
          expected: `the name of ${level} ${code}, ${unit.name}`,
          fix: `Correct the ${level} code or the name; or empty ${level}_name, which is only written for readers.`
        });
      }
    }
  }
  for (const field of ['from_party', 'to_party'] as const) {
    const text = draft.input[field];
    if (typeof text !== 'string') continue;
    const resolution = resolveParty(text, gazetteer.parties);
    if ('code' in resolution) draft.input[field] = resolution.code;
    else report(field, text, resolution);
  }
  return issues;
}

/** A new record without an id gets one from the name: "Ul Pov" → "ul-pov". */
function deriveId(draft: DraftRow): boolean {
  const { id, person } = draft.input as { id?: unknown; person?: { name?: unknown } };
  if (id !== undefined && id !== '') return false;
  const slug = typeof person?.name === 'string' ? recordIdFromName(person.name) : '';
  if (!slug) return false;
  draft.input.id = slug;
  return true;
}

function parseRow(draft: DraftRow, gazetteer: Gazetteer, kind: InputKind): { record?: Defection; derivedId: boolean; issues: ImportIssue[] } {
  const issues = [...draft.issues, ...resolveCodes(draft, gazetteer, kind)];
  const derivedId = deriveId(draft);
  if (draft.input.id === undefined || draft.input.id === '') {
    issues.push({
      row: draft.row,
      column: 'id',
      value: 'nothing',
      expected: 'an id (there is no person_name to derive one from)',
      fix: 'Write an id: a lower-case slug naming the record, e.g. "santuk-councillors-2017-11-25".'
    });
  }
  const result = Defection.safeParse(draft.input, { reportInput: true });
  if (result.success && issues.length === 0) return { record: result.data, derivedId, issues };
  // One message per cell: a cell already reported (unreadable, unknown name) is not reported again as missing,
  // and a date like "01/11/2017" gets one message, not one per rule it breaks.
  const reported = new Set(issues.map((issue) => issue.column?.replace(/[[.].*$/, '')));
  const schemaIssues = result.success
    ? []
    : fromZodIssues(result.error.issues, { file: '' })
        .map((issue) => fromValidationIssue(issue, draft.row, kind, draft.numbered))
        .filter((issue, index, all) => !reported.has(issue.column?.replace(/[[.].*$/, '')) && all.findIndex((other) => other.column === issue.column) === index);
  return { derivedId, issues: [...issues, ...schemaIssues] };
}

function diffRecords(before: Defection, after: Defection): FieldChange[] {
  return RECORD_COLUMNS.flatMap((column) => {
    const [old, current] = [column.write(before), column.write(after)];
    return old === current ? [] : [{ column: column.name, field: column.path.join('.'), before: old, after: current }];
  });
}

/** A new record's fields as the dry run shows them: every filled column, place names resolved from the codes. */
function fieldsOf(record: Defection, places: PlaceIndex): FieldChange[] {
  return COLUMNS.flatMap((column) => {
    const value = column.kind === 'name' ? column.write(record, places) : column.write(record);
    return value === '' ? [] : [{ column: column.name, field: column.kind === 'name' ? `place.${column.level}` : column.path.join('.'), before: '', after: value }];
  });
}

function changelogFor(plan: Pick<ImportPlan, 'added' | 'updated'>, existing: ReadonlyMap<string, Defection>, options: PlanOptions): Change[] {
  const entries: Change[] = [];
  if (plan.added.length > 0) {
    entries.push({
      date: options.today,
      kind: 'added',
      records: plan.added.map(({ record }) => record.id),
      summary: `${plan.added.length} record${plan.added.length === 1 ? '' : 's'} added from ${options.source}.`,
      fields: [],
      reason: options.reason ?? `Contributed as ${options.source}.`,
      sources: []
    });
  }
  // A record that arrives already retracted is logged as retracted too: a retraction is always public.
  for (const { record } of plan.added.filter(({ record }) => record.retracted)) {
    entries.push({ date: record.retracted!.date, kind: 'retracted', records: [record.id], summary: `Retracted: ${record.retracted!.reason}`, fields: [], reason: record.retracted!.reason, sources: [] });
  }
  for (const { record, changes } of plan.updated) {
    const previous = existing.get(record.id)!;
    const fields = changes.map((change) => change.field);
    const retracted = record.retracted && !previous.retracted ? record.retracted : undefined;
    const disputed = record.status === 'disputed' && previous.status !== 'disputed';
    entries.push({
      date: retracted?.date ?? options.today,
      kind: retracted ? 'retracted' : disputed ? 'disputed' : 'amended',
      records: [record.id],
      summary: retracted ? `Retracted: ${retracted.reason}` : `${disputed ? 'Marked disputed; changed' : 'Changed'} ${fields.join(', ')} (from ${options.source}).`,
      fields,
      reason: options.reason ?? retracted?.reason ?? `Updated from ${options.source}.`,
      sources: []
    });
  }
  return entries;
}

const personName = (record: Defection) => record.person.name ?? record.person.name_km ?? 'an unnamed person';

/** "ul-pov-2": the record's id with the first free number after it. */
function freeId(id: string, taken: (id: string) => boolean): string {
  let n = 2;
  while (taken(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

function describeDate(date: Defection['date']): string {
  if (date.value) return date.precision === 'approximate' ? `about ${date.value}` : date.value;
  return date.not_before || date.not_after ? `between ${date.not_before ?? '…'} and ${date.not_after ?? '…'}` : 'undated';
}

/** "Ul Pov, 2017-10-28, in Srak (030613)": enough to tell a reporter which record it is. */
function describeRecord(record: Defection, gazetteer: Gazetteer): string {
  const [level, code] = LEVELS.map(([level]) => [level, record.place[level]] as const).filter(([, code]) => code).at(-1) ?? [];
  const unit = level && code ? unitName(level, code, gazetteer) : undefined;
  const place = code ? `, in ${unit ? `${unit.name} (${code})` : code}` : '';
  return `${personName(record)}, ${describeDate(record.date)}${place}`;
}

function sameEventReason(a: Defection, b: Defection): string {
  const undated = [a, b].some((record) => describeDate(record.date) === 'undated');
  return undated ? 'one of the two undated' : `dated within ${SAME_EVENT_DAYS} days of each other (${describeDate(a.date)}, ${describeDate(b.date)})`;
}

export function planImport(existingFiles: readonly DataFile[], input: ImportInput, options: PlanOptions): PlanResult {
  const base = parseDataset([...existingFiles]);
  if (base.issues.length > 0) {
    const shown = base.issues.slice(0, 5).map(formatIssue).join('\n\n');
    throw new ImportError(`data/ already has ${base.issues.length} problem(s); fix them first (npm run validate), then import.\n\n${shown}`);
  }
  const data = base.dataset;
  const places = placeIndex(data);
  const existing = new Map(data.defections.map((record) => [record.id, record]));
  const issues: ImportIssue[] = [...input.issues];
  const plan: Pick<ImportPlan, 'added' | 'updated' | 'unchanged'> = { added: [], updated: [], unchanged: [] };
  const rowOfId = new Map<string, number>();

  for (const draft of input.rows) {
    const { record, derivedId, issues: rowIssues } = parseRow(draft, data, input.kind);
    issues.push(...rowIssues);
    if (!record) continue;
    const row = draft.row;
    const firstRow = rowOfId.get(record.id);
    if (firstRow !== undefined) {
      issues.push({ row, column: 'id', value: `"${record.id}", also on ${input.kind === 'csv' ? 'row' : 'record'} ${firstRow}`, expected: 'each record once in a file', fix: 'Merge the two rows, or give one its own id.' });
      continue;
    }
    rowOfId.set(record.id, row);
    const previous = existing.get(record.id);
    const checked = options.notDuplicates?.includes(record.id) ?? false;
    if (previous && !derivedId) {
      // The same id means "update that record": a row about someone else under it would overwrite another person's record.
      if (!checked && samePerson(previous.person, record.person) === false) {
        issues.push({
          row,
          column: 'id',
          value: `"${record.id}", the id of ${base.fileOf.get(record.id)} (${personName(previous)})`,
          expected: 'a row about the person of that record: a row with an existing id updates that record',
          fix: `This row names ${personName(record)}, not ${personName(previous)}, and would replace that record. If it is a different defection, leave the id empty (it is then derived from person_name) or write an id not used in data/. If you are correcting the person of ${record.id}, import with --not-duplicate ${record.id}.`
        });
        continue;
      }
      const changes = diffRecords(previous, record);
      (changes.length > 0 ? plan.updated : plan.unchanged).push({ row, record, path: base.fileOf.get(record.id)!, changes });
      continue;
    }
    // A derived id that is already taken is checked against its own record first: the row is most often that defection again.
    const twin = checked ? undefined : previous && sameDefection(record, previous) ? previous : findDuplicate(record, data.defections);
    const newId = () => freeId(record.id, (id) => existing.has(id) || rowOfId.has(id));
    if (twin) {
      const ifDifferent = twin.id === record.id ? `write a new id for this row (e.g. "${newId()}") and import with --not-duplicate <that id>` : `import with --not-duplicate ${record.id}`;
      issues.push({
        row,
        value: `${personName(record)} (${record.id})`,
        expected: 'a defection not already in data/',
        fix: `It looks like ${twin.id} (${base.fileOf.get(twin.id)}): the same person at the same place, ${sameEventReason(record, twin)}${twin.retracted ? ', retracted' : ''}. If it is the same defection, write "${twin.id}" in the id column to update that record. If you have checked that it is a different defection, ${ifDifferent}.`
      });
    } else if (previous) {
      issues.push({
        row,
        column: 'id',
        value: `"${record.id}" (derived from person_name)`,
        expected: 'an id not used by another record',
        fix: `${record.id} is already ${base.fileOf.get(record.id)} (${describeRecord(previous, data)}), a different defection by its place or date. If this row is another defection, write a new id for it, e.g. "${newId()}". If it is that defection, write "${record.id}" in the id column to update that record.`
      });
    } else {
      plan.added.push({ row, record, path: `data/defections/${record.id}.yaml`, changes: fieldsOf(record, places) });
    }
  }

  const changelog = changelogFor(plan, existing, options);
  const written = [...plan.added, ...plan.updated];
  const changesText = existingFiles.find((file) => file.path === CHANGES_FILE)?.text;
  const files: DataFile[] = [
    ...written.map(({ path, record }) => ({ path, text: recordYaml(record) })),
    ...(changelog.length > 0 ? [{ path: CHANGES_FILE, text: appendChanges(changesText, changelog) }] : [])
  ];

  // The candidate data/ (with the rows that passed so far) must pass the validator as a whole, as `npm run validate` would see it.
  const replaced = new Map(files.map((file) => [file.path, file]));
  const candidate = [...existingFiles.filter((file) => !replaced.has(file.path)), ...files];
  const rowOfFile = new Map(written.map(({ path, row }) => [path, row]));
  const numbered = input.rows.some((draft) => draft.numbered);
  issues.push(...parseDataset(candidate).issues.map((issue) => fromValidationIssue(issue, rowOfFile.get(issue.file), input.kind, numbered)));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, plan: { ...plan, changelog, files } };
}
