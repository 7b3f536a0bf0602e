// Every page, for search engines. The origin comes from PUBLIC_SITE_ORIGIN (see $lib/site).
import { sitemapXml, sitePaths } from '$lib/profiles/sitemap';
import { getProfileContext } from '$lib/server/profiles';
import { casePaths } from '$lib/server/case-page';
import { SITE } from '$lib/site';

export const prerender = true;
export const trailingSlash = 'never';

export function GET() {
  return new Response(sitemapXml(SITE.origin, __CAMBODIA_BUILT__ ? sitePaths(getProfileContext().data) : [], casePaths()), {
    headers: { 'content-type': 'application/xml' }
  });
}
