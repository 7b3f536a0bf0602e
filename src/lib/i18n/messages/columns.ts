// The columns of defections.csv that the data page documents, by name: the keys of each language's column descriptions
// (columns.km.ts), so a column without its translation is a compile error. The list must equal the names in
// $lib/export/columns.ts, in order (columns.test.ts): a column added there fails that test until it is added here, and
// then fails the type check until every language describes it. English pages show $lib/export's own descriptions,
// which datapackage.json also carries.
import type { ColumnType } from '$lib/export/columns';

export const COLUMN_NAMES = [
  'id',
  'wave',
  'status',
  'person_name',
  'person_name_km',
  'person_romanisation_tentative',
  'person_other_spellings',
  'person_age_years',
  'person_age_as_of',
  'people',
  'role',
  'role_in_source',
  'province',
  'province_name',
  'district',
  'district_name',
  'commune',
  'commune_name',
  'place_as_reported',
  'place_note',
  'date_value',
  'date_precision',
  'date_not_before',
  'date_not_after',
  'date_note',
  'from_party',
  'to_party',
  'reason_summary',
  'reason_tags',
  'reason_quote_text',
  'reason_quote_speaker',
  'context',
  'notes',
  'sources',
  'reactions',
  'retracted_date',
  'retracted_reason'
] as const;

export type ColumnName = (typeof COLUMN_NAMES)[number];

/** A column's description in one language: prose, with column names, files and codes as `code`. */
export type ColumnDescriptions = Record<ColumnName, string>;

/** The Table Schema types the page names in words (a list, and a JSON list, have words of their own). */
export type TypeNames = Record<Exclude<ColumnType, 'array'>, string>;
