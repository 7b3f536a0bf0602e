// A province's profile: a plain-language summary, its districts and communes with counts, its records, claims and refusals.
import { communeSlug } from '$lib/data/slug';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { Locator } from '$lib/server/geo';
import type { PlaceWords } from '$lib/i18n/messages/pages';
import { claimsAbout, type ClaimSummary } from './claims';
import type { ProfileContext } from './context';
import { byDate, summariseDefection, summariseRefusal, type RecordSummary } from './records';
import { placeTimeline, type PlaceTimeline } from './timeline';

export interface CommuneCount {
  name: string;
  nameKm: string;
  slug: string;
  /** Defection records placed in the commune (retracted ones left out). */
  records: number;
}

export interface DistrictEntry {
  code: string;
  name: string;
  nameKm: string;
  unit: string;
  /** Defection records placed in the district, with or without a commune. */
  records: number;
  communes: CommuneCount[];
}

export interface RecordCount {
  records: number;
  people: number;
}

export interface ProvinceProfile {
  province: { code: string; iso: string; name: string; nameKm: string; unit: string; aliases: string[] };
  summary: string[];
  counted: RecordCount;
  /** The first PROVINCE_RECORDS_SHOWN records by date (counts and the timeline use them all). */
  records: RecordSummary[];
  recordsTotal: number;
  refusals: RecordSummary[];
  districts: DistrictEntry[];
  claims: ClaimSummary[];
  timeline: PlaceTimeline;
}

/** What a province page renders: its profile and, where the province has a shape, the locator map. */
export interface ProvincePage {
  profile: ProvinceProfile;
  locator?: Locator;
}

export function countRecords(records: readonly RecordSummary[]): RecordCount {
  const counted = records.filter((record) => record.counted);
  return { records: counted.length, people: counted.reduce((sum, record) => sum + record.people, 0) };
}

function countBy(records: readonly RecordSummary[], key: (record: RecordSummary) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const value = key(record);
    if (!record.retracted && value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The sentences at the top of the page; they state the counting rule's effect instead of hiding it. */
export function provinceSummary(
  province: PlaceWords,
  records: readonly RecordSummary[],
  refusals: readonly RecordSummary[],
  claims: number,
  locale: Locale = 'en'
): string[] {
  const words = MESSAGES[locale].pages.provinceSummary;
  const counted = countRecords(records);
  const shown = records.filter((record) => !record.retracted);
  const uncounted = shown.length - counted.records;
  const retracted = records.length - shown.length;
  const sentences: string[] = [];
  if (counted.records === 0) {
    sentences.push(words.noneYet(province));
  } else {
    const located = records.filter((record) => record.counted && record.place.commune);
    const communes = new Set(located.map((record) => record.place.commune!.code)).size;
    sentences.push(words.has(province, counted.records, counted.people, located.length === counted.records ? communes : undefined));
    if (located.length > 0 && located.length < counted.records) sentences.push(words.someLocated(located.length));
    const dated = records.filter((record) => record.counted && record.start).sort(byDate);
    if (dated.length > 1) sentences.push(words.datedBetween(dated[0].date, dated.at(-1)!.date));
    else if (dated.length === 1) sentences.push(words.datedOn(dated[0].date));
  }
  if (uncounted > 0) sentences.push(words.disputed(uncounted));
  if (retracted > 0) sentences.push(words.retracted(retracted));
  const refused = refusals.filter((record) => record.certainty === 'refused').length;
  const pressed = refusals.length - refused;
  if (refused > 0) sentences.push(words.refused(refused));
  if (pressed > 0) sentences.push(words.pressed(pressed));
  if (claims > 0) sentences.push(words.claims(claims, province));
  return sentences;
}

/** Real provinces have tens of records; a synthetic 100,000-record set about 4,000 each, too many for one page. */
export const PROVINCE_RECORDS_SHOWN = 200;

const summariesByContext = new WeakMap<ProfileContext, Map<string, RecordSummary[]>>();

/**
 * A province's defections summarised in one language, oldest first; built once per build. The province's page and
 * each of its commune pages read them (about 4,000 per province at 100,000 records).
 */
export function provinceSummaries(ctx: ProfileContext, provinceCode: string, locale: Locale): readonly RecordSummary[] {
  let byKey = summariesByContext.get(ctx);
  if (!byKey) summariesByContext.set(ctx, (byKey = new Map()));
  const key = `${provinceCode}:${locale}`;
  let summaries = byKey.get(key);
  if (!summaries) {
    summaries = ctx.data.defections
      .filter((record) => record.place.province === provinceCode)
      .map((record) => summariseDefection(record, ctx, locale))
      .sort(byDate);
    byKey.set(key, summaries);
  }
  return summaries;
}

export function provinceProfile(ctx: ProfileContext, iso: string, locale: Locale = 'en'): ProvinceProfile | undefined {
  const province = ctx.places.provinceByIso.get(iso);
  if (!province) return undefined;
  const records = provinceSummaries(ctx, province.code, locale);
  const refusals = ctx.data.refusals
    .filter((record) => record.place.province === province.code)
    .map((record) => summariseRefusal(record, ctx, locale));
  const byDistrict = countBy(records, (record) => record.place.district?.code);
  const byCommune = countBy(records, (record) => record.place.commune?.code);
  const districts = (ctx.places.districtsOf.get(province.code) ?? []).map((district) => ({
    code: district.code,
    name: district.name,
    nameKm: district.name_km,
    unit: district.unit,
    records: byDistrict.get(district.code) ?? 0,
    communes: (ctx.places.communesOf.get(district.code) ?? []).map((commune) => ({
      name: commune.name,
      nameKm: commune.name_km,
      slug: communeSlug(commune),
      records: byCommune.get(commune.code) ?? 0
    }))
  }));
  const claims = claimsAbout(ctx.data.tallies, province, locale);
  const place = { code: province.code, iso: province.iso, name: province.name, nameKm: province.name_km, unit: province.unit, aliases: province.aliases };
  return {
    province: place,
    summary: provinceSummary(place, records, refusals, claims.length, locale),
    counted: countRecords(records),
    records: records.slice(0, PROVINCE_RECORDS_SHOWN),
    recordsTotal: records.length,
    refusals,
    districts,
    claims,
    timeline: placeTimeline(records, ctx.data.events, locale)
  };
}
