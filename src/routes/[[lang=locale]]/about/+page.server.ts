import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getProfileContext } from '$lib/server/profiles';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage([{}]));

/** The outlets cited and how often, so readers see where the records come from; the provinces, to browse. */
export const load: PageServerLoad = () => {
  const { data } = getProfileContext();
  const citing = new Map<string, Set<string>>();
  for (const record of [...data.defections, ...data.refusals]) {
    for (const source of record.sources) {
      const outlet = source.outlet.replace(/\s*\(.*\)\s*$/, '');
      citing.set(outlet, (citing.get(outlet) ?? new Set()).add(record.id));
    }
  }
  return {
    outlets: [...citing]
      .map(([outlet, ids]) => ({ outlet, records: ids.size }))
      .sort((a, b) => b.records - a.records || a.outlet.localeCompare(b.outlet)),
    counts: { defections: data.defections.length, refusals: data.refusals.length, tallies: data.tallies.length, communes: data.communes.length },
    provinces: data.provinces.map(({ iso, name, name_km }) => ({ iso, name, nameKm: name_km }))
  };
};
