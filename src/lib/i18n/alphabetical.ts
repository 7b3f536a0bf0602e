import { INTL_LOCALE, type Locale } from './locale';

const english = new Intl.Collator(INTL_LOCALE.en);
// Khmer by code point (byCodePoint, also the order of codes and ids elsewhere): consonants in alphabet order, then the vowel signs in their traditional order, independent
// vowels after the consonants. Not Intl: browsers without Khmer locale data collate Khmer otherwise than the build
// does, and the prerendered order must be the browser's.
export const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The items with the name each is shown by, in the alphabetical order of those names in the page's language (the
 * data's own order is by code, which a reader scanning a list cannot follow).
 */
export function alphabetical<T>(items: readonly T[], label: (item: T) => string, locale: Locale): { item: T; label: string }[] {
  const compare = locale === 'km' ? byCodePoint : english.compare;
  return items.map((item) => ({ item, label: label(item) })).sort((a, b) => compare(a.label, b.label));
}
