// Plans an import of switches into one case (data/cases/<id>/) from a CSV in the layout of the case's own switches.csv
// (src/lib/case/switch-columns.ts), one row a switch, plus a few optional columns for what the export does not carry. Every
// row becomes a switch (and, when asked, its new person); the would-be case folder is then parsed and cross-checked as
// a whole (parseCase), exactly as `npm run validate` would, before anything may be written.
import { stringify } from 'yaml';
import { parseCsv, CsvSyntaxError, restoreFormula } from '../../src/lib/csv/csv';
import { CASE_LAYOUT, parseCase } from '../../src/lib/case/parse';
import { CasePerson, Switch, type CaseParty, type CasePerson as Person, type Switch as SwitchRecord } from '../../src/lib/case/schema';
import type { DataFile } from '../../src/lib/data/dataset';
import { defectionInterval, intervalsOverlap, knownBounds } from '../../src/lib/data/dates';
import { describeValue, formatIssue, fromZodIssues, type ValidationIssue } from '../../src/lib/data/issues';
import { caseColumns, webSources } from '../../src/lib/case/switch-columns';
import { joinList, splitList } from '../../src/lib/export/columns';
import { splitCsvComments } from '../../src/lib/export/csv';
import type { Change } from '../../src/lib/schema';
import { ImportError, type ImportIssue } from './issues';
import { appendChanges } from './record-file';

/** Columns the export does not write, which an import may add. */
export const CASE_EXTRA_COLUMNS = ['new_person', 'elected_as', 'source_outlets', 'left_date_note', 'joined_date_note', 'notes'] as const;
/** Columns every row needs (id is derived from person and left date when empty). */
const REQUIRED = ['person', 'office', 'from_party', 'how', 'left_date_precision', 'status', 'sources'];
export interface CasePlanOptions {
  /** YYYY-MM-DD, for the changelog. */
  today: string;
  /** The imported file's name, quoted in the changelog. */
  source: string;
  reason?: string;
}

export interface PlannedCaseRecord {
  row: number;
  id: string;
  path: string;
}

export interface CaseImportPlan {
  switches: PlannedCaseRecord[];
  people: PlannedCaseRecord[];
  /** Rows naming a switch already in the case, with the same data as far as the CSV carries it. */
  unchanged: PlannedCaseRecord[];
  changesPath: string;
  /** Every file to write, paths relative to the project root. */
  files: DataFile[];
}

export type CasePlanResult = { ok: true; plan: CaseImportPlan } | { ok: false; issues: ImportIssue[] };

const quote = (value: string) => describeValue(value);
const normalise = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** A party by code, name, local or short name, or alias (case and accents ignored). */
function resolveParty(text: string, parties: readonly CaseParty[]): string | undefined {
  const byCode = parties.find((party) => party.code === text.toUpperCase());
  if (byCode) return byCode.code;
  const wanted = normalise(text);
  return parties.find((party) => [party.name, party.name_local, party.short_name, ...party.aliases].some((name) => name && normalise(name) === wanted))?.code;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}

/** A file's field (as parseCase names it) → the CSV column holding it. */
function columnOf(field: string | undefined, seatLevel: (office: string) => string | undefined, office: string, isPerson: boolean): string | undefined {
  if (!field) return undefined;
  if (isPerson) {
    if (field === 'id') return 'person';
    if (field === 'name') return 'name';
    if (/^mandates\[\d+\]\.place/.test(field)) return seatLevel(office) ?? 'office';
    if (/^mandates\[\d+\]\.elected_as/.test(field)) return 'elected_as';
    if (/^mandates/.test(field)) return 'office';
  }
  const rules: [RegExp, string][] = [
    [/^(left|joined)\.date\.value/, '$1_date'],
    [/^(left|joined)\.date\.precision/, '$1_date_precision'],
    [/^(left|joined)\.date\.note/, '$1_date_note'],
    [/^(left|joined)\.date\.not_before/, '$1_first_day'],
    [/^(left|joined)\.date\.not_after/, '$1_last_day'],
    [/^(left|joined)\.date/, '$1_date'],
    [/^left\.party/, 'from_party'],
    [/^joined(\.party)?$/, 'to_party'],
    [/^left\.(how|by)/, 'how'],
    [/^reason\.summary/, 'reason_summary'],
    [/^reason\.quote\.speaker/, 'reason_quote_speaker'],
    [/^reason\.quote/, 'reason_quote'],
    [/^sources\[\d+\]\.outlet/, 'source_outlets'],
    [/^sources/, 'sources'],
    [/^(id|person|office|status|notes)$/, '$1']
  ];
  for (const [pattern, column] of rules) {
    const match = pattern.exec(field);
    if (match) return column.replace('$1', match[1] ?? '');
  }
  return field;
}

interface Row {
  row: number;
  cells: Record<string, string>;
}

/** The CSV's rows (header = row 1; the export's "#" lines above it are skipped), or the file's problems. */
export function readCaseCsv(text: string, known: readonly string[]): { rows: Row[]; issues: ImportIssue[] } {
  const { comments, body } = splitCsvComments(text);
  let table: string[][];
  try {
    table = parseCsv(body);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new ImportError(`The CSV is malformed at line ${error.line + comments.length}: ${error.message.replace(/^line \d+: /, '')}. Nothing was read.`);
  }
  const [rawHeader, ...records] = table;
  if (!rawHeader) throw new ImportError('The file has no header row: expected the columns of the case’s switches.csv on the first line.');
  const header = rawHeader.map((name) => name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name) => {
    if (!known.includes(name)) {
      issues.push({ row: 1, column: quote(name), value: 'an unknown column', expected: `a column of the case's switches.csv, or one of ${CASE_EXTRA_COLUMNS.join(', ')}`, fix: 'Rename or delete it; the columns are documented in docs/track-another-wave.md ("Add switches from a spreadsheet").' });
    } else if (seen.has(name)) {
      issues.push({ row: 1, column: name, value: 'a second column of that name', expected: 'each column once', fix: 'Merge the two columns or delete one.' });
    }
    seen.add(name);
  });
  for (const name of REQUIRED.filter((required) => !seen.has(required))) {
    issues.push({ row: 1, column: name, value: 'missing', expected: 'every required column in the header', fix: `Add a column named ${name} (export the case's switches.csv for the layout).` });
  }
  const rows = records.flatMap((fields, index): Row[] => {
    if (fields.every((field) => field.trim() === '')) return [];
    return [{ row: index + 2, cells: Object.fromEntries(header.map((name, i) => [name, restoreFormula((fields[i] ?? '').trim())])) }];
  });
  if (issues.length === 0 && rows.length === 0) throw new ImportError('The file has a header row but no switches: add one row per switch below the header.');
  return { rows, issues };
}

/** The YAML of a new file: the schema's defaults (empty lists, language: en) left out, as hand-written files do. */
function recordText(record: object): string {
  const pruned = JSON.parse(JSON.stringify(record), (key, value: unknown) => {
    if (Array.isArray(value) && value.length === 0) return undefined;
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return undefined;
    return value;
  }) as { sources?: { language?: string }[]; mandates?: { sources?: unknown }[] };
  for (const source of pruned.sources ?? []) if (source.language === 'en') delete source.language;
  return stringify(pruned, { lineWidth: 100 });
}

/** The cells switches.csv writes for a switch in the columns an import compares (as switch-columns.ts writes them); the others (names, counted) follow from these. */
export function carriedCells(record: SwitchRecord): Record<string, string> {
  const bounds = (date: SwitchRecord['left']['date'] | undefined) => {
    const interval = date && defectionInterval(date);
    return interval ? knownBounds(interval) : {};
  };
  const left = bounds(record.left.date);
  const joined = bounds(record.joined?.date);
  return {
    id: record.id,
    person: record.person,
    office: record.office,
    from_party: record.left.party,
    to_party: record.joined?.party ?? '',
    how: record.left.how,
    left_date: record.left.date.value ?? '',
    left_date_precision: record.left.date.precision,
    left_first_day: left.start ?? '',
    left_last_day: left.end ?? '',
    joined_date: record.joined?.date.value ?? '',
    joined_date_precision: record.joined?.date.precision ?? '',
    joined_first_day: joined.start ?? '',
    joined_last_day: joined.end ?? '',
    status: record.status,
    reason_summary: record.reason.summary ?? '',
    reason_quote: record.reason.quote?.text ?? '',
    reason_quote_speaker: record.reason.quote?.speaker ?? '',
    sources: joinList(webSources(record.sources).map((source) => source.url))
  };
}

export function planCaseImport(files: readonly DataFile[], dir: string, text: string, options: CasePlanOptions): CasePlanResult {
  const base = parseCase([...files], dir);
  if (base.issues.length > 0 || !base.data) {
    const shown = base.issues.slice(0, 5).map(formatIssue).join('\n\n');
    throw new ImportError(`${dir}/ already has ${base.issues.length} problem(s); fix them first (npm run validate), then import.\n\n${shown}`);
  }
  const data = base.data;
  const columns = caseColumns(data).map((column) => column.name);
  const { rows, issues } = readCaseCsv(text, [...columns, ...CASE_EXTRA_COLUMNS]);
  if (issues.length > 0) return { ok: false, issues };

  const partyList = data.parties.map((party) => party.code).join(', ');
  const people = new Map(data.people.map((person) => [person.id, person]));
  const existing = new Map(data.switches.map((record) => [record.id, record]));
  const seatLevel = (office: string) => data.meta.offices.find((candidate) => candidate.id === office)?.seat_level;
  const plan: CaseImportPlan = { switches: [], people: [], unchanged: [], changesPath: `${dir}/${CASE_LAYOUT.changes}`, files: [] };
  const newSwitches: { row: number; record: SwitchRecord }[] = [];
  const newPeople = new Map<string, { row: number; record: Person }>();
  const rowOfId = new Map<string, number>();

  for (const { row, cells } of rows) {
    const rowIssues: ImportIssue[] = [];
    const report = (column: string | undefined, value: string, expected: string, fix: string) => rowIssues.push({ row, column, value, expected, fix });
    const cell = (name: string) => cells[name] ?? '';
    const personId = cell('person');
    const office = cell('office');

    const party = (column: 'from_party' | 'to_party') => {
      const value = cell(column);
      if (!value) return undefined;
      const code = resolveParty(value, data.parties);
      if (!code) report(column, quote(value), `a party code from ${dir}/parties.yaml (${partyList}), or a party's name`, 'Use a listed code, or add the party to parties.yaml first.');
      return code ?? value;
    };
    const date = (prefix: 'left' | 'joined') => {
      const precision = cell(`${prefix}_date_precision`);
      const bounded = precision === 'range' || precision === 'unknown';
      const entries = Object.entries({
        value: cell(`${prefix}_date`),
        precision,
        not_before: bounded ? cell(`${prefix}_first_day`) : '',
        not_after: bounded ? cell(`${prefix}_last_day`) : '',
        note: cell(`${prefix}_date_note`)
      }).filter(([, value]) => value !== '');
      return Object.fromEntries(entries);
    };

    const from = party('from_party');
    const to = party('to_party');
    const joinedDate = date('joined');
    if (!to && Object.keys(joinedDate).length > 0) {
      report('to_party', 'nothing', 'the party joined, since the row gives a joining date', `Fill to_party (a code from ${dir}/parties.yaml, or IND), or empty the joined_date columns while the destination is unknown.`);
    }
    const urls = splitList(cell('sources'));
    if (urls === undefined) report('sources', quote(cell('sources')), 'web addresses separated by " | ", or a JSON list of them', 'Write the sources as https://… | https://…');
    const outlets = cell('source_outlets') ? (splitList(cell('source_outlets')) ?? []) : [];
    if (outlets.length > 0 && outlets.length !== (urls ?? []).length) {
      report('source_outlets', quote(cell('source_outlets')), `one outlet per source (${(urls ?? []).length} in sources)`, 'Name each source’s outlet in the order of the sources, separated by " | ", or empty the column (the outlet is then the address’s host name).');
    }
    const leftDate = date('left');
    const input = {
      // A date that cannot be read is reported on its own column, not once more in the id made from it.
      id: cell('id') || `${personId}-${[cell('left_date'), cell('left_first_day')].find((day) => /^\d{4}(-\d{2}){0,2}$/.test(day)) ?? 'undated'}`,
      person: personId,
      office,
      left: { party: from, date: leftDate, how: cell('how') || undefined },
      ...(to && { joined: { party: to, date: joinedDate } }),
      reason: {
        ...(cell('reason_summary') && { summary: cell('reason_summary') }),
        ...((cell('reason_quote') || cell('reason_quote_speaker')) && { quote: { text: cell('reason_quote') || undefined, speaker: cell('reason_quote_speaker') || undefined } })
      },
      status: cell('status') || undefined,
      ...(cell('notes') && { notes: cell('notes') }),
      sources: (urls ?? []).map((url, i) => ({ outlet: outlets[i] || hostOf(url), url }))
    };
    const same = existing.get(input.id);
    if (same) {
      // A row for a switch in the case is compared on what the CSV carries: the dates' notes and bounds, which it does
      // not carry, are the switch's own (a date without a day needs a note).
      for (const [key, date] of [
        ['left', same.left.date],
        ['joined', same.joined?.date]
      ] as const) {
        const target = (key === 'left' ? input.left.date : input.joined?.date) as Record<string, string> | undefined;
        for (const field of ['note', 'not_before', 'not_after'] as const) if (target && date?.[field] && !target[field]) target[field] = date[field];
      }
    }
    const parsed = Switch.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      const reported = new Set(rowIssues.map((issue) => issue.column));
      for (const issue of fromZodIssues(parsed.error.issues, { file: '' })) {
        const column = columnOf(issue.field, seatLevel, office, false);
        if (reported.has(column)) continue;
        reported.add(column);
        const fix = column?.endsWith('_date_note') ? `Say in a column ${column} why the exact date is unknown (e.g. "Only the month is reported").` : issue.fix;
        report(column, issue.found, issue.expected, fix);
      }
    }
    if (rowIssues.length > 0 || !parsed.success) {
      issues.push(...rowIssues);
      continue;
    }
    const record = parsed.data;

    const firstRow = rowOfId.get(record.id);
    if (firstRow !== undefined) {
      issues.push({ row, column: 'id', value: `${quote(record.id)}, also on row ${firstRow}`, expected: 'each switch once in a file', fix: 'Merge the two rows, or correct the id or the left date of one.' });
      continue;
    }
    rowOfId.set(record.id, row);

    // The person: one already in the case (the row must agree with the file), or a new one the row asks for.
    const seatColumn = seatLevel(office);
    const known = people.get(personId) ?? newPeople.get(personId)?.record;
    if (known) {
      const name = cell('name');
      if (name && ![known.name, ...known.other_spellings].some((spelling) => normalise(spelling) === normalise(name))) {
        issues.push({ row, column: 'name', value: quote(name), expected: `the name of ${personId}: ${quote(known.name)}${known.other_spellings.length ? ` (or ${known.other_spellings.join(', ')})` : ''}`, fix: `Check the person id: ${personId} is ${known.name}. Correct person, or the name (a person's names are changed in ${dir}/people/${personId}.yaml).` });
        continue;
      }
      const mandate = known.mandates.find((candidate) => candidate.office === office);
      const seat = seatColumn ? cell(seatColumn) : '';
      if (mandate && seat && seat !== mandate.place) {
        issues.push({ row, column: seatColumn, value: quote(seat), expected: `the seat of ${personId}'s ${office} mandate, ${quote(mandate.place)}`, fix: `Write ${mandate.place}, or empty the cell; a person's seats are changed in ${dir}/people/${personId}.yaml.` });
        continue;
      }
    } else if (normalise(cell('new_person')) !== 'yes') {
      const named = data.people.find((person) => [person.name, ...person.other_spellings].some((spelling) => normalise(spelling) === normalise(cell('name'))));
      const hint = named ? `${named.name} is ${named.id}: write "${named.id}" in person if this is that person. ` : '';
      issues.push({
        row,
        column: 'person',
        value: quote(personId),
        expected: `the id of a person in ${dir}/people/`,
        fix: `${hint}Correct the id (it is the file name in people/, and the person column of the case's switches.csv); or, to add a new person, write yes in a column new_person and fill name, office and ${seatColumn ?? 'the seat'}${seatColumn ? ' (the seat’s code)' : ''}, with elected_as if known.`
      });
      continue;
    } else {
      const elected = cell('elected_as');
      const electedParty = elected ? resolveParty(elected, data.parties) : undefined;
      if (elected && !electedParty) {
        issues.push({ row, column: 'elected_as', value: quote(elected), expected: `a party code from ${dir}/parties.yaml (${partyList})`, fix: 'Use a listed code (the party the person was elected for), or empty the cell if unknown.' });
        continue;
      }
      const personInput = {
        id: personId,
        name: cell('name') || undefined,
        mandates: [{ office, place: (seatColumn && cell(seatColumn)) || undefined, ...(electedParty && { elected_as: { party: electedParty } }) }],
        sources: record.sources
      };
      const person = CasePerson.safeParse(personInput, { reportInput: true });
      if (!person.success) {
        for (const issue of fromZodIssues(person.error.issues, { file: '' })) issues.push({ row, column: columnOf(issue.field, seatLevel, office, true), value: issue.found, expected: issue.expected, fix: issue.fix });
        continue;
      }
      newPeople.set(personId, { row, record: person.data });
    }

    // A row for a switch already in the case is checked against it; a new one must not repeat an existing one.
    const previous = existing.get(record.id);
    const path = `${dir}/${CASE_LAYOUT.switches}${record.id}.yaml`;
    if (previous) {
      const before = carriedCells(previous);
      const after = carriedCells(record);
      const differs = Object.keys(before).filter((column) => before[column] !== after[column]);
      if (differs.length === 0) plan.unchanged.push({ row, id: record.id, path });
      for (const column of differs) {
        issues.push({
          row,
          column,
          value: quote(cells[column] ?? ''),
          expected: `${quote(before[column])}, as in ${base.fileOf.get(record.id) ?? path}: a row with the id of an existing switch must agree with it`,
          fix: `The import adds switches and never changes one: correct ${base.fileOf.get(record.id) ?? path} by hand (and log it in changes.yaml as amended), or delete this row.`
        });
      }
      continue;
    }
    const left = defectionInterval(record.left.date);
    const twin = [...data.switches, ...newSwitches.map((entry) => entry.record)].find((other) => {
      if (other.person !== record.person) return false;
      const otherLeft = defectionInterval(other.left.date);
      return !left || !otherLeft || intervalsOverlap(left, otherLeft);
    });
    if (twin) {
      issues.push({
        row,
        column: 'left_date',
        value: quote(cell('left_date') || `${cell('left_first_day')}…${cell('left_last_day')}`),
        expected: `a switch not already in the case: ${twin.id} (${base.fileOf.get(twin.id) ?? `row ${rowOfId.get(twin.id)}`}) is ${record.person} leaving ${twin.left.party} on a date that overlaps this one (${twin.left.date.value ?? twin.left.date.precision})`,
        fix: `If it is the same switch, write "${twin.id}" in the id column (the row is then checked against it, and nothing is added); if it is another switch, correct its left date.`
      });
      continue;
    }
    newSwitches.push({ row, record });
    plan.switches.push({ row, id: record.id, path });
  }
  if (issues.length > 0) return { ok: false, issues };

  for (const [id, { row }] of newPeople) plan.people.push({ row, id, path: `${dir}/${CASE_LAYOUT.people}${id}.yaml` });
  const added = [...plan.people.map((entry) => entry.id), ...plan.switches.map((entry) => entry.id)];
  if (added.length === 0) return { ok: true, plan };
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const entry: Change = {
    date: options.today,
    kind: 'added',
    records: added,
    summary: `${count(plan.switches.length, 'switch', 'switches')}${plan.people.length ? ` and ${count(plan.people.length, 'person', 'people')}` : ''} added from ${options.source}.`,
    fields: [],
    reason: options.reason ?? `Contributed as ${options.source}.`,
    sources: []
  };
  const changesText = files.find((file) => file.path === plan.changesPath)?.text;
  plan.files = [
    ...[...newPeople.values()].map(({ record }) => ({ path: `${dir}/${CASE_LAYOUT.people}${record.id}.yaml`, text: recordText(record) })),
    ...newSwitches.map(({ record }) => ({ path: `${dir}/${CASE_LAYOUT.switches}${record.id}.yaml`, text: recordText(record) })),
    { path: plan.changesPath, text: appendChanges(changesText, [entry]) }
  ];

  // The would-be case folder must pass parseCase and its cross-checks as a whole, as `npm run validate` would see it.
  const replaced = new Set(plan.files.map((file) => file.path));
  const candidate = [...files.filter((file) => !replaced.has(file.path)), ...plan.files];
  const rowOfFile = new Map<string, { row: number; office: string; person: boolean }>([
    ...plan.switches.map((entry) => [entry.path, { row: entry.row, office: existingOffice(newSwitches, entry.id), person: false }] as const),
    ...[...newPeople.values()].map(({ row, record }) => [`${dir}/${CASE_LAYOUT.people}${record.id}.yaml`, { row, office: record.mandates[0].office, person: true }] as const)
  ]);
  const checked = parseCase(candidate, dir).issues.map((issue: ValidationIssue): ImportIssue => {
    const at = rowOfFile.get(issue.file);
    if (!at) return { column: undefined, value: `${issue.file}${issue.record ? ` (${issue.record})` : ''}${issue.field ? ` ${issue.field}` : ''}: ${issue.found}`, expected: issue.expected, fix: issue.fix };
    const column = columnOf(issue.field, seatLevel, at.office, at.person);
    // Without source_outlets, each source's outlet is its web address's host: two articles of one site are one outlet.
    const outlets = column === 'status' && issue.expected.includes('two independent outlets') && !rows.find((row) => row.row === at.row)?.cells.source_outlets;
    const fix = outlets ? `${issue.fix} The outlets were taken from the addresses' host names: if the sources are from different outlets, name them in a column source_outlets (e.g. "Outlet A | Outlet B").` : issue.fix;
    return { row: at.row, column, value: issue.found, expected: issue.expected, fix };
  });
  if (checked.length > 0) return { ok: false, issues: checked };
  return { ok: true, plan };
}

function existingOffice(switches: readonly { record: SwitchRecord }[], id: string): string {
  return switches.find((entry) => entry.record.id === id)?.record.office ?? '';
}
