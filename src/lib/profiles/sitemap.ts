// Every page worth indexing (the search page and 404 are left out), for sitemap.xml: each in both languages, each
// naming its other-language twin so search engines show readers the one in their language.
import { communeSlug } from '$lib/data/slug';
import type { Dataset } from '$lib/data/dataset';
import { LOCALES, localizeHref } from '$lib/i18n/locale';

/** The English path of every page; sitemapXml adds the Khmer ones. */
export function sitePaths(data: Pick<Dataset, 'provinces' | 'communes' | 'defections' | 'refusals'>): string[] {
  return [
    '/',
    '/about/',
    '/data/',
    '/changes/',
    ...data.provinces.map((province) => `/province/${province.iso}/`),
    ...data.communes.map((commune) => `/commune/${communeSlug(commune)}/`),
    ...[...data.defections, ...data.refusals].map((record) => `/person/${record.id}/`)
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sitemapXml(origin: string, paths: readonly string[]): string {
  const url = (path: string) => escapeXml(`${origin}${path}`);
  const urls = paths.flatMap((path) => {
    const alternates = LOCALES.map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${url(localizeHref(path, locale))}"/>`).join('');
    return LOCALES.map((locale) => `  <url><loc>${url(localizeHref(path, locale))}</loc>${alternates}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
