// The header search's index, written once at build time (see $lib/search/build for the format).
import { json } from '@sveltejs/kit';
import { buildSearchIndex } from '$lib/search/build';
import { getProfileContext } from '$lib/server/profiles';
import { caseSearchEntries } from '$lib/server/case-page';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
  return json([...buildSearchIndex(getProfileContext()), ...caseSearchEntries()]);
}
