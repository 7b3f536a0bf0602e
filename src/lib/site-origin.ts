// The public address the site is served from: used for permalinks, the sitemap and Open Graph tags.
// Set PUBLIC_SITE_ORIGIN at build time (no trailing slash) when deploying somewhere else.
const FALLBACK_ORIGIN = 'https://defection-tracker.github.io';

export const SITE_ORIGIN: string = (import.meta.env.PUBLIC_SITE_ORIGIN || FALLBACK_ORIGIN).replace(/\/+$/, '');

/** An absolute URL for a site path such as "/person/ul-pov/". */
export function absoluteUrl(path: string): string {
  return `${SITE_ORIGIN}${path}`;
}
