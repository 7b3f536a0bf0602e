// "Download this view": the dashboard's filtered records as CSV or JSON, built in the browser from the published JSON
// export. Each file is named after the view's filters and says what it is: the JSON in its meta object, the CSV in a
// small "about this file" text beside it (a spreadsheet would read lines inside the CSV as data rows).
import { SITE } from '$lib/site';
import { csvTable } from './csv';
import { formatJson, selectDefections, type JsonExport } from './json';
import { ORDER_ONLY, viewFileBase } from './view-names';

export type ViewFormat = 'csv' | 'json' | 'about';

export interface ViewFile {
  name: string;
  type: string;
  body: string;
}

/** The dashboard view a file comes from: its query string (every filter lives there) and its address. */
export interface ViewContext {
  params: URLSearchParams;
  /** The view's absolute URL, e.g. https://…/?province=KH-6. */
  url: string;
}

/** How the dashboard counts; in full on the About page. Written where the file is, so a file separated from the site keeps it. */
export const COUNTING_RULE =
  'The dashboard counts defection records whose status is confirmed or reported; disputed and retracted records, and officials who refused to defect, are not counted; a group record counts once as a record and as the number of people its source gives. This file lists every record the view showed, in its order, counted or not: the status and retracted columns say which count.';

/** The date window's rule, when the view has one: which records it let through. */
function dateRuleOf(params: URLSearchParams): string {
  if (!params.get('from') && !params.get('to')) return '';
  return params.get('dates') === 'overlap'
    ? ' Date window: a record is listed when its known date span reaches into the window, even if it may fall outside it.'
    : ' Date window: a record is listed only when its whole known date span lies inside the window; records that may fall in it are left out.';
}

function describeFilters(params: URLSearchParams, provinceName: (iso: string) => string | undefined): string {
  const filters = [...params].filter(([key]) => !ORDER_ONLY.has(key));
  if (!filters.length) return 'none: the default view';
  return filters
    .map(([key, value]) => {
      const names = key === 'province' ? value.split(',').map((iso) => provinceName(iso)).filter(Boolean) : [];
      return `${key}=${value}${names.length ? ` (${names.join(', ')})` : ''}`;
    })
    .join('; ');
}

/** The records with these ids (the dashboard's filtered, sorted rows), in that order, as one file; or the CSV's "about this file". */
export function viewFile(document: JsonExport, ids: readonly string[], format: ViewFormat, view: ViewContext = { params: new URLSearchParams(), url: `${SITE.origin}/` }): ViewFile {
  const names = new Map(document.provinces.map((province) => [province.iso, province.name]));
  const provinceName = (iso: string) => names.get(iso);
  const base = viewFileBase(view.params, provinceName);
  const selection = selectDefections(document, ids, 'The records shown on the dashboard when this file was downloaded.');
  const { meta } = document;
  const about = {
    file: `${base}.csv`,
    records: selection.defections.length,
    of: document.defections.length,
    view: view.url,
    filters: describeFilters(view.params, provinceName),
    countingRule: `${COUNTING_RULE}${dateRuleOf(view.params)} In full: ${SITE.origin}/about/#definition`
  };
  if (format === 'json') {
    const json: JsonExport = { ...selection, meta: { ...meta, selection: { ...selection.meta.selection!, view: about.view, filters: about.filters, countingRule: about.countingRule } } };
    return { name: `${base}.json`, type: 'application/json;charset=utf-8', body: formatJson(json) };
  }
  if (format === 'csv') return { name: about.file, type: 'text/csv;charset=utf-8', body: csvTable(selection) };
  const lines = [
    `About ${about.file}`,
    '',
    `What: defection records from a view of the ${SITE.name} dashboard, ${about.records} of ${about.of} records.`,
    `View: ${about.view}`,
    `Filters: ${about.filters}`,
    `Counting rule: ${about.countingRule}`,
    `Columns: ${meta.url}datapackage.json (the same columns as ${meta.url}defections.csv)`,
    `Data as of: ${meta.generated.slice(0, 10)} (the newest entry in the corrections log, ${SITE.origin}/changes/)`,
    `Licence: ${meta.licence.name}${meta.licence.url ? ` ${meta.licence.url}` : ''}`,
    `Cite as: ${meta.citation}`
  ];
  return { name: `${base}.about.txt`, type: 'text/plain;charset=utf-8', body: `${lines.join('\n')}\n` };
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
