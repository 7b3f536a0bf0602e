// A province's profile in the path's language: what its page shows, as a static JSON file (see $lib/profiles/page-data).
import { error } from '@sveltejs/kit';
import { provinceProfile, type ProvincePage } from '$lib/profiles/province';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import { jsonFileResponse } from '$lib/server/responses';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ params }) => {
  const profile = provinceProfile(getProfileContext(), params.code, params.lang ?? 'en');
  if (!profile) error(404, `No province has the code “${params.code}”.`);
  return jsonFileResponse({ profile, locator: locatorFor(profile.province.iso) } satisfies ProvincePage);
};
