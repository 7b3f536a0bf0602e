// Words for people, roles and dates as the profile pages print them: names never invented, imprecise dates said honestly.
import type { Defection, DefectionDate, Refusal } from '$lib/schema';
import { ROLES } from '$lib/schema/vocabulary';
import { formatDay, formatNumber, formatPartialDate } from '$lib/format';

type Role = Defection['role'];

/** How a person (or a group) is named on a page. */
export interface DisplayName {
  /** The heading text: a name, the Khmer name, or a description when no source names anyone. */
  primary: string;
  /** "km" when the primary text is in Khmer script, for the lang attribute. */
  primaryLang?: 'km';
  /** The other script's name, shown after the primary one. */
  secondary?: string;
  secondaryLang?: 'km';
  /** True when the Latin spelling is the compiler's, not a source's. */
  romanisationTentative: boolean;
  named: boolean;
}

/** A role as a noun inside a sentence: "commune chief", "National Assembly member". */
export function roleNoun(role: Role): string {
  const label = ROLES[role].replace(/\s*\(.*\)$/, '');
  if (role === 'other') return 'official';
  return /^[A-Z][a-z]+ [A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "a commune chief", "an official". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** The English part of a source's wording, e.g. "first deputy commune chief" from "ជំទប់ទី១ (first deputy commune chief)". */
export function englishRoleInSource(text: string): string {
  if (!/[\u1780-\u17ff]/.test(text)) return text;
  const inBrackets = /\(([^)]*[a-z][^)]*)\)/i.exec(text);
  return inBrackets ? inBrackets[1] : text;
}

export function displayName(record: Pick<Defection, 'person' | 'role'> & { people?: number; role_in_source: string }, placeName?: string): DisplayName {
  const { person } = record;
  const tentative = person.romanisation_tentative && Boolean(person.name_km);
  if (tentative) {
    return { primary: person.name_km!, primaryLang: 'km', secondary: person.name, romanisationTentative: true, named: true };
  }
  if (person.name) {
    return { primary: person.name, secondary: person.name_km, secondaryLang: person.name_km ? 'km' : undefined, romanisationTentative: false, named: true };
  }
  if (person.name_km) return { primary: person.name_km, primaryLang: 'km', romanisationTentative: false, named: true };
  const people = record.people ?? 1;
  const where = placeName ? ` of ${placeName}` : '';
  const primary =
    people > 1
      ? `A group of ${formatNumber(people)} ${englishRoleInSource(record.role_in_source)}${placeName ? ` in ${placeName}` : ''}`
      : `An unnamed ${roleNoun(record.role)}${where}`;
  return { primary, romanisationTentative: false, named: false };
}

/** The plain-text name used in titles, citations and search: "ឈឿ សោភ័ក្រ (Chheu Sophoak, romanisation tentative)". */
export function plainName(name: DisplayName): string {
  if (!name.secondary) return name.primary;
  return name.romanisationTentative ? `${name.primary} (${name.secondary}, romanisation tentative)` : `${name.primary} (${name.secondary})`;
}

/** Every spelling a record gives for the person, for search and the "all spellings" list. */
export function allSpellings(person: Defection['person'] | Refusal['person']): string[] {
  return [person.name, person.name_km, ...person.other_spellings].filter((value): value is string => Boolean(value));
}

/** A defection date in words, using the bounds when the source gives no date: "between 27 Oct 2017 and 30 Oct 2017". */
export function formatDefectionDate(date: DefectionDate): string {
  if (date.value) return formatPartialDate(date.value, date.precision);
  if (date.not_before && date.not_after) return `between ${formatDay(date.not_before)} and ${formatDay(date.not_after)}`;
  if (date.not_after) return `by ${formatDay(date.not_after)}`;
  if (date.not_before) return `after ${formatDay(date.not_before)}`;
  return 'date unknown';
}

/** The date as it reads after a verb: "on 28 Oct 2017", "in October 2017", "about 26 Oct 2017", "between … and …". */
export function dateInSentence(date: DefectionDate): string {
  const words = formatDefectionDate(date);
  if (!date.value) return words === 'date unknown' ? 'on a date no source gives' : words;
  if (date.precision === 'day') return `on ${words}`;
  if (date.precision === 'approximate') return words;
  return `in ${words}`;
}

/** "One official", "Two officials", "12 officials": a count that starts a sentence. */
export function countPhrase(count: number, one: string, many = `${one}s`): string {
  return `${capitalise(countWord(count))} ${count === 1 ? one : many}`;
}

/** "one", "two" … "nine", then digits: numbers at the start of a sentence read better as words. */
export function countWord(count: number): string {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  return words[count] ?? formatNumber(count);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
