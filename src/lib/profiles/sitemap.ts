// Every page worth indexing (the search page and 404 are left out), for sitemap.xml: each in both languages, each
// naming its other-language twin so search engines show readers the one in their language.
import { communeSlug } from '$lib/data/slug';
import type { Dataset } from '$lib/schema';
import { LOCALES, localizeHref } from '$lib/i18n/locale';
import { PERSON_PAGES_PRERENDERED } from './person-href';
import { personHrefFor } from './person-pages';
import { escapeXml } from '$lib/xml';

/**
 * The English path of every page; sitemapXml adds the Khmer ones. Person pages are listed only when each record has
 * its own prerendered page: /person/?id=… pages are drawn in the browser, and 200,000 of them would not fit one sitemap.
 */
export function sitePaths(
  data: Pick<Dataset, 'provinces' | 'communes' | 'defections' | 'refusals'>,
  { personPages = PERSON_PAGES_PRERENDERED }: { personPages?: boolean } = {}
): string[] {
  return [
    '/',
    '/about/',
    '/data/',
    '/changes/',
    ...data.provinces.map((province) => `/province/${province.iso}/`),
    ...data.communes.map((commune) => `/commune/${communeSlug(commune)}/`),
    ...(personPages ? [...data.defections, ...data.refusals].map((record) => personHrefFor(record.id, true)) : [])
  ];
}

/** `englishOnly`: pages with no Khmer twin (the other cases' pages), listed once and without alternates. */
export function sitemapXml(origin: string, paths: readonly string[], englishOnly: readonly string[] = []): string {
  const url = (path: string) => escapeXml(`${origin}${path}`);
  const urls = paths.flatMap((path) => {
    const alternates = LOCALES.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${url(localizeHref(path, locale))}"/>`).join('');
    return LOCALES.map((locale) => `  <url><loc>${url(localizeHref(path, locale))}</loc>${alternates}</url>`);
  });
  urls.push(...englishOnly.map((path) => `  <url><loc>${url(path)}</loc></url>`));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
