// Reads a contributor's file (CSV or JSON bytes) into draft records, one per row, with every problem found on the way.
// Only a file that cannot be read at all throws (an ImportError with a plain message); everything else becomes an issue.
import { CsvSyntaxError, parseCsv, restoreFormula } from '../../src/lib/csv/csv';
import { MAX_JSON_DEPTH, tooDeepAt } from '../../src/lib/csv/json-depth';
import { describeValue } from '../../src/lib/data/issues';
import { COLUMNS, cellsToRecord } from '../../src/lib/export/columns';
import { splitCsvComments } from '../../src/lib/export/csv';
import { isSheetHeader, NUMBERED_COLUMN_NAMES, readNumberedCells } from '../../src/lib/export/template-sheet';
import { editDistance } from './names';
import { ImportError, type ImportIssue, type InputKind } from './issues';

export interface DraftRow {
  /** CSV: spreadsheet row (header = 1). JSON: position in the list, from 1. */
  row: number;
  input: Record<string, unknown>;
  /** CSV only: place names given beside (or instead of) the codes. */
  placeNames?: Partial<Record<'province' | 'district' | 'commune', string>>;
  issues: ImportIssue[];
  /** CSV only: the row comes from the spreadsheet template, its sources and reactions in numbered columns. */
  numbered?: boolean;
}

export interface ImportInput {
  kind: InputKind;
  rows: DraftRow[];
  /** Problems with the file as a whole, e.g. unknown columns in the header. */
  issues: ImportIssue[];
}

const SAVE_AS_UTF8 = 'Save it as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8; in LibreOffice: character set Unicode (UTF-8)) and import again.';

/** UTF-8 bytes to text, refusing what is not text: empty files, UTF-16, spreadsheets, binary data, other encodings. */
export function decodeText(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (bytes.length === 0) throw new ImportError('The file is empty: expected a CSV with a header row, or a JSON list of records.');
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) throw new ImportError(`The file is UTF-16 text, not UTF-8. ${SAVE_AS_UTF8}`);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) throw new ImportError(`The file is a spreadsheet workbook (.xlsx/.xls), not CSV. ${SAVE_AS_UTF8}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    throw new ImportError(`The file is not UTF-8 text (the first invalid byte is on line ${line}); it may be saved in Windows-1252 or another legacy encoding. ${SAVE_AS_UTF8}`);
  }
  if (text.includes('\u0000')) throw new ImportError('The file contains NUL bytes: it is binary data, not a CSV or JSON text file.');
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new ImportError('The file is empty: expected a CSV with a header row, or a JSON list of records.');
  return text;
}

/** Header names as contributors write them: "Person Name " → "person_name". */
function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** The export's columns (JSON lists in sources and reactions) and the spreadsheet template's numbered ones. */
const KNOWN = new Set([...COLUMNS.map((column) => column.name), ...NUMBERED_COLUMN_NAMES]);
/** Columns every row needs; id may be left out (derived from the name). */
const REQUIRED = COLUMNS.filter((column) => column.required && column.name !== 'id').map((column) => column.name);
/** The spreadsheet template holds the sources in numbered columns (source_1_url …) instead of the JSON sources column. */
const requiredFor = (header: readonly string[]) => (isSheetHeader(header) ? REQUIRED.filter((name) => name !== 'sources') : REQUIRED);

function checkHeader(header: string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.push({ row: 1, column: `(column ${index + 1})`, value: 'an empty header', expected: 'a column name', fix: 'Name the column, or delete it if it holds nothing.' });
    } else if (!KNOWN.has(name)) {
      const [nearest] = [...KNOWN].map((known) => ({ known, distance: editDistance(name, known) })).sort((a, b) => a.distance - b.distance);
      const hint = nearest && nearest.distance <= 3 ? `Did you mean "${nearest.known}"? ` : '';
      issues.push({ row: 1, column: describeValue(name), value: 'an unknown column', expected: 'a column of a template (data/templates/defections.csv, or docs/templates/defections-sheet.csv with numbered source and reaction columns)', fix: `${hint}Rename or delete it; the columns are documented in docs/data-in-out.md.` });
    } else if (seen.has(name)) {
      issues.push({ row: 1, column: name, value: 'a second column of that name', expected: 'each column once', fix: 'Merge the two columns or delete one.' });
    }
    seen.add(name);
  });
  for (const name of requiredFor(header).filter((required) => !seen.has(required))) {
    issues.push({ row: 1, column: name, value: 'missing', expected: 'every required column in the header', fix: `Add a column named ${name} (see the template).` });
  }
  return issues;
}

function parseCsvTable(body: string, linesBefore: number): string[][] {
  try {
    return parseCsv(body);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const reason = error.message.replace(/^line \d+: /, '');
    throw new ImportError(`The CSV is malformed at line ${error.line + linesBefore}: ${reason}. Nothing was read.`);
  }
}

/**
 * A first line of values rather than names: no required column is named and most cells name no column. Said once,
 * instead of one "unknown column" per cell; a header with a few misspelt names still gets its names checked one by one.
 */
function missingHeader(rawHeader: string[]): ImportIssue | undefined {
  const names = rawHeader.map(normaliseHeader).filter((name) => name !== '');
  const known = names.filter((name) => KNOWN.has(name)).length;
  if (REQUIRED.some((name) => names.includes(name)) || known * 2 >= names.length) return undefined;
  const shown = rawHeader.filter((cell) => cell.trim() !== '').slice(0, 3).map((cell) => describeValue(cell.trim()));
  return {
    row: 1,
    value: `values, not column names: ${shown.join(', ')}${names.length > shown.length ? ', …' : ''}`,
    expected: `the header row first: the column names of data/templates/defections.csv (${COLUMNS.slice(0, 3).map((column) => column.name).join(', ')}, …)`,
    fix: 'The header row is missing: copy the first line of data/templates/defections.csv above your first record (or paste your rows into a copy of the template), and import again.'
  };
}

/** The header's problems; a file with a wrong delimiter is refused outright. */
function headerProblems(rawHeader: string[]): ImportIssue[] {
  if (rawHeader.length === 1) {
    const delimiter = [';', '\t'].find((candidate) => rawHeader[0].includes(candidate));
    if (delimiter) throw new ImportError(`The columns are separated by ${delimiter === ';' ? 'semicolons (;)' : 'tabs'}, not commas. Save the file as "CSV UTF-8 (comma delimited)" and import again.`);
  }
  const missing = missingHeader(rawHeader);
  return missing ? [missing] : checkHeader(rawHeader.map(normaliseHeader));
}

const NO_RECORDS = 'The file has a header row but no records: add one row per record below the header.';

export function readCsvInput(text: string): ImportInput {
  const { comments, body } = splitCsvComments(text);
  // A header without quoted line breaks is checked before the rest is parsed, so a wrong file fails fast.
  const lineEnd = body.search(/\r?\n/);
  const firstLine = lineEnd === -1 ? body : body.slice(0, lineEnd);
  if ((firstLine.match(/"/g)?.length ?? 0) % 2 === 0) {
    const [firstHeader] = parseCsvTable(firstLine, comments.length);
    const early = firstHeader ? headerProblems(firstHeader) : [];
    if (early.length > 0) return { kind: 'csv', rows: [], issues: early };
  }
  const [rawHeader, ...dataRows] = parseCsvTable(body, comments.length);
  if (!rawHeader) throw new ImportError('The file has no header row: expected the column names of the template on the first line.');
  const headerIssues = headerProblems(rawHeader);
  if (headerIssues.length > 0) return { kind: 'csv', rows: [], issues: headerIssues };
  const header = rawHeader.map(normaliseHeader);
  if (dataRows.length === 0) throw new ImportError(NO_RECORDS);
  const numbered = isSheetHeader(header);

  const rows = dataRows.flatMap((fields, index): DraftRow[] => {
    if (fields.every((field) => field.trim() === '')) return [];
    const row = index + 2;
    const issues: ImportIssue[] = [];
    const extra = fields.slice(header.length).filter((field) => field.trim() !== '');
    if (extra.length > 0) {
      issues.push({ row, column: `(after ${header.at(-1)})`, value: describeValue(extra.join(',')), expected: `at most ${header.length} values, one per column`, fix: 'A value probably contains a comma: wrap that value in double quotes, or delete the extra cells.' });
    }
    const cells = Object.fromEntries(header.map((name, i) => [name, fields[i] ?? '']));
    const { input, problems } = cellsToRecord(cells);
    if (numbered) problems.push(...readNumberedCells(Object.fromEntries(header.filter((name) => NUMBERED_COLUMN_NAMES.has(name)).map((name) => [name, restoreFormula(cells[name].trim())])), input));
    issues.push(...problems.map(({ column, value, expected, fix }) => ({ row, column, value: describeValue(value), expected, fix })));
    const placeNames = Object.fromEntries(
      (['province', 'district', 'commune'] as const).flatMap((level) => {
        const name = (cells[`${level}_name`] ?? '').trim();
        return name ? [[level, name]] : [];
      })
    );
    return [{ row, input, placeNames, issues, ...(numbered && { numbered }) }];
  });
  // Rows a spreadsheet left empty are skipped; a file of nothing else has nothing to import, which "already in data/" would hide.
  if (rows.length === 0) throw new ImportError(NO_RECORDS);
  return { kind: 'csv', rows, issues: [] };
}

/** "line 2, column 14" for a character offset in the text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
}

function jsonErrorPosition(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  return position ? ` (${lineAndColumn(text, Number(position[1]))})` : '';
}

export function readJsonInput(text: string): ImportInput {
  const source = text.replace(/^\uFEFF/, '');
  const tooDeep = tooDeepAt(source);
  if (tooDeep !== undefined) {
    throw new ImportError(`The JSON is nested more than ${MAX_JSON_DEPTH} levels deep (from ${lineAndColumn(source, tooDeep)}), far deeper than any record needs: check the brackets [ ] and { } there.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    throw new ImportError(`The file is not valid JSON${jsonErrorPosition(source, message)}: ${message.replace(/ in JSON at position \d+.*$/, '')}.`);
  }
  const records = Array.isArray(value) ? value : (value as { defections?: unknown } | null)?.defections;
  if (!Array.isArray(records)) {
    throw new ImportError('Expected a JSON list of records ([{…}, {…}]), or a defections.json export (an object with a "defections" list).');
  }
  if (records.length === 0) throw new ImportError('The JSON list is empty: there is nothing to import.');
  const rows = records.map((item, index): DraftRow => {
    const row = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return { row, input: {}, issues: [{ row, value: describeValue(item), expected: 'a record: a JSON object of fields', fix: 'Write each record as { "id": …, "wave": …, … } (see data/defections/*.yaml for the fields).' }] };
    }
    return { row, input: structuredClone(item) as Record<string, unknown>, issues: [] };
  });
  return { kind: 'json', rows, issues: [] };
}

export function kindOf(file: string): InputKind {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'csv' || extension === 'json') return extension;
  throw new ImportError(`Cannot import "${file}": expected a .csv or .json file.`);
}

export function readInput(bytes: Uint8Array, kind: InputKind): ImportInput {
  const text = decodeText(bytes);
  return kind === 'csv' ? readCsvInput(text) : readJsonInput(text);
}
