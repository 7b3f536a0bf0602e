// datapackage.json: a Frictionless Tabular Data Package describing defections.csv, built from the same column table.
import type { Dataset } from '$lib/schema';
import { SITE } from '$lib/site';
import { COLUMNS, LIST_JOINER, type Column } from './columns';
import type { TableSchemaField, TabularDataPackage } from './datapackage-schema';
import { formatJson } from './json';
import type { ExportMeta } from './meta';

export const CSV_FILE = 'defections.csv';

function toField(column: Column, codes: Readonly<Record<string, readonly string[]>>): TableSchemaField {
  const values = codes[column.name] ?? column.values;
  const constraints = {
    ...(column.required && { required: true }),
    ...(column.name === 'id' && { unique: true }),
    ...(column.pattern && { pattern: column.pattern }),
    // A list cell holds several codes, so its values are documented rather than enumerated.
    ...(values && !column.list && { enum: [...values] })
  };
  return {
    name: column.name,
    type: column.type,
    description: column.list && values ? `${column.description} Codes: ${values.join(', ')}.` : column.description,
    ...(column.type === 'boolean' && { trueValues: ['true'], falseValues: ['false'] }),
    ...(Object.keys(constraints).length > 0 && { constraints })
  };
}

/** The licence as a Data Package lists it. */
function packageLicences(meta: ExportMeta): TabularDataPackage['licenses'] {
  return [{ name: meta.licence.id ?? meta.licence.name.replace(/\s+/g, '-'), ...(meta.licence.url && { path: meta.licence.url }), title: meta.licence.name }];
}

/** How every published CSV is written (see $lib/csv/csv formatCsv and ./csv csvComments). */
const CSV_DIALECT = { delimiter: ',', doubleQuote: true, quoteChar: '"', lineTerminator: '\n', header: true, commentChar: '#', skipInitialSpace: false } as const;

export function toDatapackageDescriptor(data: Pick<Dataset, 'waves' | 'parties'>, meta: ExportMeta): TabularDataPackage & { citation: string } {
  const parties = data.parties.map((party) => party.code);
  const codes = { wave: data.waves.map((wave) => wave.id), from_party: parties, to_party: parties };
  return csvPackage(meta, {
    name: 'defection-tracker',
    title: `${SITE.name}: defection records`,
    description: `${SITE.tagline}. One row per defection record; lists in a cell are joined with "${LIST_JOINER}", sources and reactions are JSON lists. The full records, parties, places, tallies and events are in defections.json.`,
    resource: { name: 'defections', path: CSV_FILE, title: 'Defection records', fields: COLUMNS.map((column) => toField(column, codes)) }
  });
}

/** A data package of one CSV file with its schema (every export's CSV: Cambodia's records, each case's switches). */
export function csvPackage(
  meta: ExportMeta,
  { name, title, description, resource }: { name: string; title: string; description: string; resource: { name: string; path: string; title: string; fields: TableSchemaField[] } }
): TabularDataPackage & { citation: string } {
  return {
    profile: 'tabular-data-package',
    name,
    title,
    description,
    homepage: meta.url,
    created: meta.generated,
    licenses: packageLicences(meta),
    citation: meta.citation,
    resources: [
      {
        profile: 'tabular-data-resource',
        name: resource.name,
        path: resource.path,
        title: resource.title,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { ...CSV_DIALECT },
        schema: { fields: resource.fields, primaryKey: 'id', missingValues: [''] }
      }
    ]
  };
}

export function toDatapackage(data: Pick<Dataset, 'waves' | 'parties'>, meta: ExportMeta): string {
  return formatJson(toDatapackageDescriptor(data, meta));
}
