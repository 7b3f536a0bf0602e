// A commune's profile in the path's language: what its page shows, as a static JSON file (see $lib/profiles/page-data).
import { error } from '@sveltejs/kit';
import { communeProfile, type CommunePage } from '$lib/profiles/commune';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import { jsonFileResponse } from '$lib/server/responses';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ params }) => {
  const profile = communeProfile(getProfileContext(), params.slug, params.lang ?? 'en');
  if (!profile) error(404, `No commune has the address “${params.slug}”.`);
  return jsonFileResponse({ profile, locator: locatorFor(profile.province.iso) } satisfies CommunePage);
};
