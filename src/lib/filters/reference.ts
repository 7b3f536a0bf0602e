// The plain definition of what the dashboard shows — filtering, sorting and counting row objects one predicate at a
// time — that the index (row-index.ts) is tested against on random filter states. Tests only: the page never runs it.
import type { DefectionRow } from '$lib/data/rows';
import { stanceOf, voiceOf } from '$lib/data/rows';
import { isDatedToDay, mondayOf, type Bin, type Count, type TimeBin, type TopCommune } from './counts';
import { heard, liesWithin, mayFallIn, predicatesFor } from './predicates';
import { compareSortKeys, sortKeyOf } from './sort-order';
import type { Dimension, FilterState } from './state';

/** Rows passing every filter except the listed dimensions. Retracted records never count. */
export function filterRows(rows: readonly DefectionRow[], state: FilterState, except: readonly Dimension[] = []): DefectionRow[] {
  const active = [...predicatesFor(state)].filter(([dimension]) => !except.includes(dimension)).map(([, predicate]) => predicate);
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

/** The stances a row's reactions take in the chosen voices, and the voices that take the chosen stances: the option counts' keys. */
export const stancesHeard = (row: DefectionRow, state: Pick<FilterState, 'voices'>) =>
  [...new Set(row.reactions.filter(heard({ voices: state.voices, stances: [] })).map(stanceOf))];
export const voicesHeard = (row: DefectionRow, state: Pick<FilterState, 'stances'>) =>
  [...new Set(row.reactions.filter(heard({ voices: [], stances: state.stances })).map(voiceOf))];

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
