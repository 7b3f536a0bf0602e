// The spreadsheet template: the export's columns with no JSON in any cell. Sources and reactions get numbered columns
// (source_1_outlet … source_5_note, reaction_1_speaker …), so a reporter fills cells, never brackets and quotes.
// Built from the column table (columns.ts) and the schema, so it cannot drift from what the importer reads.
import { formatCsv, neutraliseFormula } from '$lib/csv/csv';
import type { Defection } from '$lib/schema';
import { REACTION_VOICES, STANCES, codesOf } from '$lib/schema/vocabulary';
import { COLUMNS, type CellProblem, type PlaceIndex } from './columns';

/** Numbered groups a row holds; every real record fits (the round-trip test checks it). */
export const MAX_SOURCES = 5;
export const MAX_REACTIONS = 5;
export const SOURCE_LANGUAGES = ['en', 'km', 'fr'] as const;

type Draft = Record<string, unknown>;

interface GroupField {
  /** The column name's last part: source_1_<suffix>. */
  suffix: string;
  /** The field in the source or reaction object. */
  key: string;
  description: string;
  required?: boolean;
  values?: readonly string[];
  /** Cell → value; a string names what was expected. */
  read?: (cell: string) => { value: unknown } | { expected: string; fix: string };
  write?: (value: unknown) => string;
}

const SOURCE_FIELDS: readonly GroupField[] = [
  { suffix: 'outlet', key: 'outlet', required: true, description: 'The outlet that published it, e.g. Phnom Penh Post.' },
  { suffix: 'title', key: 'title', description: 'The headline.' },
  { suffix: 'date', key: 'published', description: 'When it was published: YYYY-MM-DD (or YYYY-MM, YYYY).' },
  { suffix: 'url', key: 'url', required: true, description: 'The article’s address: an http:// or https:// link.' },
  { suffix: 'reporter', key: 'reporter', description: 'The reporter’s name, when given.' },
  { suffix: 'language', key: 'language', values: SOURCE_LANGUAGES, description: 'The article’s language: en, km or fr (en when empty).' },
  { suffix: 'note', key: 'note', description: 'What this source adds, or a doubt about it.' }
];

const REACTION_FIELDS: readonly GroupField[] = [
  { suffix: 'speaker', key: 'speaker', description: 'Who reacted (a name or a description).' },
  { suffix: 'speaker_role', key: 'speaker_role', description: 'Their role, e.g. a voter in the commune.' },
  { suffix: 'voice', key: 'voice', values: codesOf(REACTION_VOICES), description: 'constituent, party or defector (constituent when empty).' },
  { suffix: 'stance', key: 'stance', required: true, values: codesOf(STANCES), description: 'How the reaction regards the defection: a stance code.' },
  { suffix: 'quote', key: 'quote', description: 'Their words, verbatim (at most 300 characters); a quote or a summary is needed.' },
  { suffix: 'summary', key: 'summary', description: 'The reaction in our words, when there is no quote.' },
  {
    suffix: 'source',
    key: 'source',
    description: 'The number of the source that reports it: 1 for source_1 (1 when empty).',
    read: (cell) =>
      /^\d+$/.test(cell) && Number(cell) >= 1
        ? { value: Number(cell) - 1 }
        : { expected: 'the number of a source of this row (1 for source_1_…)', fix: 'Write the source’s number, e.g. 2 for the source in the source_2_… columns.' },
    write: (value) => String(Number(value) + 1)
  }
];

interface Group {
  /** Column prefix: source_1_, reaction_1_. */
  prefix: 'source' | 'reaction';
  /** The record's list. */
  list: 'sources' | 'reactions';
  count: number;
  fields: readonly GroupField[];
}

const GROUPS: readonly Group[] = [
  { prefix: 'source', list: 'sources', count: MAX_SOURCES, fields: SOURCE_FIELDS },
  { prefix: 'reaction', list: 'reactions', count: MAX_REACTIONS, fields: REACTION_FIELDS }
];

const columnName = (group: Group, index: number, field: GroupField) => `${group.prefix}_${index + 1}_${field.suffix}`;

/** A column of the spreadsheet template, as documented: its name, meaning and allowed codes. */
export interface SheetColumn {
  name: string;
  description: string;
  required: boolean;
  values?: readonly string[];
}

/** The record columns without the two JSON lists, then the numbered source and reaction columns. */
export const SHEET_COLUMNS: readonly SheetColumn[] = [
  ...COLUMNS.filter((column) => column.type !== 'array').map(({ name, description, required, values }) => ({ name, description, required, ...(values && { values }) })),
  ...GROUPS.flatMap((group) =>
    Array.from({ length: group.count }, (_, index) =>
      group.fields.map((field) => ({
        name: columnName(group, index, field),
        description: `${group.prefix === 'source' ? 'Source' : 'Reaction'} ${index + 1}: ${field.description}`,
        // The first source's outlet and url are what every record needs; later groups are filled as needed.
        required: group.prefix === 'source' && index === 0 && Boolean(field.required),
        ...(field.values && { values: field.values })
      }))
    ).flat()
  )
];

/** Every numbered column name, for the importer's header check. */
export const NUMBERED_COLUMN_NAMES: ReadonlySet<string> = new Set(GROUPS.flatMap((group) => Array.from({ length: group.count }, (_, index) => group.fields.map((field) => columnName(group, index, field))).flat()));

/** A header with numbered source columns is the spreadsheet template's: it needs no JSON `sources` column. */
export function isSheetHeader(header: readonly string[]): boolean {
  return header.some((name) => NUMBERED_COLUMN_NAMES.has(name));
}

/** The numbered cells of one record, as strings; a group beyond the record's lists is empty. */
function groupCells(record: Defection, group: Group): Record<string, string> {
  const items = record[group.list] as readonly Draft[];
  if (items.length > group.count) {
    throw new Error(`Record ${record.id} has ${items.length} ${group.list}; the spreadsheet template holds ${group.count}. Raise MAX_${group.list.toUpperCase()} in template-sheet.ts.`);
  }
  const cells: Record<string, string> = {};
  for (let index = 0; index < group.count; index++) {
    for (const field of group.fields) {
      const value = items[index]?.[field.key];
      cells[columnName(group, index, field)] = value === undefined ? '' : field.write ? field.write(value) : String(value);
    }
  }
  return cells;
}

/** A record as one row of the spreadsheet template, each cell safe to open in a spreadsheet (see neutraliseFormula). */
export function recordToSheetCells(record: Defection, places: PlaceIndex): string[] {
  const numbered = { ...groupCells(record, GROUPS[0]), ...groupCells(record, GROUPS[1]) };
  const byName = new Map(COLUMNS.map((column) => [column.name, column]));
  return SHEET_COLUMNS.map(({ name }) => {
    const column = byName.get(name);
    const cell = column ? (column.kind === 'name' ? column.write(record, places) : column.write(record)) : numbered[name];
    return neutraliseFormula(cell);
  });
}

/** The header and one row per record. */
export function toSheetCsv(records: readonly Defection[], places: PlaceIndex): string {
  return formatCsv([SHEET_COLUMNS.map((column) => column.name), ...records.map((record) => recordToSheetCells(record, places))]);
}

/**
 * Reads the numbered cells of one row (already trimmed and restored from the formula guard) into `sources` and
 * `reactions` on the draft. A group with every cell empty is skipped; a list given both as JSON and in numbered
 * columns is refused, since one would silently win.
 */
export function readNumberedCells(cells: Readonly<Record<string, string>>, draft: Draft): CellProblem[] {
  const problems: CellProblem[] = [];
  for (const group of GROUPS) {
    const items: Draft[] = [];
    for (let index = 0; index < group.count; index++) {
      const filled = group.fields.filter((field) => (cells[columnName(group, index, field)] ?? '') !== '');
      if (filled.length === 0) continue;
      const item: Draft = {};
      for (const field of filled) {
        const name = columnName(group, index, field);
        const cell = cells[name];
        const read = field.read?.(cell) ?? { value: cell };
        if ('value' in read) item[field.key] = read.value;
        else problems.push({ column: name, value: cell, ...read });
      }
      items.push(item);
    }
    if (items.length === 0) continue;
    if (draft[group.list] !== undefined) {
      problems.push({
        column: `${group.prefix}_1_…`,
        value: `${group.list} given twice`,
        expected: `the ${group.list} either in the ${group.list} column (JSON) or in the numbered ${group.prefix}_N_… columns`,
        fix: `Keep one: empty the ${group.list} column, or the numbered columns.`
      });
      continue;
    }
    draft[group.list] = items;
  }
  return problems;
}

/** Where a validation problem inside a list lies in the numbered columns: sources[1].url → source_2_url. */
export function numberedColumnFor(path: string): string | undefined {
  const match = /^(sources|reactions)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  const group = GROUPS.find((candidate) => candidate.list === match[1])!;
  const index = Number(match[2]);
  if (index >= group.count) return undefined;
  const key = match[3] ?? group.fields.find((field) => field.required)!.key;
  const field = group.fields.find((candidate) => candidate.key === key);
  return field && columnName(group, index, field);
}
