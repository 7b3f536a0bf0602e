// Every page worth indexing (the search page and 404 are left out), for sitemap.xml.
import { communeSlug } from '$lib/data/slug';
import type { Dataset } from '$lib/data/dataset';

export function sitePaths(data: Pick<Dataset, 'provinces' | 'communes' | 'defections' | 'refusals'>): string[] {
  return [
    '/',
    '/about/',
    ...data.provinces.map((province) => `/province/${province.iso}/`),
    ...data.communes.map((commune) => `/commune/${communeSlug(commune)}/`),
    ...[...data.defections, ...data.refusals].map((record) => `/person/${record.id}/`)
  ];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sitemapXml(origin: string, paths: readonly string[]): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(`${origin}${path}`)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
