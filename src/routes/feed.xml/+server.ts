// The corrections log as an Atom feed.
import { feedResponse } from '$lib/export/files.server';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
  return feedResponse();
}
