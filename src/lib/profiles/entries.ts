// Prerender entries for the pages under [[lang=locale]]: every page once per language (English has no prefix).
import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locale';

type OtherLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

/**
 * A Cambodian route's entry generator: in a build of other cases alone (CASES) it lists none and reads none of
 * Cambodia's data (svelte.config.js then lists the pages such a build starts from).
 */
export const cambodiaEntries =
  <T>(list: () => T[]) =>
  (): T[] =>
    __CAMBODIA_BUILT__ ? list() : [];

export function inEveryLanguage<T extends Record<string, string>>(params: readonly T[]): (T & { lang?: OtherLocale })[] {
  return LOCALES.flatMap((locale) => params.map((param) => (locale === DEFAULT_LOCALE ? param : { ...param, lang: locale as OtherLocale })));
}
