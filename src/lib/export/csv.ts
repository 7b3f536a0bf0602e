// defections.csv: one row per defection record, the columns of columns.ts, headed by "#" lines giving date, licence and citation.
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
export function csvComments(meta: ExportMeta, title = 'Defection records'): string[] {
  return [
    `${title}, generated ${meta.generated} (data as of that date). Columns: ${meta.url}datapackage.json`,
    `Licence: ${meta.licence.name}${meta.licence.url ? ` ${meta.licence.url}` : ''}`,
    `Cite as: ${meta.citation}`
  ].map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
}

export function toCsv(data: CsvSource, meta: ExportMeta, title?: string): string {
  const places = placeIndex(data);
  const rows = [COLUMNS.map((column) => column.name), ...data.defections.map((record) => recordToCells(record, places))];
  return `${csvComments(meta, title).join('\n')}\n${formatCsv(rows)}`;
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
