// "Download this view": the dashboard's filtered records as CSV or JSON, built in the browser from the published JSON export.
import { toCsv } from './csv';
import { formatJson, selectDefections, type JsonExport } from './json';

/** The full records, prerendered at build time. */
export const FULL_RECORDS_URL = '/data/defections.json';

export type ViewFormat = 'csv' | 'json';

export interface ViewFile {
  name: string;
  type: string;
  body: string;
}

/** The records with these ids (the dashboard's filtered, sorted rows), in that order, as one file. */
export function viewFile(document: JsonExport, ids: readonly string[], format: ViewFormat): ViewFile {
  const view = selectDefections(document, ids, 'The records shown on the dashboard when this file was downloaded.');
  const title = `Defection records, dashboard view (${view.defections.length} of ${document.defections.length})`;
  return format === 'csv'
    ? { name: 'defections-view.csv', type: 'text/csv;charset=utf-8', body: toCsv(view, view.meta, title) }
    : { name: 'defections-view.json', type: 'application/json;charset=utf-8', body: formatJson(view) };
}

/** Hands a file to the browser's download manager (browser only). */
export function saveFile(file: ViewFile): void {
  const url = URL.createObjectURL(new Blob([file.body], { type: file.type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.click();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
