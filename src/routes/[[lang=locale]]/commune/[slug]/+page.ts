import type { CommunePage } from '$lib/profiles/commune';
import { loadProfileFile } from '$lib/profiles/page-data';
import type { PageLoad } from './$types';

// Nothing on a commune page runs in the browser: prerendered HTML without the app, its data or its scripts.
// The header search is then the plain form that opens the search page.
export const csr = false;

export const load: PageLoad = ({ fetch, params }) =>
  loadProfileFile<CommunePage>(fetch, `/commune/${params.slug}/profile.json`, params.lang ?? 'en', `No commune has the address “${params.slug}”.`);
