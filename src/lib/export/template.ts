// The import templates: data/templates/defections.csv (the export's header, JSON lists in two cells) and the
// spreadsheet template docs/templates/defections-sheet.csv (no JSON: numbered source and reaction columns) with its
// codes sheet docs/templates/codes.csv; each template holds one real record as an example row.
import { formatCsv } from '$lib/csv/csv';
import type { Dataset, Defection } from '$lib/schema';
import { COLUMNS, placeIndex, recordToCells, type PlaceIndex } from './columns';
import { toCodesCsv } from './template-codes';
import { toSheetCsv } from './template-sheet';

export const TEMPLATE_FILE = 'data/templates/defections.csv';
export const SHEET_TEMPLATE_FILE = 'docs/templates/defections-sheet.csv';
export const CODES_FILE = 'docs/templates/codes.csv';
/** A record that shows most columns filled: named, located to the commune, dated to the day, with a quote and reactions. */
export const TEMPLATE_EXAMPLE_ID = 'ul-pov';

function exampleOf(defections: readonly Defection[]): Defection[] {
  const example = defections.find((record) => record.id === TEMPLATE_EXAMPLE_ID) ?? defections.find((record) => !record.retracted);
  return example ? [example] : [];
}

export function toTemplateCsv(defections: readonly Defection[], places: PlaceIndex): string {
  return formatCsv([COLUMNS.map((column) => column.name), ...exampleOf(defections).map((record) => recordToCells(record, places))]);
}

export function toSheetTemplateCsv(defections: readonly Defection[], places: PlaceIndex): string {
  return toSheetCsv(exampleOf(defections), places);
}

/** Every template file and what it holds, as the generator writes them (scripts/import/write-template.ts). */
export function templateFiles(data: Dataset): { file: string; text: string }[] {
  const places = placeIndex(data);
  return [
    { file: TEMPLATE_FILE, text: toTemplateCsv(data.defections, places) },
    { file: SHEET_TEMPLATE_FILE, text: toSheetTemplateCsv(data.defections, places) },
    { file: CODES_FILE, text: toCodesCsv(data) }
  ];
}
