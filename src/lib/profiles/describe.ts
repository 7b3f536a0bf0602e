// Words for people, roles and dates as the profile pages print them: names never invented, imprecise dates said honestly.
import { MESSAGES } from '$lib/i18n/messages';
import type { Locale } from '$lib/i18n/locale';
import { formatDay, formatPartialDate } from '$lib/format';
import type { Defection, DefectionDate, Refusal } from '$lib/schema';

type Role = Defection['role'];

/** How a person (or a group) is named on a page. */
export interface DisplayName {
  /** The heading text: a name, the Khmer name, or a description when no source names anyone. */
  primary: string;
  /** The script of the primary text, for the lang attribute: Khmer script, or Latin (read with an English voice). */
  primaryLang: Locale;
  /** The other script's name, shown after the primary one. */
  secondary?: string;
  secondaryLang?: Locale;
  /** True when the Latin spelling is the compiler's, not a source's. */
  romanisationTentative: boolean;
  named: boolean;
}

const KHMER = /[\u1780-\u17ff]/;

/** Which language a piece of data text is in, as far as a lang attribute cares: Khmer script or not. */
export function textLang(text: string): Locale {
  return KHMER.test(text) ? 'km' : 'en';
}

/** The lang attribute for a text inside a page: only where it differs from the page's language. */
export function langAttr(lang: Locale, pageLocale: Locale): Locale | undefined {
  return lang === pageLocale ? undefined : lang;
}

/**
 * A role as a noun inside a sentence: "commune chief", "National Assembly member"; "មេឃុំ". The words default to the
 * loaded catalogue; the dashboard, where the profile pages' words are not loaded, passes its own.
 */
export function roleNoun(
  role: Role,
  locale: Locale = 'en',
  words: { roles: Record<Role, string>; official: string } = { roles: MESSAGES[locale].vocabulary.roles, official: MESSAGES[locale].pages.names.official }
): string {
  if (role === 'other') return words.official;
  const label = words.roles[role].replace(/\s*\(.*\)$/, '');
  if (locale !== 'en') return label;
  return /^[A-Z][a-z]+ [A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The English part of a source's wording, e.g. "first deputy commune chief" from "ជំទប់ទី១ (first deputy commune chief)". */
export function englishRoleInSource(text: string): string {
  if (!KHMER.test(text)) return text;
  const inBrackets = /\(([^)]*[a-z][^)]*)\)/i.exec(text);
  return inBrackets ? inBrackets[1] : text;
}

/**
 * The name a page shows. English pages lead with the Latin name; Khmer pages with the Khmer one when data has it.
 * Either way the Khmer name leads when the Latin spelling is only the compiler's guess.
 */
export function displayName(
  record: Pick<Defection, 'person' | 'role'> & { people?: number; role_in_source: string },
  placeName?: string,
  locale: Locale = 'en'
): DisplayName {
  const { person } = record;
  const tentative = person.romanisation_tentative && Boolean(person.name_km);
  if (tentative) {
    return { primary: person.name_km!, primaryLang: 'km', secondary: person.name, secondaryLang: 'en', romanisationTentative: true, named: true };
  }
  if (person.name_km && (locale === 'km' || !person.name)) {
    return { primary: person.name_km, primaryLang: 'km', secondary: person.name, secondaryLang: person.name ? 'en' : undefined, romanisationTentative: false, named: true };
  }
  if (person.name) {
    return { primary: person.name, primaryLang: 'en', secondary: person.name_km, secondaryLang: person.name_km ? 'km' : undefined, romanisationTentative: false, named: true };
  }
  const words = MESSAGES[locale].pages.names;
  const people = record.people ?? 1;
  const primary =
    people > 1
      ? words.group(people, { noun: roleNoun(record.role, locale), sourceWording: englishRoleInSource(record.role_in_source) }, placeName)
      : words.unnamed(roleNoun(record.role, locale), placeName);
  return { primary, primaryLang: locale, romanisationTentative: false, named: false };
}

/** The plain-text name used in titles, citations and search: "ឈឿ សោភ័ក្រ (Chheu Sophoak, romanisation tentative)". */
export function plainName(name: DisplayName, locale: Locale = 'en'): string {
  if (!name.secondary) return name.primary;
  return name.romanisationTentative ? `${name.primary} (${name.secondary}, ${MESSAGES[locale].pages.names.tentative})` : `${name.primary} (${name.secondary})`;
}

/** Every spelling a record gives for the person, for search and the "all spellings" list. */
export function allSpellings(person: Defection['person'] | Refusal['person']): string[] {
  return [person.name, person.name_km, ...person.other_spellings].filter((value): value is string => Boolean(value));
}

/** A defection date in words, using the bounds when the source gives no date: "between 27 Oct 2017 and 30 Oct 2017". */
export function formatDefectionDate(date: DefectionDate, locale: Locale = 'en'): string {
  const words = MESSAGES[locale].pages.dates;
  if (date.value) return formatPartialDate(date.value, date.precision, locale);
  if (date.not_before && date.not_after) return words.between(formatDay(date.not_before, locale), formatDay(date.not_after, locale));
  if (date.not_after) return words.by(formatDay(date.not_after, locale));
  if (date.not_before) return words.after(formatDay(date.not_before, locale));
  return words.unknown;
}

/** The date as it reads after a verb: "on 28 Oct 2017", "in October 2017", "about 26 Oct 2017", "between … and …". */
export function dateInSentence(date: DefectionDate, locale: Locale = 'en'): string {
  const words = MESSAGES[locale].pages.dates;
  const text = formatDefectionDate(date, locale);
  if (!date.value) return date.not_before || date.not_after ? text : words.noSourceGives;
  if (date.precision === 'day') return words.onDay(text);
  if (date.precision === 'approximate') return text;
  return date.precision === 'year' || /^\d{4}$/.test(date.value) ? words.inYear(text) : words.inMonth(text);
}
