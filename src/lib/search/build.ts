// Builds the compact search index at build time: every province, district, commune and, on small datasets, person page.
// The index is the same for both languages: its urls are English paths and its details are codes, which the browser
// words per page.
import { districtAnchor } from '$lib/data/places';
import { communeSlug } from '$lib/data/slug';
import type { ProfileContext } from '$lib/profiles/context';
import { allSpellings, displayName } from '$lib/profiles/describe';
import { PERSON_PAGES_PRERENDERED, personHref } from '$lib/profiles/person-href';
import { placeName, placeRef } from '$lib/profiles/records';
import type { Defection, Refusal } from '$lib/schema';
import { normaliseQuery } from './normalise';
import { personDetail, type SearchEntry } from './search';

/** Other spellings, normalised, without the ones the label already gives. */
function aliasField(label: string, spellings: readonly string[]): string {
  const own = normaliseQuery(label);
  return [...new Set(spellings.map(normaliseQuery))].filter((alias) => alias && alias !== own).join('|');
}

/**
 * Defection records not retracted, by the code of each place they lie in (province, district and commune codes do not
 * collide: 2, 4 and 6 digits), as the province pages count a commune's records.
 */
function recordsByPlace(defections: readonly Defection[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { place, retracted } of defections) {
    if (retracted) continue;
    for (const code of [place.province, place.district, place.commune]) if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/**
 * `people`: whether each record gets an entry. Only while the dataset is small (when each person has a prerendered page):
 * 100,000 people would make an index of megabytes that every visitor downloads on their first search; at that scale
 * the dashboard's text filter finds people.
 */
export function buildSearchIndex(ctx: ProfileContext, { people = PERSON_PAGES_PRERENDERED }: { people?: boolean } = {}): SearchEntry[] {
  const records = recordsByPlace(ctx.data.defections);
  const entries: SearchEntry[] = [];
  const at = new Map<string, number>();
  const add = (key: string, entry: SearchEntry) => {
    at.set(key, entries.length);
    entries.push(entry);
  };
  for (const province of ctx.data.provinces) {
    add(`p${province.code}`, ['p', province.name, province.name_km, aliasField(province.name, province.aliases), `/province/${province.iso}/`, -1, province.unit === 'Capital' ? 'capital' : '', records.get(province.code) ?? 0]);
  }
  for (const district of ctx.data.districts) {
    const province = ctx.places.provinceByCode.get(district.province)!;
    add(`d${district.code}`, [
      'd',
      district.name,
      district.name_km,
      aliasField(district.name, district.aliases),
      `/province/${province.iso}/#${districtAnchor(district.code)}`,
      at.get(`p${district.province}`) ?? -1,
      district.unit.toLowerCase(),
      records.get(district.code) ?? 0
    ]);
  }
  for (const commune of ctx.data.communes) {
    add(`c${commune.code}`, ['c', commune.name, commune.name_km, aliasField(commune.name, commune.aliases), `/commune/${communeSlug(commune)}/`, at.get(`d${commune.district}`) ?? -1, commune.unit.toLowerCase(), records.get(commune.code) ?? 0]);
  }
  const addPerson = (record: Defection | Refusal, detail: string) => {
    const place = placeRef(record.place, ctx);
    const name = displayName(record, placeName(place));
    const label = name.romanisationTentative ? `${name.primary} (${name.secondary})` : name.primary;
    // Unnamed people get a Khmer description, which Khmer pages show and Khmer queries ("មេឃុំ") find.
    const labelKm = record.person.name_km ?? (name.named ? '' : displayName(record, placeName(place, 'km'), 'km').primary);
    const parent = record.place.commune ? `c${record.place.commune}` : record.place.district ? `d${record.place.district}` : `p${record.place.province}`;
    entries.push(['r', label, labelKm, aliasField(label, allSpellings(record.person)), personHref(record.id), at.get(parent) ?? -1, detail]);
  };
  if (!people) return entries;
  for (const record of ctx.data.defections) addPerson(record, personDetail(record.role, record.retracted ? 'retracted' : undefined));
  for (const record of ctx.data.refusals) addPerson(record, personDetail(record.role, 'refusal'));
  return entries;
}
