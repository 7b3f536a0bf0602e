// A province's profile in the path's language: what its page shows, as a static JSON file (see $lib/profiles/page-data).
import { error } from '@sveltejs/kit';
import { fromBuildThread, threadFileKey } from '$lib/server/build-thread';
import { provincePageFile } from '$lib/server/profile-files';
import { getProfileContext } from '$lib/server/profiles';
import { fileResponse, textFileResponse } from '$lib/server/responses';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = async ({ params }) => {
  const locale = params.lang ?? 'en';
  const sent = await fromBuildThread(threadFileKey.province(params.code, locale));
  if (sent) return fileResponse(sent, 'application/json');
  const body = provincePageFile(getProfileContext(), params.code, locale);
  if (body === undefined) error(404, `No province has the code “${params.code}”.`);
  return textFileResponse(body, 'application/json');
};
