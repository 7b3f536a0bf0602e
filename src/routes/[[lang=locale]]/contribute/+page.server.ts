// /contribute/: the form's reference lists that are small enough to travel in the page (parties, waves, provinces);
// districts and communes come from places.json when the page has loaded.
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getDataset } from '$lib/server/dataset';
import { SITE } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage([{}]));

/** The value most records have, so the form starts where most records are (e.g. the parties of the main wave). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export const load: PageServerLoad = () => {
  const data = getDataset();
  return {
    defaults: {
      wave: (data.waves.find((wave) => wave.default) ?? data.waves[0])?.id ?? '',
      from_party: mostCommon(data.defections.map((record) => record.from_party)),
      to_party: mostCommon(data.defections.map((record) => record.to_party))
    },
    parties: data.parties,
    waves: data.waves,
    provinces: data.provinces.map(({ code, iso, name, name_km, unit }) => ({ code, iso, name, name_km, unit })),
    repositoryUrl: SITE.repositoryUrl,
    correctionsUrl: SITE.correctionsUrl
  };
};
