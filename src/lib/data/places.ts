// Lookups over Cambodia's provinces, districts and communes, built once per build from the dataset.
import type { Commune, Dataset, District, Province } from '$lib/schema';
import { communeSlug } from './slug';

export interface PlaceIndex {
  provinceByCode: Map<string, Province>;
  provinceByIso: Map<string, Province>;
  districtByCode: Map<string, District>;
  communeByCode: Map<string, Commune>;
  communeBySlug: Map<string, Commune>;
  districtsOf: Map<string, District[]>;
  communesOf: Map<string, Commune[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function indexPlaces(data: Pick<Dataset, 'provinces' | 'districts' | 'communes'>): PlaceIndex {
  return {
    provinceByCode: new Map(data.provinces.map((p) => [p.code, p])),
    provinceByIso: new Map(data.provinces.map((p) => [p.iso, p])),
    districtByCode: new Map(data.districts.map((d) => [d.code, d])),
    communeByCode: new Map(data.communes.map((c) => [c.code, c])),
    communeBySlug: new Map(data.communes.map((c) => [communeSlug(c), c])),
    districtsOf: groupBy(data.districts, (d) => d.province),
    communesOf: groupBy(data.communes, (c) => c.district)
  };
}

/** "Srak commune", "Stueng Saen municipality", "Phnom Penh": a place as a sentence names it. */
export function withUnit(place: { name: string; unit: string }): string {
  return place.unit === 'Capital' ? place.name : `${place.name} ${place.unit.toLowerCase()}`;
}

/** The id of a district's section on its province page, so search and links can point at it. */
export function districtAnchor(code: string): string {
  return `district-${code}`;
}
