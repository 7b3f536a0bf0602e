// Finds existing records an imported row may duplicate: the same person, at the same place, on an overlapping date.
import { defectionInterval, intervalsOverlap } from '../../src/lib/data/dates';
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

function samePerson(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}

/** Compares at the most precise level both records give: commune, else district, else province. */
function samePlace(a: Defection['place'], b: Defection['place']): boolean {
  if (a.commune && b.commune) return a.commune === b.commune;
  if (a.district && b.district) return a.district === b.district;
  return a.province === b.province;
}

function sameDate(a: Defection['date'], b: Defection['date']): boolean {
  const first = defectionInterval(a);
  const second = defectionInterval(b);
  // An undated record could be any day, so it may be the same event.
  return !first || !second || intervalsOverlap(first, second);
}

export function findDuplicate(record: Defection, existing: readonly Defection[]): Defection | undefined {
  const keys = nameKeys(record.person);
  if (keys.length === 0) return undefined;
  return existing.find((other) => other.id !== record.id && samePlace(record.place, other.place) && sameDate(record.date, other.date) && samePerson(keys, nameKeys(other.person)));
}
