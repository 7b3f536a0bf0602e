// The plain definition of what the dashboard shows — filtering, sorting and counting row objects one predicate at a
// time, each predicate made from a filter's declaration — that the index (row-index.ts) is tested against on random
// filter states (src/lib/dashboard/view.test.ts). Tests only: the page never runs it.
import type { SummaryCounts } from '$lib/dashboard/view';
import { dateSortKey } from '$lib/data/dates';
import type { DefectionRow } from '$lib/data/rows';
import { matchesSearchTerm, placeSearchTextOf, searchTextOf } from '$lib/data/rows';
import { nearWords } from '$lib/search/fuzzy';
import { mondayOf } from '$lib/day';
import { isDatedToDay, type Bin, type Count, type TimeBin, type TopCommune } from '$lib/filters/counts';
import { FILTERS, type FilterDeclaration } from '$lib/filters/dimensions';
import { compareSortKeys } from '$lib/filters/row-index';
import { valuesOf, type Dimension, type FilterState } from '$lib/filters/state';
import type { Status } from '$lib/schema';
import { ROLES } from '$lib/schema/vocabulary';
import { normaliseForSearch } from '$lib/search/normalise';

type Predicate = (row: DefectionRow) => boolean;

/** Whether one of a facetted column's values ("voice:stance") meets the choices of every facet of that column. */
const meetsFacets = (value: string, facets: readonly FilterDeclaration[], state: FilterState) =>
  facets.every((f) => f.kind !== 'facet' || valuesOf(state)[f.key].length === 0 || (valuesOf(state)[f.key] as string[]).includes(value.split(':')[f.part]));

/**
 * One predicate per active dimension, keyed by slot; inactive dimensions are left out so they cost nothing. The text's
 * depends on `rows`: when no live row holds every term as typed, each term may be any word of their texts a letter or
 * two from it.
 */
export function predicatesFor(state: FilterState, filters: readonly FilterDeclaration[] = FILTERS, rows: readonly DefectionRow[] = []): Map<Dimension, Predicate> {
  const predicates = new Map<string, Predicate>();
  for (const d of filters) {
    const value = valuesOf(state)[d.key];
    if (d.kind === 'single') {
      if (value !== d.all) predicates.set(d.key, (row) => d.of(row) === value);
    } else if (d.kind === 'facet') {
      const facets = filters.filter((f) => f.kind === 'facet' && f.column === d.column);
      if (value.length && !predicates.has(d.slot)) predicates.set(d.slot, (row) => d.of(row).some((v) => meetsFacets(v, facets, state)));
    } else if (value.length) {
      const chosen = new Set(value as string[]);
      predicates.set(d.key, d.kind === 'one-of' ? (row) => chosen.has(d.of(row)) : (row) => d.of(row).some((v) => chosen.has(v)));
    }
  }
  if (state.from || state.to) {
    const rule = state.dates === 'overlap' ? mayFallIn : liesWithin;
    predicates.set('date', (row) => rule(row, state));
  }
  const query = normaliseForSearch(state.q);
  if (query) {
    const spellings = spellingsSearched(rows, state.q);
    predicates.set('text', (row) => spellings.every((alternatives) => alternatives.some((term) => matchesSearchTerm(row, term))));
  }
  return predicates as Map<Dimension, Predicate>;
}

/** Per term of a search, the spellings looked for: the term, and its close spellings when no live row holds every term. */
function spellingsSearched(rows: readonly DefectionRow[], q: string): string[][] {
  const terms = normaliseForSearch(q).split(' ');
  if (rows.some((row) => !row.retracted && terms.every((term) => matchesSearchTerm(row, term)))) return terms.map((term) => [term]);
  const words = new Set(rows.flatMap((row) => [searchTextOf(row), placeSearchTextOf(row)]).flatMap((text) => text.split(/[\s|]+/)));
  return terms.map((term) => [term, ...nearWords(term, words)]);
}

/** The close spellings a search looked for instead of its words as typed. */
export const closeSpellings = (rows: readonly DefectionRow[], q: string): string[] =>
  normaliseForSearch(q) ? spellingsSearched(rows, q).flatMap((alternatives) => alternatives.slice(1)) : [];

type DateWindow = Pick<FilterState, 'from' | 'to'>;

/** Whether every day the row may be dated to lies in the window: only then is it known to fall in it. Undated: no. */
export function liesWithin(row: Pick<DefectionRow, 'start' | 'end'>, { from = '0000-01-01', to = '9999-12-31' }: DateWindow): boolean {
  return row.start !== undefined && row.end !== undefined && row.start >= from && row.end <= to;
}

/** Whether any day the row may be dated to lies in the window. Undated: no. */
export function mayFallIn(row: Pick<DefectionRow, 'start' | 'end'>, { from = '0000-01-01', to = '9999-12-31' }: DateWindow): boolean {
  return row.start !== undefined && row.end !== undefined && row.start <= to && row.end >= from;
}

/** The dimensions which, each on its own, remove every row: what an empty view should name. */
export function emptyingDimensions(rows: readonly DefectionRow[], state: FilterState): Dimension[] {
  const live = rows.filter((row) => !row.retracted);
  return [...predicatesFor(state, FILTERS, rows)].filter(([, predicate]) => !live.some(predicate)).map(([dimension]) => dimension);
}

/** The values of a filter's options a row counts for: its own, or for a facet those of its values meeting the other facets. */
export function optionKeys(row: DefectionRow, d: FilterDeclaration, state: FilterState, filters: readonly FilterDeclaration[] = FILTERS): readonly string[] {
  if (d.kind !== 'facet') return d.kind === 'any-of' ? d.of(row) : [d.of(row)];
  const others = filters.filter((f) => f.kind === 'facet' && f.column === d.column && f.key !== d.key);
  return [...new Set(d.of(row).filter((v) => meetsFacets(v, others, state)).map((v) => v.split(':')[d.part]))];
}

/** Rows passing every filter except the listed dimensions. Retracted records never count. */
export function filterRows(rows: readonly DefectionRow[], state: FilterState, except: readonly Dimension[] = [], filters: readonly FilterDeclaration[] = FILTERS): DefectionRow[] {
  const active = [...predicatesFor(state, filters, rows)].filter(([dimension]) => !except.includes(dimension)).map(([, predicate]) => predicate);
  return rows.filter((row) => !row.retracted && active.every((predicate) => predicate(row)));
}

/**
 * Rows passing every other filter whose date span overlaps the window without lying inside it: left out of the view
 * under the `within` rule (the records that may also fall in the period), counted under `overlap` (those that may fall
 * outside it). Empty without a window.
 */
export function uncertainlyInWindow(rows: readonly DefectionRow[], state: FilterState): DefectionRow[] {
  if (!state.from && !state.to) return [];
  return filterRows(rows, state, ['date']).filter((row) => mayFallIn(row, state) && !liesWithin(row, state));
}

export function sortRows(rows: DefectionRow[], state: Pick<FilterState, 'sort' | 'descending'>): DefectionRow[] {
  const pick = sortKeyOf(state);
  const direction = state.descending ? -1 : 1;
  return rows.sort((a, b) => compareSortKeys(pick(a), pick(b), a.id, b.id, direction));
}

export function countRows(rows: readonly DefectionRow[]): Count {
  let people = 0;
  for (const row of rows) people += row.people;
  return { records: rows.length, people };
}

export function countByProvince(rows: readonly DefectionRow[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const row of rows) {
    const count = counts.get(row.provinceIso) ?? { records: 0, people: 0 };
    count.records += 1;
    count.people += row.people;
    counts.set(row.provinceIso, count);
  }
  return counts;
}

/** Top communes of every province in one pass over the rows. */
export function topCommunesByProvince(rows: readonly DefectionRow[], limit = 3): Map<string, TopCommune[]> {
  const counts = new Map<string, Map<string, number>>();
  const khmerNames = new Map<string, string | undefined>();
  for (const row of rows) {
    if (!row.communeName) continue;
    let communes = counts.get(row.provinceIso);
    if (!communes) counts.set(row.provinceIso, (communes = new Map()));
    communes.set(row.communeName, (communes.get(row.communeName) ?? 0) + 1);
    const key = `${row.provinceIso}\u0000${row.communeName}`;
    if (!khmerNames.has(key)) khmerNames.set(key, row.communeNameKm);
  }
  const top = new Map<string, TopCommune[]>();
  for (const [iso, communes] of counts) {
    top.set(
      iso,
      [...communes]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([name, records]) => ({ name, nameKm: khmerNames.get(`${iso}\u0000${name}`), records }))
    );
  }
  return top;
}

export function countByTime(rows: readonly DefectionRow[], bin: Bin): TimeBin[] {
  const bins = new Map<string, TimeBin>();
  for (const row of rows) {
    if (!isDatedToDay(row)) continue;
    const start = bin === 'day' ? row.start : mondayOf(row.start);
    const entry = bins.get(start) ?? { start, records: 0, people: 0 };
    entry.records += 1;
    entry.people += row.people;
    bins.set(start, entry);
  }
  return [...bins.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Running total of people in day-dated records, one point per day with records. */
export function cumulativeByDay(rows: readonly DefectionRow[]): { day: string; people: number; records: number }[] {
  let people = 0;
  let records = 0;
  return countByTime(rows, 'day').map((bin) => {
    people += bin.people;
    records += bin.records;
    return { day: bin.start, people, records };
  });
}

// Roles sort by seniority, in the order the vocabulary lists them.
const ROLE_ORDER: Record<string, number> = Object.fromEntries(Object.keys(ROLES).map((role, index) => [role, index]));

/** What a row sorts by in a table order; equal keys fall back to the record id, so every order is total. */
export function sortKeyOf(state: Pick<FilterState, 'sort' | 'descending'>): (row: DefectionRow) => string | number {
  const key: Record<FilterState['sort'], (row: DefectionRow) => string | number> = {
    // Undated records sort last whichever the direction.
    date: (row) => dateSortKey(row) ?? (state.descending ? '' : '\uffff'),
    name: (row) => row.name.toLowerCase(),
    province: (row) => row.provinceName,
    role: (row) => ROLE_ORDER[row.role] ?? row.role
  };
  return key[state.sort];
}

/** The reference for what viewOf counts (tests). */
export function summaryCounts(shown: readonly DefectionRow[]): SummaryCounts {
  const byStatus: Partial<Record<Status, number>> = {};
  for (const row of shown) byStatus[row.status] = (byStatus[row.status] ?? 0) + 1;
  const counted = shown.filter((row) => row.status !== 'disputed');
  return { ...spanCounts(counted.length ? counted : shown), byStatus };
}

function spanCounts(rows: readonly DefectionRow[]): SummaryCounts {
  let people = 0;
  let first: string | undefined;
  let last: string | undefined;
  const provinces = new Set<string>();
  for (const row of rows) {
    people += row.people;
    if (row.provinceIso) provinces.add(row.provinceIso);
    // Only records dated to a day give the span; a year-only date would stretch it to the whole year.
    if (!isDatedToDay(row)) continue;
    if (first === undefined || row.start < first) first = row.start;
    if (last === undefined || row.start > last) last = row.start;
  }
  return { records: rows.length, people, provinces: provinces.size, first, last };
}
