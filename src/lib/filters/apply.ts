// Filtering and sorting rows by a FilterState; each chart can leave out its own dimension (cross-filtering).
import type { DefectionRow } from '$lib/data/rows';
import { matchesSearchTerm, normaliseForSearch, stanceOf, voiceOf, type ReactionKind } from '$lib/data/rows';
import { dateSortKey } from '$lib/data/dates';
import { ROLES } from '$lib/schema/vocabulary';
import type { Dimension, FilterState } from './state';

type Predicate = (row: DefectionRow) => boolean;

function inSet<T>(values: readonly T[], pick: (row: DefectionRow) => T): Predicate | undefined {
  if (values.length === 0) return undefined;
  const set = new Set(values);
  return (row) => set.has(pick(row));
}

function anyInSet<T>(values: readonly T[], pick: (row: DefectionRow) => readonly T[]): Predicate | undefined {
  if (values.length === 0) return undefined;
  const set = new Set(values);
  return (row) => pick(row).some((value) => set.has(value));
}

/** Whether a kind of reaction is among those the reaction filters ask for: one of the voices (any when none), with one of the stances (any when none). */
export function heard({ voices, stances }: Pick<FilterState, 'voices' | 'stances'>): (kind: ReactionKind) => boolean {
  return (kind) => (voices.length === 0 || voices.includes(voiceOf(kind))) && (stances.length === 0 || stances.includes(stanceOf(kind)));
}

/** The stances a row's reactions take in the chosen voices, and the voices that take the chosen stances: the option counts' keys. */
export const stancesHeard = (row: DefectionRow, state: Pick<FilterState, 'voices'>) =>
  [...new Set(row.reactions.filter(heard({ voices: state.voices, stances: [] })).map(stanceOf))];
export const voicesHeard = (row: DefectionRow, state: Pick<FilterState, 'stances'>) =>
  [...new Set(row.reactions.filter(heard({ voices: [], stances: state.stances })).map(voiceOf))];

/** One predicate per active dimension; inactive dimensions are left out so they cost nothing. */
export function predicatesFor(state: FilterState): Map<Dimension, Predicate> {
  const predicates = new Map<Dimension, Predicate | undefined>([
    ['province', inSet(state.provinces, (row) => row.provinceIso)],
    ['role', inSet(state.roles, (row) => row.role)],
    ['fromParty', inSet(state.fromParties, (row) => row.fromParty)],
    ['toParty', inSet(state.toParties, (row) => row.toParty)],
    ['tag', anyInSet(state.tags, (row) => row.tags)],
    ['reaction', state.voices.length || state.stances.length ? (row) => row.reactions.some(heard(state)) : undefined],
    ['status', inSet(state.statuses, (row) => row.status)],
    ['wave', state.wave === 'all' ? undefined : (row) => row.wave === state.wave]
  ]);
  if (state.from || state.to) {
    const window = { from: state.from, to: state.to };
    const rule = state.dates === 'overlap' ? mayFallIn : liesWithin;
    predicates.set('date', (row) => rule(row, window));
  }
  const query = normaliseForSearch(state.q);
  if (query) {
    const terms = query.split(' ');
    predicates.set('text', (row) => terms.every((term) => matchesSearchTerm(row, term)));
  }
  return new Map([...predicates].filter((entry): entry is [Dimension, Predicate] => entry[1] !== undefined));
}

type DateWindow = Pick<FilterState, 'from' | 'to'>;

/** Whether every day the row may be dated to lies in the window: only then is it known to fall in it. Undated: no. */
export function liesWithin(row: Pick<DefectionRow, 'start' | 'end'>, { from = '0000-01-01', to = '9999-12-31' }: DateWindow): boolean {
  return row.start !== undefined && row.end !== undefined && row.start >= from && row.end <= to;
}

/** Whether any day the row may be dated to lies in the window. Undated: no. */
export function mayFallIn(row: Pick<DefectionRow, 'start' | 'end'>, { from = '0000-01-01', to = '9999-12-31' }: DateWindow): boolean {
  return row.start !== undefined && row.end !== undefined && row.start <= to && row.end >= from;
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

/** Rows passing every filter except the listed dimensions. Retracted records never count. */
export function filterRows(rows: readonly DefectionRow[], state: FilterState, except: readonly Dimension[] = []): DefectionRow[] {
  const active = [...predicatesFor(state)].filter(([dimension]) => !except.includes(dimension)).map(([, predicate]) => predicate);
  return rows.filter((row) => !row.retracted && active.every((predicate) => predicate(row)));
}

/** The first dimension which, on its own, removes every row: what an empty view should name. */
export function emptyingDimensions(rows: readonly DefectionRow[], state: FilterState): Dimension[] {
  const live = rows.filter((row) => !row.retracted);
  return [...predicatesFor(state)].filter(([, predicate]) => !live.some(predicate)).map(([dimension]) => dimension);
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

export function sortRows(rows: DefectionRow[], state: Pick<FilterState, 'sort' | 'descending'>): DefectionRow[] {
  const pick = sortKeyOf(state);
  const direction = state.descending ? -1 : 1;
  return rows.sort((a, b) => compareSortKeys(pick(a), pick(b), a.id, b.id, direction));
}

/** The table order's rule: by key in the chosen direction, then by record id. */
export function compareSortKeys(keyA: string | number, keyB: string | number, idA: string, idB: string, direction: 1 | -1): number {
  if (keyA < keyB) return -direction;
  if (keyA > keyB) return direction;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
