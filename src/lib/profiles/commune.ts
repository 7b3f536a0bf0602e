// A commune's profile: a short article built from its records, or, where there are none, its district's and province's picture.
import { communeSlug } from '$lib/data/slug';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { LeadRecord, PlaceWords } from '$lib/i18n/messages/pages';
import type { Commune, Defection } from '$lib/schema';
import type { Locator } from '$lib/server/geo';
import { normaliseQuery } from '$lib/search/normalise';
import { claimsAbout } from './claims';
import type { ProfileContext } from './context';
import { englishRoleInSource, plainName } from './describe';
import { countRecords, type CommuneCount, type RecordCount } from './province';
import {
  byDate,
  detailDefection,
  detailRefusal,
  knownDays,
  placeLabel,
  SourceList,
  summariseDefection,
  type CitedSource,
  type RecordDetail,
  type RecordSummary,
  type RefusalDetail
} from './records';

export interface CommuneProfile {
  commune: { code: string; name: string; nameKm: string; unit: string; slug: string; aliases: string[] };
  district: { code: string; name: string; nameKm: string; unit: string };
  province: { code: string; iso: string; name: string; nameKm: string; unit: string };
  /** The opening paragraph. */
  lead: string;
  /** The first COMMUNE_RECORDS_SHOWN records by date, in full. */
  records: RecordDetail[];
  /** How many records the commune has (the lead counts them all). */
  recordsTotal: number;
  refusals: RefusalDetail[];
  /** Known context for the commune (e.g. the June 2017 seat split), one entry per distinct text. */
  contexts: string[];
  sources: CitedSource[];
  /** Records elsewhere in the same district, including those that name only the district: the first DISTRICT_RECORDS_SHOWN by date. */
  districtRecords: RecordSummary[];
  districtRecordsTotal: number;
  provincePicture: {
    counted: RecordCount;
    /** Other communes of the province with records. */
    communesWithRecords: (CommuneCount & { district: string })[];
    /** Claimed tallies that mention the province: listed on the province page. */
    claims: number;
  };
  /** The other communes of the same district. */
  neighbours: CommuneCount[];
  /** Communes elsewhere with the same name, so a reader who landed on the wrong one can find theirs. */
  namesakes: { name: string; nameKm: string; slug: string; district: string; province: string }[];
}

/** What a commune page renders: its profile and, where the province has a shape, the locator map. */
export interface CommunePage {
  profile: CommuneProfile;
  locator?: Locator;
}

/** One record as the lead names it, in the page's language. */
function leadRecord(record: RecordDetail, locale: Locale): LeadRecord {
  return {
    named: record.name.named,
    name: plainName(record.name, locale),
    role: record.roleNoun,
    groupWording: englishRoleInSource(record.roleInSource),
    people: record.people,
    date: record.datePhrase,
    from: record.fromParty,
    to: record.toParty
  };
}

/** The opening paragraph: what is recorded here, in sentences a resident can read aloud. */
export function communeLead(commune: PlaceWords, records: readonly RecordDetail[], refusals: readonly RefusalDetail[], locale: Locale = 'en'): string {
  const words = MESSAGES[locale].pages.communeLead;
  const shown = records.filter((record) => !record.retracted);
  const sentences: string[] = [];
  if (shown.length === 0) {
    sentences.push(words.none(commune));
  } else if (shown.length === 1) {
    sentences.push(words.one(commune, leadRecord(shown[0], locale)));
  } else {
    sentences.push(words.many(commune, shown.map((record) => leadRecord(record, locale))));
    const moves = new Set(shown.map((record) => `${record.fromParty.code}>${record.toParty.code}`));
    if (moves.size === 1) sentences.push(words.sameMove(shown[0].fromParty, shown[0].toParty));
  }
  const uncounted = shown.filter((record) => !record.counted).length;
  if (uncounted > 0) {
    sentences.push(uncounted < shown.length ? words.disputedSome(uncounted) : shown.length === 1 ? words.disputedOne : words.disputedAll);
  }
  const retracted = records.length - shown.length;
  if (retracted > 0) sentences.push(words.retracted(retracted));
  const refused = refusals.filter((record) => record.certainty === 'refused');
  if (refused.length > 0) sentences.push(words.refused(refused.map((record) => plainName(record.name, locale))));
  return sentences.join(' ');
}

/**
 * Real communes have a handful of records, and their pages list every one. A synthetic 100,000-record set puts about 60
 * in each commune and 500 in each district, which made 3,292 pages of up to a megabyte each: pages show this many,
 * then say how many more there are and where to see them all (the dashboard, the downloads).
 */
export const COMMUNE_RECORDS_SHOWN = 100;
export const DISTRICT_RECORDS_SHOWN = 50;

interface CommuneLookups {
  /** Communes grouped by folded name (Champei in Kampot and in Takeo). */
  byName: Map<string, Commune[]>;
  /** Defections by commune code and by province code, in dataset order. */
  inCommune: Map<string, Defection[]>;
  inProvince: Map<string, Defection[]>;
  /** Each province's records as its commune pages show them, per language ("KH-3:km"). */
  provinceViews: Map<string, ProvinceView>;
}

/** What every commune page of a province reads about the province and its districts. */
interface ProvinceView {
  counted: RecordCount;
  /** Records not retracted, by district code, oldest first. */
  byDistrict: Map<string, RecordSummary[]>;
  /** Records not retracted, counted by commune code. */
  byCommune: Map<string, number>;
}

const lookupsByContext = new WeakMap<ProfileContext, CommuneLookups>();

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Built once per build: 3,292 commune pages each scanning every record (and summarising its province's) made commune
 * pages the slowest part of a 100,000-record build.
 */
function communeLookups(ctx: ProfileContext): CommuneLookups {
  let lookups = lookupsByContext.get(ctx);
  if (!lookups) {
    lookups = { byName: new Map(), inCommune: new Map(), inProvince: new Map(), provinceViews: new Map() };
    for (const commune of ctx.data.communes) pushTo(lookups.byName, normaliseQuery(commune.name), commune);
    for (const record of ctx.data.defections) {
      if (record.place.commune) pushTo(lookups.inCommune, record.place.commune, record);
      if (record.place.province) pushTo(lookups.inProvince, record.place.province, record);
    }
    lookupsByContext.set(ctx, lookups);
  }
  return lookups;
}

/** Built once per province and language: each commune page used to filter, sort and count its whole province. */
function provinceView(ctx: ProfileContext, province: string, locale: Locale): ProvinceView {
  const { inProvince, provinceViews } = communeLookups(ctx);
  const key = `${province}:${locale}`;
  let view = provinceViews.get(key);
  if (!view) {
    const summaries = (inProvince.get(province) ?? []).map((record) => summariseDefection(record, ctx, locale));
    const notRetracted = summaries.filter((record) => !record.retracted);
    view = { counted: countRecords(summaries), byDistrict: new Map(), byCommune: new Map() };
    for (const record of [...notRetracted].sort(byDate)) if (record.place.district) pushTo(view.byDistrict, record.place.district.code, record);
    for (const { place } of notRetracted) if (place.commune) view.byCommune.set(place.commune.code, (view.byCommune.get(place.commune.code) ?? 0) + 1);
    provinceViews.set(key, view);
  }
  return view;
}

export function communeProfile(ctx: ProfileContext, slug: string, locale: Locale = 'en'): CommuneProfile | undefined {
  const commune = ctx.places.communeBySlug.get(slug);
  if (!commune) return undefined;
  const district = ctx.places.districtByCode.get(commune.district)!;
  const province = ctx.places.provinceByCode.get(district.province)!;
  const sources = new SourceList(locale);
  const lookups = communeLookups(ctx);
  const inCommune = lookups.inCommune.get(commune.code) ?? [];
  // Every record counts in the lead; the page shows the first by date and cites their sources, numbered in dataset order.
  const oldestFirst = inCommune.map((record) => ({ record, id: record.id, start: knownDays(record.date).start })).sort(byDate);
  const shown = new Set(oldestFirst.slice(0, COMMUNE_RECORDS_SHOWN).map(({ id }) => id));
  const records = inCommune
    .filter((record) => shown.has(record.id))
    .map((record) => detailDefection(record, ctx, sources))
    .sort(byDate);
  const all = [...records, ...oldestFirst.slice(COMMUNE_RECORDS_SHOWN).map(({ record }) => detailDefection(record, ctx, new SourceList(locale)))];
  const refusals = ctx.data.refusals
    .filter((record) => record.place.commune === commune.code)
    .map((record) => detailRefusal(record, ctx, sources));
  const contexts = [...new Set(records.map((record) => record.context).filter((text): text is string => Boolean(text)))];

  const view = provinceView(ctx, province.code, locale);
  const districtRecords = (view.byDistrict.get(district.code) ?? []).filter((record) => record.place.commune?.code !== commune.code);
  const recordsByCommune = view.byCommune;
  const communesWithRecords = [...recordsByCommune]
    .filter(([code]) => code !== commune.code)
    .map(([code, count]) => {
      const other = ctx.places.communeByCode.get(code)!;
      const { name, name_km, unit } = ctx.places.districtByCode.get(other.district)!;
      return { name: other.name, nameKm: other.name_km, slug: communeSlug(other), records: count, district: placeLabel({ name, nameKm: name_km, unit }, locale) };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const neighbours = (ctx.places.communesOf.get(district.code) ?? [])
    .filter((other) => other.code !== commune.code)
    .map((other) => ({ name: other.name, nameKm: other.name_km, slug: communeSlug(other), records: recordsByCommune.get(other.code) ?? 0 }));

  const namesakes = (lookups.byName.get(normaliseQuery(commune.name)) ?? [])
    .filter((other) => other.code !== commune.code)
    .map((other) => {
      const otherDistrict = ctx.places.districtByCode.get(other.district)!;
      const otherProvince = ctx.places.provinceByCode.get(otherDistrict.province)!;
      return {
        name: other.name,
        nameKm: other.name_km,
        slug: communeSlug(other),
        district: placeLabel({ name: otherDistrict.name, nameKm: otherDistrict.name_km, unit: otherDistrict.unit }, locale),
        province: placeLabel({ name: otherProvince.name, nameKm: otherProvince.name_km, unit: otherProvince.unit }, locale)
      };
    });

  return {
    commune: { code: commune.code, name: commune.name, nameKm: commune.name_km, unit: commune.unit, slug, aliases: commune.aliases },
    district: { code: district.code, name: district.name, nameKm: district.name_km, unit: district.unit },
    province: { code: province.code, iso: province.iso, name: province.name, nameKm: province.name_km, unit: province.unit },
    lead: communeLead({ name: commune.name, nameKm: commune.name_km, unit: commune.unit }, all, refusals, locale),
    records,
    recordsTotal: all.length,
    refusals,
    contexts,
    sources: sources.sources,
    districtRecords: districtRecords.slice(0, DISTRICT_RECORDS_SHOWN),
    districtRecordsTotal: districtRecords.length,
    provincePicture: { counted: view.counted, communesWithRecords, claims: claimsAbout(ctx.data.tallies, province, locale).length },
    neighbours,
    namesakes
  };
}
