// A commune's profile in the path's language: what its page shows, as a static JSON file.
// A server load would be serialised twice per page by SvelteKit (into the HTML and into __data.json, both with
// devalue) and hashed for the CSP: at 3,292 pages of up to 100 records, that was a third of a 100,000-record build.
import { error } from '@sveltejs/kit';
import { communeProfile, type CommunePage } from '$lib/profiles/commune';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import { textFileResponse } from '$lib/server/responses';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ params }) => {
  const profile = communeProfile(getProfileContext(), params.slug, params.lang ?? 'en');
  if (!profile) error(404, `No commune has the address “${params.slug}”.`);
  // Not SvelteKit's json(): it encodes the whole body once more just to set content-length.
  return textFileResponse(JSON.stringify({ profile, locator: locatorFor(profile.province.iso) } satisfies CommunePage), 'application/json');
};
