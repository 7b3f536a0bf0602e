// The one text normaliser of both searches: the site search (its index, built at build time, and its queries in the
// browser) and the dashboard's record search (a query, and each record's text), so every side folds text the same way.
import { foldDiacritics } from '$lib/data/slug';

/** Romanisations of the same Khmer word that sources mix freely; each is rewritten to one form. */
const VARIANTS: Record<string, string> = {
  kompong: 'kampong',
  kg: 'kampong',
  phnum: 'phnom',
  stueng: 'stung',
  steung: 'stung',
  stoeng: 'stung',
  stoung: 'stung',
  preaek: 'prek',
  preak: 'prek',
  boeung: 'boeng',
  beung: 'boeng',
  bueng: 'boeng',
  toul: 'tuol',
  kaoh: 'koh'
};

// A variant as a whole word of text already reduced to words and single spaces. One pass of a regular expression, not
// a split and join: the dashboard normalises every record's text with it.
const VARIANT_WORD = new RegExp(`(^| )(${Object.keys(VARIANTS).join('|')})(?= |$)`, 'g');

// Subscript ដ (coeng da) and subscript ត (coeng ta) look alike in most fonts, and sources and readers type either
// (ឧត្ដរមានជ័យ, ឧត្តរមានជ័យ): both become subscript ត. The letters themselves (ដ, ត) are distinct and kept.
const SUBSCRIPT_DA = /\u17d2\u178a/g;
const SUBSCRIPT_TA = '\u17d2\u178f';

/** Unit words ("Srak commune", "Khum Srak", "Takeo province") that say what a place is, not which. */
const UNIT_WORDS = new Set(['province', 'khet', 'khaet', 'khum', 'commune', 'sangkat', 'srok', 'district', 'khan', 'krong', 'municipality', 'city', 'capital']);

/** The Khmer unit prefixes: ខេត្ត province, ស្រុក district, ឃុំ commune, សង្កាត់ sangkat, ខណ្ឌ khan, ក្រុង krong, រាជធានី capital. */
const KHMER_UNIT_PREFIX = /^(ខេត្ត|ស្រុក|ឃុំ|សង្កាត់|ខណ្ឌ|ក្រុង|រាជធានី)/;

const KHMER = /[\u1780-\u17ff]/;

/**
 * Lower-case, diacritics folded, punctuation dropped, spelling variants unified (Kompong → Kampong), subscript ដ
 * written as subscript ត, words separated by single spaces. Khmer script is kept. The dashboard's search normalises
 * queries and record texts with this: unit words stay, as "commune chief" in a quote is worth finding.
 */
export function normaliseForSearch(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^a-z0-9\u1780-\u17ff]+/g, ' ')
    .trim()
    .replace(VARIANT_WORD, (_, space: string, word: string) => space + VARIANTS[word])
    .replace(SUBSCRIPT_DA, SUBSCRIPT_TA);
}

/** normaliseForSearch, then unit words stripped, in English and as Khmer prefixes: place names meet however a source names the unit. */
export function normaliseQuery(text: string): string {
  return normaliseForSearch(text)
    .split(' ')
    .map((word) => (KHMER.test(word) ? word.replace(KHMER_UNIT_PREFIX, '') : word))
    .filter((word) => word && !UNIT_WORDS.has(word))
    .join(' ');
}

/** Spaces removed, so "Damrei Choankhla" meets "Damrei Choan Khla". */
export function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}

export function hasKhmer(text: string): boolean {
  return KHMER.test(text);
}

/** The longest search a shared link keeps. */
export const MAX_SEARCH_LENGTH = 200;

/**
 * Whether the search can use this text: not when it holds U+FFFD, which is what URLSearchParams makes of
 * percent-escapes that are not UTF-8 (?q=%E0%B8), nor when nothing is left once normalised as the search normalises
 * (?q=--): the search would match every row while the headline said "matching …".
 */
export function isSearchable(text: string): boolean {
  return !text.includes('\uFFFD') && normaliseForSearch(text) !== '';
}

/** A search as a link keeps it: trimmed and cut at the limit, but not between the two halves of a character beyond
 *  U+FFFF (its half alone would be written back to the URL as U+FFFD). */
export function searchTextOf(text: string): string {
  return text.trim().slice(0, MAX_SEARCH_LENGTH).replace(/[\uD800-\uDBFF]$/, '').trim();
}
