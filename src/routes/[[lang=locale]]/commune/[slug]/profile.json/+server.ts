// A commune's profile in the path's language: what its page shows, as a static JSON file (see $lib/profiles/page-data).
import { threadFileKey } from '$lib/server/build-thread-inbox';
import { communePageFile } from '$lib/server/profile-files';
import { profileFileResponse } from '$lib/server/profile-response';
import { getProfileContext } from '$lib/server/profiles';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ params }) => {
  const locale = params.lang ?? 'en';
  return profileFileResponse(
    threadFileKey.commune(params.slug, locale),
    () => communePageFile(getProfileContext(), params.slug, locale),
    `No commune has the address “${params.slug}”.`
  );
};
