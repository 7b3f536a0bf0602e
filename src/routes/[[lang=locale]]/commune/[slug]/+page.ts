// The page renders its commune's profile.json (see there for why it is a file of its own, not a server load).
import { error } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n/locale';
import type { CommunePage } from '$lib/profiles/commune';
import type { PageLoad } from './$types';

// Nothing on a commune page runs in the browser: prerendered HTML without the app, its data or its scripts.
// The header search is then the plain form that opens the search page.
export const csr = false;

export const load: PageLoad = async ({ fetch, params }) => {
  const response = await fetch(localizeHref(`/commune/${params.slug}/profile.json`, params.lang ?? 'en'));
  if (!response.ok) error(404, `No commune has the address “${params.slug}”.`);
  return (await response.json()) as CommunePage;
};
