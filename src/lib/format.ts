// Dates and numbers as readers see them, per language. Dates are calendar days, formatted in UTC so no time zone shifts them.
import { khmerDate, khmerNumber } from '$lib/i18n/khmer';
import { INTL_LOCALE, type Locale } from '$lib/i18n/locale';
import { memo } from '$lib/memo';
import type { DatePrecision } from '$lib/schema/vocabulary';

const cached = <T>(make: (tag: string) => T) => memo((locale: Locale) => make(INTL_LOCALE[locale]));

const dayFormat = cached((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const longDayFormat = cached((tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const monthFormat = cached((tag) => new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const yearFormat = cached((tag) => new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' }));
const numberFormat = cached((tag) => new Intl.NumberFormat(tag));
const listFormat = cached((tag) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }));

const APPROXIMATELY: Record<Locale, string> = { en: 'about', km: 'ប្រហែល' };
const UNKNOWN_DATE: Record<Locale, string> = { en: 'date unknown', km: 'មិនដឹងកាលបរិច្ឆេទ' };

// Khmer is formatted by hand (see $lib/i18n/khmer) so prerendered HTML and the browser agree.
export function formatDay(day: string, locale: Locale = 'en'): string {
  if (locale === 'km') return khmerDate(day);
  return dayFormat(locale).format(new Date(`${day}T00:00:00Z`));
}

export function formatLongDay(day: string, locale: Locale = 'en'): string {
  if (locale === 'km') return khmerDate(day);
  return longDayFormat(locale).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The same few hundred dates and counts are formatted again on every filter change (table, timeline titles, map
 * tooltips); Intl's format is the costly part, so results are kept. Bounded: cleared when it grows past the limit.
 */
function memoised<A extends unknown[]>(format: (...args: A) => string, limit = 5000): (...args: A) => string {
  const results = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= limit) results.clear();
      results.set(key, (result = format(...args)));
    }
    return result;
  };
}

export const formatPartialDate: (value: string | undefined, precision: DatePrecision, locale?: Locale) => string = memoised(
  (value: string | undefined, precision: DatePrecision, locale: Locale = 'en') => partialDate(value, precision, locale)
);

function partialDate(value: string | undefined, precision: DatePrecision, locale: Locale): string {
  if (!value) return UNKNOWN_DATE[locale];
  if (precision === 'year' || /^\d{4}$/.test(value)) {
    return locale === 'km' ? khmerDate(value, 'year') : yearFormat(locale).format(new Date(`${value.slice(0, 4)}-01-01T00:00:00Z`));
  }
  if (precision === 'month' || /^\d{4}-\d{2}$/.test(value)) {
    return locale === 'km' ? khmerDate(value, 'month') : monthFormat(locale).format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
  }
  return precision === 'approximate' ? `${APPROXIMATELY[locale]} ${formatDay(value, locale)}` : formatDay(value, locale);
}

export const formatNumber: (value: number, locale?: Locale) => string = memoised((value: number, locale: Locale = 'en') =>
  locale === 'km' ? khmerNumber(value) : numberFormat(locale).format(value)
);

/** English plurals; Khmer nouns do not inflect, so Khmer callers format the number and noun themselves. */
export function plural(count: number, one: string, many = `${one}s`, locale: Locale = 'en'): string {
  return `${formatNumber(count, locale)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function listJoin(items: readonly string[], locale: Locale = 'en'): string {
  if (locale === 'km') return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} និង ${items.at(-1)}`;
  return listFormat(locale).format(items);
}
