// The one table of CSV columns: it drives the CSV writer, the datapackage schema, the import template and the importer.
// A record becomes one flat row and a row becomes the same record again; nothing is lost either way.
import { neutraliseFormula, restoreFormula } from '$lib/csv/csv';
import { MAX_JSON_DEPTH, tooDeepAt } from '$lib/csv/json-depth';
import type { Commune, Defection, District, Province } from '$lib/schema';
import { DATE_PRECISIONS, REASON_TAGS, ROLES, STATUSES, codesOf } from '$lib/schema/vocabulary';

/** Table Schema types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
export type ColumnType = 'string' | 'integer' | 'boolean' | 'date' | 'array';

/** Joins list items in one cell: "a | b". */
export const LIST_JOINER = ' | ';

export interface PlaceIndex {
  provinces: ReadonlyMap<string, Province>;
  districts: ReadonlyMap<string, District>;
  communes: ReadonlyMap<string, Commune>;
}

export function placeIndex(places: { provinces: Province[]; districts: District[]; communes: Commune[] }): PlaceIndex {
  return {
    provinces: new Map(places.provinces.map((p) => [p.code, p])),
    districts: new Map(places.districts.map((d) => [d.code, d])),
    communes: new Map(places.communes.map((c) => [c.code, c]))
  };
}

/** A cell that cannot be read as its column's type. */
export interface CellProblem {
  column: string;
  value: string;
  expected: string;
  fix: string;
}

type Draft = Record<string, unknown>;

interface ColumnBase {
  name: string;
  type: ColumnType;
  description: string;
  /** Every record has a value. */
  required: boolean;
  /** The allowed codes, for columns holding a code or a list of codes. */
  values?: readonly string[];
  /** A regular expression every non-empty value matches. */
  pattern?: string;
  /** A list, its items joined with LIST_JOINER in one cell. */
  list?: boolean;
}

/** A column holding one field of the record. */
export interface RecordColumn extends ColumnBase {
  kind: 'record';
  /** Where the value lives in a record; problems found there are reported against this column. */
  path: readonly string[];
  write(record: Defection): string;
  /** Puts the cell's value into the record being built (blank cells are left out). */
  read(cell: string, draft: Draft): Omit<CellProblem, 'column'> | undefined;
}

/** A place name written next to its code for readers; on import it only stands in for a blank code. */
export interface NameColumn extends ColumnBase {
  kind: 'name';
  level: 'province' | 'district' | 'commune';
  write(record: Defection, places: PlaceIndex): string;
}

export type Column = RecordColumn | NameColumn;

function getAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) value = value && typeof value === 'object' ? (value as Draft)[key] : undefined;
  return value;
}

function setAt(draft: Draft, path: readonly string[], value: unknown) {
  let target = draft;
  for (const key of path.slice(0, -1)) {
    if (!target[key] || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Draft;
  }
  target[path[path.length - 1]] = value;
}

/** "a | b"; a list whose items contain "|" (or that starts with "[") is written as a JSON array instead, so it splits back exactly. */
export function joinList(items: readonly string[]): string {
  if (items.length === 0) return '';
  return items.some((item) => item.includes('|')) || items[0].startsWith('[') ? JSON.stringify(items) : items.join(LIST_JOINER);
}

export function splitList(cell: string): string[] | undefined {
  if (cell.startsWith('[')) {
    try {
      const items: unknown = JSON.parse(cell);
      if (Array.isArray(items) && items.every((item) => typeof item === 'string')) return items;
    } catch {
      // Reported below: a cell starting with "[" must be a JSON list of texts.
    }
    return undefined;
  }
  return cell
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);
}

type ColumnSpec = Omit<ColumnBase, 'type' | 'required'> & { path: readonly string[]; required?: boolean };

function text(spec: ColumnSpec): RecordColumn {
  return {
    kind: 'record',
    type: 'string',
    required: false,
    ...spec,
    write: (record) => {
      const value = getAt(record, spec.path);
      return value === undefined ? '' : String(value);
    },
    read: (cell, draft) => void setAt(draft, spec.path, cell)
  };
}

function date(spec: ColumnSpec): RecordColumn {
  return { ...text(spec), type: 'date' };
}

function integer(spec: ColumnSpec): RecordColumn {
  return {
    ...text(spec),
    type: 'integer',
    read: (cell, draft) => {
      if (!/^[+-]?\d+(\.0+)?$/.test(cell)) return { value: cell, expected: 'a whole number', fix: 'Write digits only, e.g. 1.' };
      setAt(draft, spec.path, Number.parseInt(cell, 10));
    }
  };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

function boolean(spec: ColumnSpec): RecordColumn {
  return {
    ...text(spec),
    type: 'boolean',
    write: (record) => (getAt(record, spec.path) ? 'true' : 'false'),
    read: (cell, draft) => {
      const word = cell.toLowerCase();
      if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word)) return { value: cell, expected: 'true or false', fix: 'Write true or false (or leave it empty for false).' };
      setAt(draft, spec.path, TRUE_WORDS.has(word));
    }
  };
}

function list(spec: ColumnSpec): RecordColumn {
  return {
    ...text(spec),
    list: true,
    write: (record) => joinList((getAt(record, spec.path) as string[] | undefined) ?? []),
    read: (cell, draft) => {
      const items = splitList(cell);
      if (!items) return { value: cell, expected: 'items separated by " | ", or a JSON list of texts', fix: 'Separate the items with " | "; use a JSON list (["a", "b"]) only when an item contains "|".' };
      setAt(draft, spec.path, items);
    }
  };
}

function json(spec: ColumnSpec & { example: string }): RecordColumn {
  return {
    ...text(spec),
    type: 'array',
    write: (record) => {
      const value = getAt(record, spec.path) as unknown[] | undefined;
      return value && value.length > 0 ? JSON.stringify(value) : '';
    },
    read: (cell, draft) => {
      if (tooDeepAt(cell) !== undefined) {
        return { value: cell, expected: `a JSON list such as ${spec.example}`, fix: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep (a list of objects is 2): correct the brackets.` };
      }
      let value: unknown;
      try {
        value = JSON.parse(cell);
      } catch (error) {
        return { value: cell, expected: `a JSON list such as ${spec.example}`, fix: `Correct the JSON (${(error as Error).message}): text in double quotes, items separated by commas, the list in [ ].` };
      }
      // One object is taken as a list of one.
      setAt(draft, spec.path, value && typeof value === 'object' && !Array.isArray(value) ? [value] : value);
    }
  };
}

function placeName(level: NameColumn['level'], description: string): NameColumn {
  return {
    kind: 'name',
    name: `${level}_name`,
    level,
    type: 'string',
    required: false,
    description,
    write: (record, places) => {
      const code = record.place[level];
      if (!code) return '';
      const unit = level === 'province' ? places.provinces.get(code) : level === 'district' ? places.districts.get(code) : places.communes.get(code);
      return unit?.name ?? '';
    }
  };
}

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export const COLUMNS: readonly Column[] = [
  text({ name: 'id', path: ['id'], required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Record id: a lower-case slug, also the file name in data/defections/. On import, leave it empty for a new record to derive it from person_name; give an existing id to update that record.' }),
  text({ name: 'wave', path: ['wave'], required: true, description: 'The wave the defection belongs to: an id from data/waves.yaml (e.g. win-win-2017).' }),
  text({ name: 'status', path: ['status'], required: true, values: codesOf(STATUSES), description: 'confirmed (two or more independent outlets), reported (one outlet) or disputed.' }),
  text({ name: 'person_name', path: ['person', 'name'], description: 'The name as the source prints it in Latin script; empty when no source names the person.' }),
  text({ name: 'person_name_km', path: ['person', 'name_km'], description: 'The name in Khmer script.' }),
  boolean({ name: 'person_romanisation_tentative', path: ['person', 'romanisation_tentative'], description: 'true when the Latin spelling is ours, not a source’s (the Khmer name is then shown first).' }),
  list({ name: 'person_other_spellings', path: ['person', 'other_spellings'], description: 'Other spellings of the name found in sources, separated by " | ".' }),
  integer({ name: 'person_age_years', path: ['person', 'age', 'years'], description: 'Age in years, as a source gives it.' }),
  text({ name: 'person_age_as_of', path: ['person', 'age', 'as_of'], pattern: PARTIAL_DATE_PATTERN, description: 'When the person had that age (YYYY, YYYY-MM or YYYY-MM-DD).' }),
  integer({ name: 'people', path: ['people'], required: true, description: 'How many people the record covers: 1 for a person, more for a group a source counts.' }),
  text({ name: 'role', path: ['role'], required: true, values: codesOf(ROLES), description: 'The role, as a code from the list of roles.' }),
  text({ name: 'role_in_source', path: ['role_in_source'], required: true, description: 'The role in the source’s own words.' }),
  text({ name: 'province', path: ['place', 'province'], pattern: '^\\d{2}$', description: 'Province code, "01" to "25" (data/places/provinces.csv); empty only when no source names one. On import a province name in any listed spelling is accepted too.' }),
  placeName('province', 'Province name (written on export; on import, used only when province is empty).'),
  text({ name: 'district', path: ['place', 'district'], pattern: '^\\d{4}$', description: 'District code (data/places/districts.csv); empty when no source names the district.' }),
  placeName('district', 'District name (written on export; on import, used only when district is empty).'),
  text({ name: 'commune', path: ['place', 'commune'], pattern: '^\\d{6}$', description: 'Commune code (data/places/communes.csv); empty when no source names the commune.' }),
  placeName('commune', 'Commune name (written on export; on import, used only when commune is empty).'),
  text({ name: 'place_as_reported', path: ['place', 'as_reported'], description: 'The place name as the source spells it.' }),
  text({ name: 'place_note', path: ['place', 'note'], description: 'How the place was identified, and any doubt about it.' }),
  text({ name: 'date_value', path: ['date', 'value'], pattern: PARTIAL_DATE_PATTERN, description: 'Date of the defection: YYYY-MM-DD (precision day or approximate), YYYY-MM (month) or YYYY (year); empty for precision range or unknown.' }),
  text({ name: 'date_precision', path: ['date', 'precision'], required: true, values: codesOf(DATE_PRECISIONS), description: 'day, approximate, month, year, range (between date_not_before and date_not_after) or unknown.' }),
  date({ name: 'date_not_before', path: ['date', 'not_before'], description: 'Earliest possible day (YYYY-MM-DD), when sources bound the date.' }),
  date({ name: 'date_not_after', path: ['date', 'not_after'], description: 'Latest possible day (YYYY-MM-DD), when sources bound the date.' }),
  text({ name: 'date_note', path: ['date', 'note'], description: 'How the date was established; required when date_value is empty.' }),
  text({ name: 'from_party', path: ['from_party'], required: true, description: 'Party left: a code from data/parties.yaml (e.g. CNRP). On import a party name or alias is accepted too.' }),
  text({ name: 'to_party', path: ['to_party'], required: true, description: 'Party joined: a code from data/parties.yaml (e.g. CPP). On import a party name or alias is accepted too.' }),
  text({ name: 'reason_summary', path: ['reason', 'summary'], description: 'The reason given, in our words.' }),
  list({ name: 'reason_tags', path: ['reason', 'tags'], values: codesOf(REASON_TAGS), description: 'Reason codes, separated by " | ".' }),
  text({ name: 'reason_quote_text', path: ['reason', 'quote', 'text'], description: 'A short verbatim quote giving the reason (at most 300 characters).' }),
  text({ name: 'reason_quote_speaker', path: ['reason', 'quote', 'speaker'], description: 'Who said the quote (required with a quote).' }),
  text({ name: 'context', path: ['context'], description: 'Known context for the place, as a source gives it.' }),
  text({ name: 'notes', path: ['notes'], description: 'Editors’ notes: doubts, what is not known.' }),
  json({
    name: 'sources',
    path: ['sources'],
    required: true,
    example: '[{"outlet": "Phnom Penh Post", "url": "https://…"}]',
    description: 'The sources, as a JSON list of objects: outlet and url required; title, published (YYYY[-MM[-DD]]), reporter, language (en, km or fr), note optional.'
  }),
  json({
    name: 'reactions',
    path: ['reactions'],
    example: '[{"speaker": "…", "quote": "…", "stance": "critical", "source": 0}]',
    description: 'Reactions, as a JSON list of objects: stance required, and a quote or a summary; speaker, speaker_role, voice (constituent, party or defector) and source (index into sources, 0 = first) optional.'
  }),
  date({ name: 'retracted_date', path: ['retracted', 'date'], description: 'When the record was retracted (YYYY-MM-DD); a retracted record stays published, marked as such.' }),
  text({ name: 'retracted_reason', path: ['retracted', 'reason'], description: 'Why the record was retracted.' })
];

export const RECORD_COLUMNS = COLUMNS.filter((column): column is RecordColumn => column.kind === 'record');

/**
 * The row of cells for a record, each safe to open in a spreadsheet (see neutraliseFormula). Every column goes through
 * the same guard rather than the text columns only: codes, numbers, dates and JSON never start with =, +, -, @, a tab or
 * a CR, so the guard leaves them as they are, and one rule for every cell keeps writing and reading exact inverses.
 */
export function recordToCells(record: Defection, places: PlaceIndex): string[] {
  return COLUMNS.map((column) => neutraliseFormula(column.write(record, places)));
}

/** Builds a record (not yet validated) from one row's cells, keyed by column name; blank cells are left out. */
export function cellsToRecord(cells: Readonly<Record<string, string>>): { input: Draft; problems: CellProblem[] } {
  const input: Draft = { person: {}, place: {}, date: {} };
  const problems: CellProblem[] = [];
  for (const column of RECORD_COLUMNS) {
    // Line breaks inside a cell are text and kept as written (CR, LF or CRLF); the CSV reader normalises only the ends of rows.
    const cell = restoreFormula((cells[column.name] ?? '').trim());
    if (cell === '') continue;
    const problem = column.read(cell, input);
    if (problem) problems.push({ column: column.name, ...problem });
  }
  return { input, problems };
}

/** The column a problem at this record path belongs to, and the path inside that column's value ("[0].url"). */
export function columnForPath(path: readonly PropertyKey[]): { column: RecordColumn; inner: string } | undefined {
  const keys = path.map(String);
  const owner = RECORD_COLUMNS.filter((column) => column.path.every((key, i) => keys[i] === key)).sort((a, b) => b.path.length - a.path.length)[0];
  if (owner) {
    const inner = path.slice(owner.path.length).map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
    return { column: owner, inner };
  }
  // A problem with a whole group (e.g. "person.age") belongs to its first column.
  const first = RECORD_COLUMNS.find((column) => keys.length > 0 && keys.every((key, i) => column.path[i] === key));
  return first && { column: first, inner: '' };
}

/** Parses a field path as written in validation issues ("reactions[0].source") into keys. */
export function parseFieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]));
}
