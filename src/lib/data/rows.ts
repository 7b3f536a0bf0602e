// Flattens validated records into the rows the dashboard filters, counts and lists (no nested lookups at run time).
import { defectionInterval } from './dates';
import { communeSlug } from './slug';
import { memo } from '$lib/memo';
import { compact, normaliseForSearch } from '$lib/search/normalise';
// The vocabulary module, not $lib/schema: the dashboard imports this file, and the schemas would pull zod into its bundle.
import { codesOf, REACTION_VOICES, REASON_TAGS, STANCES } from '$lib/schema/vocabulary';
import type { Dataset, DatePrecision, Defection, ReasonTag, Role, Stance, Status } from '$lib/schema';

/** Who a reaction is from: constituents (voters, residents), a party's official, or the defector on how people reacted. */
export const VOICES: readonly Defection['reactions'][number]['voice'][] = codesOf(REACTION_VOICES);
export type Voice = (typeof VOICES)[number];

/** A kind of reaction: who reacted and how, e.g. "party:critical". */
export type ReactionKind = `${Voice}:${Stance}`;
/** Every kind of reaction, by voice then stance in vocabulary order. */
export const REACTION_KINDS: readonly ReactionKind[] = VOICES.flatMap((voice) => (Object.keys(STANCES) as Stance[]).map((stance) => `${voice}:${stance}` as const));
export const voiceOf = (kind: ReactionKind) => kind.slice(0, kind.indexOf(':')) as Voice;
export const stanceOf = (kind: ReactionKind) => kind.slice(kind.indexOf(':') + 1) as Stance;

export interface DefectionRow {
  id: string;
  /** Display name: the reported name, the Khmer name, or a description for unnamed people. */
  name: string;
  nameKm?: string;
  romanisationTentative: boolean;
  /** Our tentative romanisation of a Khmer `name`, shown beside it; absent when the Latin name is a source's. */
  romanisation?: string;
  unnamed: boolean;
  people: number;
  role: Role;
  roleInSource: string;
  /** Empty when no source names the province. */
  province: string;
  provinceIso: string;
  provinceName: string;
  /** The province's name in Khmer script; '' when no source names the province. */
  provinceNameKm: string;
  district?: string;
  districtName?: string;
  commune?: string;
  communeName?: string;
  communeNameKm?: string;
  communeSlug?: string;
  placeAsReported?: string;
  dateValue?: string;
  datePrecision: DatePrecision;
  /** First and last possible day; absent when no source dates it. */
  start?: string;
  end?: string;
  fromParty: string;
  toParty: string;
  tags: ReasonTag[];
  /** The kinds of reaction its sources record, in REACTION_KINDS order. */
  reactions: readonly ReactionKind[];
  status: Status;
  sourceCount: number;
  wave: string;
  retracted: boolean;
  /** The commune's other names (aliases, not its Khmer name), '' when none: the same string for every row of a commune. */
  communeAliases: string;
  /** Record text only search uses: other spellings, the reason quote, reactions. */
  searchExtra: string;
  /**
   * The row's own part of what free-text search matches (name, spellings, quotes), normalised (normaliseForSearch);
   * built on the first search (searchTextOf). Its place's part is shared by every row of the place (placeSearchTextOf).
   */
  searchText?: string;
  /** Its place's search text (placeSearchTextOf), kept once built: the same string for every row of the place. */
  placeSearchText?: string;
}

/**
 * The row's own search text, built from its fields the first time a search runs and kept on it. The dashboard's
 * download leaves it out: it is rebuilt from the name and quote columns.
 */
export function searchTextOf(row: DefectionRow): string {
  return (row.searchText ??= ownSearchText([row.unnamed ? '' : row.name, row.nameKm, row.romanisation, row.searchExtra]));
}

const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' | ');
/** A row's own search text from its name, Khmer name, romanisation and searchExtra (the dashboard's index builds it from columns). */
export const ownSearchText = (parts: (string | undefined)[]) => normaliseForSearch(joined(parts));

// A place's search text is the same for each of its rows: normalised once per place, not once per row. Kept apart from
// the row's own text, so a search tests it once per place (RowIndex), not once per row. A name of several words is
// in it joined up too ("Siem Reap" as "siemreap"), as sources write either form; the site search meets them the same
// way (compact).
const normalisedPlace = memo((names: string) => {
  const spellings = names.split(' | ').map(normaliseForSearch);
  return [...spellings, ...spellings.filter((name) => name.includes(' ')).map(compact)].join(' ');
});
/** A place's search text from its commune's names, the place as reported, its district's and province's names. */
export const placeSearchText = (names: (string | undefined)[]) => normalisedPlace(joined(names));
export const placeSearchTextOf = (row: DefectionRow): string =>
  (row.placeSearchText ??= placeSearchText([row.communeName, row.communeNameKm, row.communeAliases, row.placeAsReported, row.districtName, row.provinceName, row.provinceNameKm]));

/** Whether a search term (normalised, no spaces) is in the row's own text or its place's. */
export const matchesSearchTerm = (row: DefectionRow, term: string): boolean => searchTextOf(row).includes(term) || placeSearchTextOf(row).includes(term);

export function toDefectionRows(data: Dataset): DefectionRow[] {
  const provinces = new Map(data.provinces.map((p) => [p.code, p]));
  const districts = new Map(data.districts.map((d) => [d.code, d]));
  const communes = new Map(data.communes.map((c) => [c.code, c]));
  return data.defections.map((record) => {
    const province = record.place.province ? provinces.get(record.place.province) : undefined;
    const district = record.place.district ? districts.get(record.place.district) : undefined;
    const commune = record.place.commune ? communes.get(record.place.commune) : undefined;
    const interval = defectionInterval(record.date);
    const { person } = record;
    const unnamed = !person.name && !person.name_km;
    const name = person.romanisation_tentative
      ? (person.name_km ?? person.name ?? '')
      : (person.name ?? person.name_km ?? `Unnamed ${record.role_in_source}`);
    const searchExtra = [
      ...person.other_spellings,
      record.reason.quote?.text,
      // The reason in our words names what the quotes may not ("Kem Sokha" in a summary of why they left).
      record.reason.summary,
      ...record.reactions.map((reaction) => `${reaction.speaker ?? ''} ${reaction.quote ?? ''}`.trim())
    ];
    return {
      id: record.id,
      name,
      nameKm: person.name_km,
      romanisationTentative: person.romanisation_tentative,
      romanisation: person.romanisation_tentative && person.name_km ? person.name : undefined,
      unnamed,
      people: record.people,
      role: record.role,
      roleInSource: record.role_in_source,
      province: record.place.province ?? '',
      provinceIso: province?.iso ?? '',
      provinceName: province?.name ?? '',
      provinceNameKm: province?.name_km ?? '',
      district: district?.code,
      districtName: district?.name,
      commune: commune?.code,
      communeName: commune?.name,
      communeNameKm: commune?.name_km,
      communeSlug: commune ? communeSlug(commune) : undefined,
      placeAsReported: record.place.as_reported,
      dateValue: record.date.value,
      datePrecision: record.date.precision,
      start: interval?.start,
      end: interval?.end,
      fromParty: record.from_party,
      toParty: record.to_party,
      // Vocabulary order, so equal sets compare equal however the record lists them.
      tags: (Object.keys(REASON_TAGS) as ReasonTag[]).filter((tag) => record.reason.tags.includes(tag)),
      // Typed, so a voice the schema gains and VOICES lacks fails type-checking here.
      reactions: REACTION_KINDS.filter((kind) => record.reactions.some((reaction) => `${reaction.voice satisfies Voice}:${reaction.stance}` === kind)),
      status: record.status,
      sourceCount: record.sources.length,
      wave: record.wave,
      retracted: Boolean(record.retracted),
      communeAliases: commune ? commune.aliases.join(' | ') : '',
      searchExtra: searchExtra.filter(Boolean).join(' | ')
    };
  });
}
