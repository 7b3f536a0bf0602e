// The dashboard's filter state: one plain object, the single source for the URL, the charts and the table.
import type { ReasonTag, Role, Stance, Status } from '$lib/schema';
import type { Voice } from '$lib/data/rows';

export const SORT_KEYS = ['date', 'name', 'province', 'role'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Which records a date window counts: `within`, those whose whole known date span lies inside it (the default: only
 * they are known to fall in it); `overlap`, also those whose span only overlaps it ("October 2017" in 20–31 Oct).
 */
export const DATE_RULES = ['within', 'overlap'] as const;
export type DateRule = (typeof DATE_RULES)[number];

export interface FilterState {
  /** ISO 3166-2 codes, e.g. "KH-3". */
  provinces: string[];
  from?: string;
  to?: string;
  /** How a record's date span must meet the window from–to. */
  dates: DateRule;
  roles: Role[];
  fromParties: string[];
  toParties: string[];
  tags: ReasonTag[];
  /** Who reacted (constituents, a party, the defector) and how: a record passes when one reaction matches both. */
  voices: Voice[];
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

/** The wave the dashboard opens on: the one data/waves.yaml marks `default: true` (validation requires exactly one). */
export function defaultWaveOf<W extends { id: string; default?: true }>(waves: readonly W[]): W {
  const wave = waves.find((candidate) => candidate.default);
  if (!wave) throw new Error('No wave in data/waves.yaml has "default: true": mark the one the dashboard opens on (npm run validate checks this).');
  return wave;
}

/** No filter, the default sort, and `defaultWave` (a wave id: see defaultWaveOf). */
export function defaultFilterState(defaultWave: string): FilterState {
  return {
    provinces: [],
    dates: 'within',
    roles: [],
    fromParties: [],
    toParties: [],
    tags: [],
    voices: [],
    stances: [],
    statuses: [...DEFAULT_STATUSES],
    wave: defaultWave,
    q: '',
    sort: 'date',
    descending: false
  };
}

/** The dimensions charts can leave out when cross-filtering. */
export type Dimension = 'province' | 'date' | 'role' | 'fromParty' | 'toParty' | 'tag' | 'reaction' | 'status' | 'wave' | 'text';
