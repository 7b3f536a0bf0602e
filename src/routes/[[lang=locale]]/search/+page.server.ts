import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getProfileContext } from '$lib/server/profiles';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage([{}]));

/** Only the province list, for browsing when the search cannot run. */
export const load: PageServerLoad = () => ({
  provinces: getProfileContext().data.provinces.map(({ iso, name, name_km }) => ({ iso, name, nameKm: name_km }))
});
