import { loadProfileFile } from '$lib/profiles/page-data';
import type { ProvincePage } from '$lib/profiles/province';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch, params }) =>
  loadProfileFile<ProvincePage>(fetch, `/province/${params.code}/profile.json`, params.lang ?? 'en', `No province has the code “${params.code}”.`);
