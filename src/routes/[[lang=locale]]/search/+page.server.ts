import { getProfileContext } from '$lib/server/profiles';
import type { PageServerLoad } from './$types';

/** Only the province list, for browsing when the search cannot run. */
export const load: PageServerLoad = () => ({
  provinces: getProfileContext().data.provinces.map(({ iso, name, name_km }) => ({ iso, name, nameKm: name_km }))
});
