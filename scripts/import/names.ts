// Maps the names contributors write to the codes data/ uses: provinces, districts and communes in any listed spelling, party names and aliases.
import { foldDiacritics } from '../../src/lib/data/slug';
import type { Commune, District, Party, Province } from '../../src/lib/schema';

/** Case, diacritics, spacing and punctuation folded: "Kâmpóng-Cham" → "kampongcham". Khmer letters and signs are kept. */
export function normaliseText(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

const UNIT_WORDS = /\b(province|provincial|khett?|khaet|krong|city|capital|municipality|district|srok|khan|commune|khum|sangkat)\b/g;
const KHMER_UNIT_WORDS = /ខេត្ត|រាជធានី|ក្រុង|ស្រុក|ខណ្ឌ|ឃុំ|សង្កាត់/g;

/** A place name without unit words ("Province", "Khett", "Krong", …) and with "Kompong" spelled "Kampong". */
export function normalisePlaceName(text: string): string {
  const words = foldDiacritics(text).toLowerCase().replace(UNIT_WORDS, ' ').replace(KHMER_UNIT_WORDS, '').replace(/kompong/g, 'kampong');
  return normaliseText(words);
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

export interface Gazetteer {
  provinces: Province[];
  districts: District[];
  communes: Commune[];
  parties: Party[];
}

export type Resolution = { code: string } | { expected: string; fix: string };

interface Named {
  code: string;
  name: string;
  name_km?: string;
  aliases: string[];
}

function spellings(unit: Named): string[] {
  return [unit.name, unit.name_km ?? '', ...unit.aliases].filter(Boolean);
}

function closest(text: string, units: readonly Named[], normalise: (value: string) => string): Named | undefined {
  const key = normalise(text);
  let best: { unit: Named; distance: number } | undefined;
  for (const unit of units) {
    for (const spelling of spellings(unit)) {
      const distance = editDistance(key, normalise(spelling));
      if (!best || distance < best.distance) best = { unit, distance };
    }
  }
  return best && best.distance <= Math.max(2, Math.floor(key.length / 3)) ? best.unit : undefined;
}

function matchName(text: string, units: readonly Named[], normalise: (value: string) => string): Named[] {
  const key = normalise(text);
  return key ? units.filter((unit) => spellings(unit).some((spelling) => normalise(spelling) === key)) : [];
}

const didYouMean = (unit: Named | undefined) => (unit ? `Did you mean ${unit.name} ("${unit.code}")? ` : '');

export function resolveProvince(text: string, provinces: readonly Province[]): Resolution {
  const digits = /^(?:KH-)?(\d{1,2})$/i.exec(text.trim());
  if (digits) {
    const code = digits[1].padStart(2, '0');
    if (provinces.some((province) => province.code === code)) return { code };
  }
  const [match] = matchName(text, provinces, normalisePlaceName);
  if (match) return { code: match.code };
  return {
    expected: 'a province code ("01" to "25") or a province name in a spelling listed in data/places/provinces.csv',
    fix: `${didYouMean(closest(text, provinces, normalisePlaceName))}Check the spelling against data/places/provinces.csv (names and aliases).`
  };
}

/** A district or commune by code (leading zeros restored, as spreadsheets drop them) or by name inside its parent. */
export function resolveUnit(level: 'district' | 'commune', text: string, parent: string | undefined, gazetteer: Gazetteer): Resolution {
  const digits = level === 'district' ? 4 : 6;
  const units: Named[] = level === 'district' ? gazetteer.districts : gazetteer.communes;
  if (/^\d+$/.test(text.trim()) && text.trim().length <= digits) return { code: text.trim().padStart(digits, '0') };
  const inParent = parent ? units.filter((unit) => unit.code.startsWith(parent)) : units;
  const matches = matchName(text, inParent, normalisePlaceName);
  if (matches.length === 1) return { code: matches[0].code };
  const file = `data/places/${level}s.csv`;
  if (matches.length > 1) {
    return {
      expected: `one ${level} named "${text}"${parent ? ` in ${parent}` : ''}`,
      fix: `Several match (${matches.map((unit) => unit.code).join(', ')}): write the ${digits}-digit code from ${file}${level === 'commune' ? ', or give the district' : ''}.`
    };
  }
  return {
    expected: `a ${digits}-digit ${level} code, or the name of a ${level}${parent ? ` of ${parent}` : ''} as spelled in ${file}`,
    fix: `${didYouMean(closest(text, inParent, normalisePlaceName))}Look the ${level} up in ${file}, or leave it empty if no source names it.`
  };
}

export function resolveParty(text: string, parties: readonly Party[]): Resolution {
  const byCode = parties.find((party) => party.code === text.trim().toUpperCase());
  if (byCode) return { code: byCode.code };
  const named = parties.map((party) => ({ ...party, name_km: party.name_km ?? '' }));
  const [match] = matchName(text, named, normaliseText);
  if (match) return { code: match.code };
  return {
    expected: `a party code (${parties.map((party) => party.code).join(', ')}) or a name listed in data/parties.yaml`,
    fix: `${didYouMean(closest(text, named, normaliseText))}Use a listed code or alias, or add the party to data/parties.yaml first.`
  };
}
