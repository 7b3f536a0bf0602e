// The province outlines every locator map draws from (see $lib/server/geo).
import { locatorSprite } from '$lib/server/geo';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
  return new Response(locatorSprite(), { headers: { 'content-type': 'image/svg+xml' } });
}
