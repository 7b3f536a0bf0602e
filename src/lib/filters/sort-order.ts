// The table's order: what a row sorts by for each sort key, and the tie-break that makes every order total.
import type { DefectionRow } from '$lib/data/rows';
import { dateSortKey } from '$lib/data/dates';
import { ROLES } from '$lib/schema/vocabulary';
import type { FilterState } from './state';

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

/** The table order's rule: by key in the chosen direction, then by record id. */
export function compareSortKeys(keyA: string | number, keyB: string | number, idA: string, idB: string, direction: 1 | -1): number {
  if (keyA < keyB) return -direction;
  if (keyA > keyB) return direction;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
