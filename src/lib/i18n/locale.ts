// Which language a page is in, and how links keep it: English at /…, Khmer at /km/….
export const LOCALES = ['en', 'km'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** BCP 47 tags for Intl. Khmer pages use Khmer digits, as Cambodian print does. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', km: 'km-KH-u-nu-khmr' };
/** Open Graph's locale tags, for every language at once: a page names its twins' as well as its own. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_GB', km: 'km_KH' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function localeFromPath(pathname: string): Locale {
  return pathname === '/km' || pathname.startsWith('/km/') ? 'km' : 'en';
}

/** The path without its language prefix: "/km/province/KH-3/" → "/province/KH-3/". */
export function stripLocale(pathname: string): string {
  return localeFromPath(pathname) === 'km' ? pathname.slice(3) || '/' : pathname;
}

/** An internal link in the given language. External links and anchors pass through unchanged. */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const path = stripLocale(href);
  return locale === 'km' ? `/km${path}` : path;
}
