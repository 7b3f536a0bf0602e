// The codes sheet that goes with the spreadsheet template: every value a coded column allows, with its meaning in
// English and Khmer. Built from the schema's vocabularies, their catalogue words and the reference lists of data/,
// so a code added to the schema or to data/ appears here with the next build.
import { formatCsv, neutraliseFormula } from '$lib/csv/csv';
import { en } from '$lib/i18n/messages/pages.en';
import { km } from '$lib/i18n/messages/pages.km';
import type { Dataset } from '$lib/schema';
import { VOCABULARIES, type VocabularyKey } from '$lib/schema/vocabulary';
import { SOURCE_LANGUAGES } from './template-sheet';

export const CODES_HEADER = ['column', 'code', 'label_en', 'definition_en', 'label_km', 'definition_km'] as const;

/** The vocabularies a defection row uses, with the template columns that hold them. */
const CODED_COLUMNS: readonly [VocabularyKey, string][] = [
  ['statuses', 'status'],
  ['roles', 'role'],
  ['reasonTags', 'reason_tags'],
  ['precisions', 'date_precision'],
  ['voices', 'reaction_N_voice'],
  ['stances', 'reaction_N_stance']
];

type Term = { label: string; description: string };

export function codesRows(data: Pick<Dataset, 'parties' | 'waves' | 'provinces'>): string[][] {
  const rows: string[][] = [];
  for (const [key, column] of CODED_COLUMNS) {
    const [english, khmer] = [en.data.vocabulary[key].terms as Record<string, Term>, km.data.vocabulary[key].terms as Record<string, Term>];
    for (const code of Object.keys(VOCABULARIES[key].terms)) {
      rows.push([column, code, english[code].label, english[code].description, khmer[code].label, khmer[code].description]);
    }
  }
  for (const code of SOURCE_LANGUAGES) rows.push(['source_N_language', code, en.vocabulary.languages[code], '', km.vocabulary.languages[code], '']);
  for (const party of data.parties) rows.push(['from_party, to_party', party.code, party.name, party.note ?? '', party.name_km ?? '', '']);
  for (const wave of data.waves) rows.push(['wave', wave.id, wave.title, wave.description, wave.title_km ?? '', '']);
  for (const province of data.provinces) rows.push(['province', province.code, province.name, province.aliases.join(' | '), province.name_km, '']);
  return rows;
}

/** codes.csv: one row per allowed value (districts and communes are in data/places/, and the form lists them). */
export function toCodesCsv(data: Pick<Dataset, 'parties' | 'waves' | 'provinces'>): string {
  return formatCsv([[...CODES_HEADER], ...codesRows(data).map((row) => row.map(neutraliseFormula))]);
}
