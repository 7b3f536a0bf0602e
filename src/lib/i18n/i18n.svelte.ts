// The page's language, shared by context: its messages, its links and its formats.
import { getContext, setContext } from 'svelte';
import { formatDay, formatLongDay, formatNumber, formatPartialDate } from '$lib/format';
import type { DatePrecision } from '$lib/schema/vocabulary';
import { DEFAULT_LOCALE, localizeHref, type Locale } from './locale';
import { MESSAGES, type Messages } from './messages';

export class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  /** The locale's messages, as the root layout's load gave them (see messages/index.ts). */
  m = $state.raw<Messages>(MESSAGES[DEFAULT_LOCALE]);

  constructor(locale: Locale, messages: Messages = MESSAGES[locale]) {
    this.locale = locale;
    this.m = messages;
  }

  /** An internal link that keeps the reader's language. */
  href = (path: string) => localizeHref(path, this.locale);
  day = (day: string) => formatDay(day, this.locale);
  longDay = (day: string) => formatLongDay(day, this.locale);
  date = (value: string | undefined, precision: DatePrecision) => formatPartialDate(value, precision, this.locale);
  number = (value: number) => formatNumber(value, this.locale);
  /** A place's name in the reader's language, when data/ has it. */
  placeName = (place: { name: string; nameKm?: string; name_km?: string }) =>
    this.locale === 'km' ? (place.nameKm ?? place.name_km ?? place.name) : place.name;
}

const KEY = Symbol('i18n');

export function setI18n(i18n: I18n): I18n {
  return setContext(KEY, i18n);
}

export function useI18n(): I18n {
  const i18n = getContext<I18n | undefined>(KEY);
  // Components rendered outside the layout (tests, embeds without it) fall back to English.
  return i18n ?? new I18n(DEFAULT_LOCALE);
}
