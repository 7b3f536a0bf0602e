// defections.csv: one row per defection record, the columns of columns.ts; the published file is headed by "#" lines giving
// date, licence and citation (declared in datapackage.json), a dashboard view's file is the table alone (see ./download).
import { formatCsv } from '$lib/csv/csv';
import type { Commune, Defection, District, Province } from '$lib/schema';
import { COLUMNS, placeIndex, recordToCells } from './columns';
import type { ExportMeta } from './meta';

/** What the CSV needs: the records and the places their codes name (a Dataset, or the JSON export). */
export interface CsvSource {
  defections: Defection[];
  provinces: Province[];
  districts: District[];
  communes: Commune[];
}

/** The comment lines (declared as commentChar "#" in datapackage.json); one line each, so they never break a row. */
export function csvComments(meta: ExportMeta, what = 'Defection records'): string[] {
  return [
    `${what}, generated ${meta.generated} (data as of that date). Columns: ${meta.url}datapackage.json`,
    `Licence: ${meta.licence.name}${meta.licence.url ? ` ${meta.licence.url}` : ''}`,
    `Cite as: ${meta.citation}`
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
}

/** The header and one row per record, nothing else: what a spreadsheet opens as a table. */
export function csvTable(data: CsvSource): string {
  const places = placeIndex(data);
  return formatCsv([COLUMNS.map((column) => column.name), ...data.defections.map((record) => recordToCells(record, places))]);
}

/** The published file: the "#" lines, then the table. */
export function toCsv(data: CsvSource, meta: ExportMeta): string {
  return `${csvComments(meta).join('\n')}\n${csvTable(data)}`;
}

/** Splits off the "#" lines at the top of a CSV (after any byte-order mark). */
export function splitCsvComments(text: string): { comments: string[]; body: string } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const comments: string[] = [];
  let offset = 0;
  while (source.startsWith('#', offset)) {
    const end = source.indexOf('\n', offset);
    const line = source.slice(offset, end === -1 ? source.length : end);
    comments.push(line.replace(/\r$/, ''));
    offset = end === -1 ? source.length : end + 1;
  }
  return { comments, body: source.slice(offset) };
}
