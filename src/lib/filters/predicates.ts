// What each filter means, as a predicate over one row. The page runs them only to name the filter that empties a view
// (emptyingDimensions); the index (row-index.ts) compiles the same rules to codes, and the reference (reference.ts)
// composes these predicates into the plain definition the index is tested against.
import type { DefectionRow } from '$lib/data/rows';
import { matchesSearchTerm, stanceOf, voiceOf, type ReactionKind } from '$lib/data/rows';
import { normaliseForSearch } from '$lib/search/normalise';
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

/** The dimensions which, each on its own, remove every row: what an empty view should name. */
export function emptyingDimensions(rows: readonly DefectionRow[], state: FilterState): Dimension[] {
  const live = rows.filter((row) => !row.retracted);
  return [...predicatesFor(state)].filter(([, predicate]) => !live.some(predicate)).map(([dimension]) => dimension);
}
