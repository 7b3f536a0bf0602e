// Searching the compact index in the browser: names, spellings and Khmer script, ranked, grouped by kind, worded
// in the reader's language.
import { localizeHref, type Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { Defection } from '$lib/schema';
import { compact, hasKhmer, normaliseQuery } from './normalise';

/** The kinds, in the order their groups are listed when they match equally well. */
const KINDS = ['p', 'd', 'c', 'r'] as const;
export type SearchKind = (typeof KINDS)[number];

/**
 * One entry of /search-index.json:
 * [kind, label, Khmer label, other spellings (already normalised, "|"-joined), url, parent entry index or -1, detail].
 * The parent chain (commune → district → province) gives results their context without repeating names.
 * detail is the unit in lower case for places ("district", "khan"; "capital" or "" for provinces) and, for people,
 * the role code with ":retracted" or ":refusal" when that applies (see personDetail).
 */
export type SearchEntry = [kind: SearchKind, label: string, labelKm: string, aliases: string, url: string, parent: number, detail: string];

export interface SearchHit {
  kind: SearchKind;
  label: string;
  labelKm: string;
  /** The page in the reader's language. */
  url: string;
  /** Where it is or who it is: "Tram Kak district, Takeo", "First deputy commune chief · Champei, Takeo". */
  context: string;
  score: number;
}

export interface SearchGroup {
  kind: SearchKind;
  title: string;
  hits: SearchHit[];
  /** How many matched in all, before the limit. */
  total: number;
}

interface Prepared {
  entry: SearchEntry;
  /** Normalised label and spellings. */
  keys: string[];
  compactKeys: string[];
  khmer: string;
  /** Words of the entry's own names and of its parents', for multi-word queries such as "champei takeo". */
  words: string[];
}

const prepared = new WeakMap<readonly SearchEntry[], Prepared[]>();

function prepare(index: readonly SearchEntry[]): Prepared[] {
  const known = prepared.get(index);
  if (known) return known;
  const own = index.map((entry) => [normaliseQuery(entry[1]), ...entry[3].split('|').filter(Boolean)]);
  const list = index.map((entry, i) => {
    const words = new Set<string>();
    for (let at = i, depth = 0; at >= 0 && depth < 4; at = index[at][5], depth++) {
      for (const key of own[at]) for (const word of key.split(' ')) words.add(word);
    }
    return {
      entry,
      keys: own[i],
      compactKeys: own[i].map(compact),
      khmer: compact(normaliseQuery(entry[2])),
      words: [...words]
    };
  });
  prepared.set(index, list);
  return list;
}

/** How well an entry matches: 0 for no match, higher is better. */
function score(item: Prepared, query: string, compactQuery: string, khmerQuery: string): number {
  if (khmerQuery) {
    if (!item.khmer) return 0;
    if (item.khmer === khmerQuery) return 100;
    if (item.khmer.startsWith(khmerQuery)) return 80;
    return item.khmer.includes(khmerQuery) ? 50 : 0;
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
  return 0;
}

type PersonKind = 'retracted' | 'refusal';

/** A person entry's detail field: the role code, and whether the record was retracted or is a refusal. */
export function personDetail(role: Defection['role'], kind?: PersonKind): string {
  return kind ? `${role}:${kind}` : role;
}

function contextOf(index: readonly SearchEntry[], entry: SearchEntry, locale: Locale): string {
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

/** Matches grouped by kind, best group first; each group keeps at most `limit` hits. Urls and words follow `locale`. */
export function searchIndex(index: readonly SearchEntry[], query: string, limit = 6, locale: Locale = 'en'): SearchGroup[] {
  const normalised = normaliseQuery(query);
  if (!normalised) return [];
  const khmerQuery = hasKhmer(normalised) ? compact(normalised) : '';
  const compactQuery = compact(normalised);
  const byKind = new Map<SearchKind, SearchHit[]>();
  for (const item of prepare(index)) {
    const value = score(item, normalised, compactQuery, khmerQuery);
    if (value === 0) continue;
    const [kind, label, labelKm, , url] = item.entry;
    const hits = byKind.get(kind) ?? [];
    hits.push({ kind, label, labelKm, url: localizeHref(url, locale), context: contextOf(index, item.entry, locale), score: value });
    byKind.set(kind, hits);
  }
  const titles = MESSAGES[locale].pages.search.kinds;
  return [...byKind]
    .map(([kind, hits]) => {
      hits.sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label));
      return { kind, title: titles[kind], hits: hits.slice(0, limit), total: hits.length };
    })
    .sort((a, b) => b.hits[0].score - a.hits[0].score || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind));
}
