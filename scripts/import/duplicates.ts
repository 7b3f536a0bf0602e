// Finds existing records an imported row may duplicate: the same person, at the same place, on dates close enough to be one event.
import { defectionInterval } from '../../src/lib/data/dates';
import { dayNumber } from '../../src/lib/day';
import type { Defection } from '../../src/lib/schema';
import { editDistance, normaliseText } from './names';

const HONORIFICS = /^(h\.e\.|(lok srey|mrs|mr|ms|miss|dr|lok|oknha|samdech|neak)(?=[^a-z]))|^(លោកស្រី|លោក|អ្នកស្រី|ឯកឧត្តម|សម្តេច)/;

/** One key per spelling of the person's name: folded, without honorifics, doubled letters collapsed ("Chhun" ~ "Chun"). */
export function nameKeys(person: Defection['person']): string[] {
  const names = [person.name, person.name_km, ...person.other_spellings].filter((name): name is string => Boolean(name));
  const keys = names.map((name) => {
    const folded = name.toLowerCase().trim().replace(HONORIFICS, '').replace(/[.,]/g, '');
    return normaliseText(folded).replace(/(\p{L})\1+/gu, '$1');
  });
  return [...new Set(keys.filter(Boolean))];
}

/** Consonants only: romanisations of Khmer names differ mostly in vowels ("Ul Pov", "Ol Pov", "Oul Pouv"). */
function consonants(key: string): string | undefined {
  return /^[a-z0-9]+$/.test(key) ? key.replace(/[aeiouyh]/g, '') : undefined;
}

function sameName(x: string, y: string): boolean {
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 1) return true;
  const [a, b] = [consonants(x), consonants(y)];
  return a !== undefined && a.length >= 3 && a === b;
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}

/** Whether two records name the same person, in any of their spellings; unknown (undefined) when either names nobody. */
export function samePerson(a: Defection['person'], b: Defection['person']): boolean | undefined {
  const [first, second] = [nameKeys(a), nameKeys(b)];
  return first.length === 0 || second.length === 0 ? undefined : sameKeys(first, second);
}

/** Compares at the most precise level both records give: commune, else district, else province. */
function samePlace(a: Defection['place'], b: Defection['place']): boolean {
  if (a.commune && b.commune) return a.commune === b.commune;
  if (a.district && b.district) return a.district === b.district;
  return a.province === b.province;
}

/**
 * Newsrooms date one defection differently: the day of the ceremony, the day of the report a few days later, "about"
 * a day. So two dates are the same event when their intervals come within SAME_EVENT_DAYS of each other, an approximate
 * date first widened by APPROXIMATE_DAYS on each side: 28 Oct and "about 29 Oct", 26 Oct and 1 Nov are one event;
 * 1 Oct and 20 Nov are two. A person defecting twice within a week is rarer than a late report, and --not-duplicate
 * settles that case.
 */
export const SAME_EVENT_DAYS = 7;
export const APPROXIMATE_DAYS = 3;

/** First and last possible day, as day numbers; undefined when the date is unknown. */
function daySpan(date: Defection['date']): [number, number] | undefined {
  const interval = defectionInterval(date);
  if (!interval) return undefined;
  const widen = date.precision === 'approximate' ? APPROXIMATE_DAYS : 0;
  return [dayNumber(interval.start) - widen, dayNumber(interval.end) + widen];
}

function sameDate(a: Defection['date'], b: Defection['date']): boolean {
  const first = daySpan(a);
  const second = daySpan(b);
  // An undated record could be any day, so it may be the same event.
  if (!first || !second) return true;
  const gap = Math.max(first[0], second[0]) - Math.min(first[1], second[1]);
  return gap <= SAME_EVENT_DAYS;
}

/** The same person, at the same place, on dates close enough to be one event. */
export function sameDefection(a: Defection, b: Defection): boolean {
  return samePlace(a.place, b.place) && sameDate(a.date, b.date) && samePerson(a.person, b.person) === true;
}

/** An existing record (under another id) that the record may duplicate. */
export function findDuplicate(record: Defection, existing: readonly Defection[]): Defection | undefined {
  if (nameKeys(record.person).length === 0) return undefined;
  return existing.find((other) => other.id !== record.id && sameDefection(record, other));
}
