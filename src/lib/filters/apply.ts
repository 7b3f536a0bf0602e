// Filtering and sorting rows by a FilterState; each chart can leave out its own dimension (cross-filtering).
import type { DefectionRow } from '$lib/data/rows';
import { matchesSearchTerm, normaliseForSearch } from '$lib/data/rows';
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

/** One predicate per active dimension; inactive dimensions are left out so they cost nothing. */
export function predicatesFor(state: FilterState): Map<Dimension, Predicate> {
  const predicates = new Map<Dimension, Predicate | undefined>([
    ['province', inSet(state.provinces, (row) => row.provinceIso)],
    ['role', inSet(state.roles, (row) => row.role)],
    ['fromParty', inSet(state.fromParties, (row) => row.fromParty)],
    ['toParty', inSet(state.toParties, (row) => row.toParty)],
    ['tag', anyInSet(state.tags, (row) => row.tags)],
    ['stance', anyInSet(state.stances, (row) => row.stances)],
    ['status', inSet(state.statuses, (row) => row.status)],
    ['wave', state.wave === 'all' ? undefined : (row) => row.wave === state.wave]
  ]);
  if (state.from || state.to) {
    const from = state.from ?? '0000-01-01';
    const to = state.to ?? '9999-12-31';
    // A record counts when any of its possible days falls in the range; undated records drop out.
    predicates.set('date', (row) => row.start !== undefined && row.end !== undefined && row.start <= to && row.end >= from);
  }
  const query = normaliseForSearch(state.q);
  if (query) {
    const terms = query.split(' ');
    predicates.set('text', (row) => terms.every((term) => matchesSearchTerm(row, term)));
  }
  return new Map([...predicates].filter((entry): entry is [Dimension, Predicate] => entry[1] !== undefined));
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
    date: (row) => row.start ?? (state.descending ? '' : '\uffff'),
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
