// Searching the compact index in the browser: names, spellings and Khmer script, ranked, grouped by kind, worded
// in the reader's language.
import { localizeHref, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { Defection } from '$lib/schema';
import { nearWords } from './fuzzy';
import { compact, hasKhmer, normaliseQuery } from './normalise';

/** The kinds, in the order their groups are listed when they match equally well; x: a person or place of another case. */
const KINDS = ['p', 'd', 'c', 'r', 'x'] as const;
export type SearchKind = (typeof KINDS)[number];

/**
 * One entry of /search-index.json:
 * [kind, label, Khmer label, other spellings (already normalised, "|"-joined), url, parent entry index or -1, detail].
 * The parent chain (commune → district → province) gives results their context without repeating names.
 * detail is the unit in lower case for places ("district", "khan"; "capital" or "" for provinces) and, for people,
 * the role code with ":retracted" or ":refusal" when that applies (see personDetail). records, for places only, counts
 * the defection records (not retracted) at the place or within it.
 */
export type SearchEntry = [kind: SearchKind, label: string, labelKm: string, aliases: string, url: string, parent: number, detail: string, records?: number];

export interface SearchHit {
  kind: SearchKind;
  label: string;
  labelKm: string;
  /** The page in the reader's language. */
  url: string;
  /** Where it is or who it is: "Tram Kak district, Takeo", "First deputy commune chief · Champei, Takeo". */
  context: string;
  /** For places: the defection records (not retracted) there. */
  records?: number;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  title: string;
  hits: SearchHit[];
  /** How many matched in all, before the limit. */
  total: number;
  /** Close spellings: entries the query matches only with a typo or two (see fuzzy.ts), listed after every exact group. */
  near: boolean;
}

interface Prepared {
  entry: SearchEntry;
  /** Normalised label and spellings. */
  keys: string[];
  compactKeys: string[];
  khmer: string;
  /** Words of the entry's own names. */
  ownWords: string[];
  /** Words of the entry's own names and of its parents', for multi-word queries such as "champei takeo". */
  words: string[];
  /** People only: the names of their commune, district and province, normalised and compact, and in Khmer. */
  placeKeys: string[];
  placeKhmer: string[];
}

interface PreparedIndex {
  items: Prepared[];
  /** Every distinct word and joined-up name of the entries' own names: what a typo is matched against. */
  vocabulary: string[];
  khmerVocabulary: string[];
}

const prepared = new WeakMap<readonly SearchEntry[], PreparedIndex>();

function prepare(index: readonly SearchEntry[]): PreparedIndex {
  const known = prepared.get(index);
  if (known) return known;
  const own = index.map((entry) => [normaliseQuery(entry[1]), ...entry[3].split('|').filter(Boolean)]);
  const khmer = index.map((entry) => compact(normaliseQuery(entry[2])));
  const items = index.map((entry, i): Prepared => {
    const words = new Set<string>();
    const placeKeys: string[] = [];
    const placeKhmer: string[] = [];
    for (let at = i, depth = 0; at >= 0 && depth < 4; at = index[at][5], depth++) {
      for (const key of own[at]) for (const word of key.split(' ')) words.add(word);
      if (at !== i && entry[0] === 'r') {
        for (const key of own[at]) placeKeys.push(key, compact(key));
        if (khmer[at]) placeKhmer.push(khmer[at]);
      }
    }
    return {
      entry,
      keys: own[i],
      compactKeys: own[i].map(compact),
      khmer: khmer[i],
      ownWords: [...new Set(own[i].flatMap((key) => key.split(' ')))],
      words: [...words],
      placeKeys,
      placeKhmer
    };
  });
  const vocabulary = new Set<string>();
  for (const item of items) for (const word of [...item.ownWords, ...item.compactKeys]) vocabulary.add(word);
  const list = { items, vocabulary: [...vocabulary], khmerVocabulary: [...new Set(khmer.filter(Boolean))] };
  prepared.set(index, list);
  return list;
}

/** A person listed because the query names their commune, district or province exactly: after every match by name. */
const PLACE_OF_PERSON = 20;
/** A close spelling: below every exact match, and listed apart from them. */
const NEAR = 10;

/** How well an entry matches: 0 for no match, higher is better. */
function score(item: Prepared, query: string, compactQuery: string, khmerQuery: string): number {
  if (khmerQuery) {
    if (item.khmer && item.khmer === khmerQuery) return 100;
    if (item.khmer && item.khmer.startsWith(khmerQuery)) return 80;
    if (item.khmer && item.khmer.includes(khmerQuery)) return 50;
    return item.placeKhmer.includes(khmerQuery) ? PLACE_OF_PERSON : 0;
  }
  let best = 0;
  for (let k = 0; k < item.keys.length; k++) {
    const key = item.keys[k];
    const alias = k > 0 ? 1 : 0;
    if (key === query) best = Math.max(best, 100 - alias);
    else if (key.startsWith(query)) best = Math.max(best, 80 - alias);
    else if (` ${key}`.includes(` ${query}`)) best = Math.max(best, 60 - alias);
    else if (key.includes(query)) best = Math.max(best, 40 - alias);
    else if (compactQuery.length >= 3 && item.compactKeys[k].includes(compactQuery)) best = Math.max(best, 35 - alias);
  }
  if (best > 0) return best;
  // Several words: each must start a word of the entry's names or its parents' ("champei takeo", "srak kampong cham").
  const tokens = query.split(' ');
  if (tokens.length > 1 && tokens.every((token) => item.words.some((word) => word.startsWith(token)))) {
    const ownWords = item.keys.join(' ').split(' ');
    if (tokens.some((token) => ownWords.some((word) => word.startsWith(token)))) return 30;
  }
  // People are found by their place too: "Damrei Choankhla" lists the officials of that commune, named or not.
  return item.placeKeys.includes(query) || item.placeKeys.includes(compactQuery) ? PLACE_OF_PERSON : 0;
}

/** What a query's words are one or two typos away from (empty sets for words too short to forgive). */
interface NearQuery {
  tokens: string[];
  /** For each token, the vocabulary's words within its typo budget. */
  near: Set<string>[];
  /** The words and joined-up names within the whole query's budget, joined up. */
  nearCompact: Set<string>;
  nearKhmer: Set<string>;
}

/**
 * The last word of a query gets no close spellings while it starts a known name: the reader may still be typing it
 * ("chan" on the way to "Chantha" would otherwise list Cham, Chak and Char). Earlier words are finished.
 */
function closeTo(word: string, vocabulary: readonly string[]): Set<string> {
  return new Set(vocabulary.some((known) => known.startsWith(word)) ? [] : nearWords(word, vocabulary));
}

function nearQuery(index: PreparedIndex, query: string, compactQuery: string, khmerQuery: string): NearQuery {
  if (khmerQuery) return { tokens: [], near: [], nearCompact: new Set(), nearKhmer: closeTo(khmerQuery, index.khmerVocabulary) };
  const tokens = query.split(' ');
  const near = tokens.map((token, t) => (t < tokens.length - 1 ? new Set(nearWords(token, index.vocabulary)) : closeTo(token, index.vocabulary)));
  return { tokens, near, nearCompact: tokens.length > 1 ? closeTo(compactQuery, index.vocabulary) : near[0], nearKhmer: new Set() };
}

/**
 * How well an entry the query does not match matches it with a typo: each word of the query starts a word of the
 * entry's names (or its parents') or is a close spelling of one, at least one is a close spelling and at least one
 * meets the entry's own names; or the whole query, joined up, is a close spelling of one of its names.
 */
function nearScore(item: Prepared, query: NearQuery): number {
  if (query.nearKhmer.size) return (item.khmer && query.nearKhmer.has(item.khmer)) || item.placeKhmer.some((key) => query.nearKhmer.has(key)) ? NEAR : 0;
  if (item.compactKeys.some((key) => query.nearCompact.has(key))) return NEAR;
  if (item.placeKeys.some((key) => query.nearCompact.has(key))) return NEAR - 1;
  let typo = false;
  let own = false;
  for (let t = 0; t < query.tokens.length; t++) {
    const token = query.tokens[t];
    const near = query.near[t];
    if (item.words.some((word) => word.startsWith(token))) {
      own ||= item.ownWords.some((word) => word.startsWith(token));
    } else if (near.size && item.words.some((word) => near.has(word))) {
      typo = true;
      own ||= item.ownWords.some((word) => near.has(word));
    } else return 0;
  }
  return typo && own ? NEAR : 0;
}

type PersonKind = 'retracted' | 'refusal';

/** A person entry's detail field: the role code, and whether the record was retracted or is a refusal. */
export function personDetail(role: Defection['role'], kind?: PersonKind): string {
  return kind ? `${role}:${kind}` : role;
}

function contextOf(index: readonly SearchEntry[], entry: SearchEntry, locale: Locale): string {
  // Another case's entry carries its context in its own words (the case's language): "Member of Parliament · Malaysia 2018–2022".
  if (entry[0] === 'x') return entry[6];
  const messages = MESSAGES[locale];
  const words = messages.pages.search;
  const places: string[] = [];
  for (let at = entry[5]; at >= 0 && places.length < 3; at = index[at][5]) {
    const [kind, name, nameKm, , , , unit] = index[at];
    if (kind === 'p' || kind === 'd') places.push(words.contextPlace(kind, { name, nameKm, unit }));
    else places.push(locale === 'km' && nameKm ? nameKm : name);
  }
  const where = places.join(messages.pages.separator);
  if (entry[0] !== 'r') return where;
  const [role, kind] = entry[6].split(':') as [Defection['role'], PersonKind | undefined];
  const detail = words.detail(messages.vocabulary.roles[role] ?? role, kind);
  return [detail, where].filter(Boolean).join(' · ');
}

/**
 * Matches grouped by kind, best group first, then the close spellings (groups marked `near`) of what matched no
 * entry exactly; each group keeps at most `limit` hits. Urls and words follow `locale`.
 */
export function searchIndex(index: readonly SearchEntry[], query: string, limit = 6, locale: Locale = 'en'): SearchGroup[] {
  const normalised = normaliseQuery(query);
  if (!normalised) return [];
  const khmerQuery = hasKhmer(normalised) ? compact(normalised) : '';
  const compactQuery = compact(normalised);
  const ready = prepare(index);
  const near = nearQuery(ready, normalised, compactQuery, khmerQuery);
  const exact = new Map<SearchKind, SearchHit[]>();
  const close = new Map<SearchKind, SearchHit[]>();
  for (const item of ready.items) {
    let value = score(item, normalised, compactQuery, khmerQuery);
    const found = value > 0 ? exact : close;
    if (value === 0) value = nearScore(item, near);
    if (value === 0) continue;
    const [kind, label, labelKm, , url, , , records] = item.entry;
    const hits = found.get(kind) ?? [];
    // Other cases' pages have no Khmer twin: their address is the same in every language.
    hits.push({ kind, label, labelKm, url: kind === 'x' ? url : localizeHref(url, locale), context: contextOf(index, item.entry, locale), records, score: value });
    found.set(kind, hits);
  }
  const titles = MESSAGES[locale].pages.search.kinds;
  const grouped = (byKind: Map<SearchKind, SearchHit[]>, isNear: boolean) =>
    [...byKind]
      .map(([kind, hits]): SearchGroup => {
        hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label));
        return { kind, title: titles[kind], hits: hits.slice(0, limit), total: hits.length, near: isNear };
      })
      .sort((a, b) => b.hits[0].score - a.hits[0].score || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
  return [...grouped(exact, false), ...grouped(close, true)];
}
