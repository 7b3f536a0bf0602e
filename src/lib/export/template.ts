// The import template (data/templates/defections.csv): the export's header and one real record as an example row.
import { formatCsv } from '$lib/csv/csv';
import type { Defection } from '$lib/schema';
import { COLUMNS, recordToCells, type PlaceIndex } from './columns';

export const TEMPLATE_FILE = 'data/templates/defections.csv';
/** A record that shows most columns filled: named, located to the commune, dated to the day, with a quote and reactions. */
export const TEMPLATE_EXAMPLE_ID = 'ul-pov';

export function toTemplateCsv(defections: readonly Defection[], places: PlaceIndex): string {
  const example = defections.find((record) => record.id === TEMPLATE_EXAMPLE_ID) ?? defections.find((record) => !record.retracted);
  return formatCsv([COLUMNS.map((column) => column.name), ...(example ? [recordToCells(example, places)] : [])]);
}
