// The dashboard's filter state: one plain object, the single source for the URL, the charts and the table.
import type { ReasonTag, Role, Stance, Status } from '$lib/schema';

export const SORT_KEYS = ['date', 'name', 'province', 'role'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface FilterState {
  /** ISO 3166-2 codes, e.g. "KH-3". */
  provinces: string[];
  from?: string;
  to?: string;
  roles: Role[];
  fromParties: string[];
  toParties: string[];
  tags: ReasonTag[];
  stances: Stance[];
  /** Which verification levels count. */
  statuses: Status[];
  /** A wave id, or "all". */
  wave: string;
  q: string;
  sort: SortKey;
  descending: boolean;
}

/** Counting rule by default: confirmed and single-source records count; disputed ones are shown only on request. */
export const DEFAULT_STATUSES: Status[] = ['confirmed', 'reported'];
export const DEFAULT_WAVE = 'win-win-2017';

export function defaultFilterState(): FilterState {
  return {
    provinces: [],
    roles: [],
    fromParties: [],
    toParties: [],
    tags: [],
    stances: [],
    statuses: [...DEFAULT_STATUSES],
    wave: DEFAULT_WAVE,
    q: '',
    sort: 'date',
    descending: false
  };
}

/** The dimensions charts can leave out when cross-filtering. */
export type Dimension = 'province' | 'date' | 'role' | 'fromParty' | 'toParty' | 'tag' | 'stance' | 'status' | 'wave' | 'text';
