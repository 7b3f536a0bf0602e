// A province's profile in the path's language: what its page shows, as a static JSON file (see $lib/profiles/page-data).
import { threadFileKey } from '$lib/server/build-thread-inbox';
import { provincePageFile } from '$lib/server/profile-files';
import { profileFileResponse } from '$lib/server/profile-response';
import { getProfileContext } from '$lib/server/profiles';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = ({ params }) => {
  const locale = params.lang ?? 'en';
  return profileFileResponse(
    threadFileKey.province(params.code, locale),
    () => provincePageFile(getProfileContext(), params.code, locale),
    `No province has the code “${params.code}”.`
  );
};
