// The dashboard's filter state: one plain object, the single source for the URL, the charts and the table. Its filter
// fields are derived from the declarations (dimensions.ts); the date window, search and sort are every case's.
import { FILTERS, type FilterDeclaration, type Slot } from './dimensions';

export const SORT_KEYS = ['date', 'name', 'province', 'role'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Which records a date window counts: `within`, those whose whole known date span lies inside it (the default: only
 * they are known to fall in it); `overlap`, also those whose span only overlaps it ("October 2017" in 20–31 Oct).
 */
export const DATE_RULES = ['within', 'overlap'] as const;
export type DateRule = (typeof DATE_RULES)[number];

type ValueOf<D> = D extends { kind: 'single' } ? string : D extends { known: readonly (infer V)[] } ? V[] : string[];
type Declared = (typeof FILTERS)[number];

export type FilterState = { [D in Declared as D['key']]: ValueOf<D> } & {
  from?: string;
  to?: string;
  /** How a record's date span must meet the window from–to. */
  dates: DateRule;
  q: string;
  sort: SortKey;
  descending: boolean;
};

type Values = Record<string, string | string[]>;
/** A state's declared filters by key, for code that reads any declaration (the index, the URL): the same object. */
export const valuesOf = (state: FilterState): Values => state as unknown as Values;

/** The wave the dashboard opens on: the one data/waves.yaml marks `default: true` (validation requires exactly one). */
export function defaultWaveOf<W extends { id: string; default?: true }>(waves: readonly W[]): W {
  const wave = waves.find((candidate) => candidate.default);
  if (!wave) throw new Error('No wave in data/waves.yaml has "default: true": mark the one the dashboard opens on (npm run validate checks this).');
  return wave;
}

/** A declaration's value when the URL says nothing of it. */
export const defaultOf = (d: FilterDeclaration, defaultWave: string): string | string[] =>
  d.kind === 'single' ? defaultWave : d.kind === 'one-of' && d.default ? [...d.default] : [];

/** No filter, the default sort, and `defaultWave` (a wave id: see defaultWaveOf). */
export function defaultFilterState(defaultWave: string, filters: readonly FilterDeclaration[] = FILTERS): FilterState {
  const state = { dates: 'within', q: '', sort: 'date', descending: false } as FilterState;
  for (const d of filters) valuesOf(state)[d.key] = defaultOf(d, defaultWave);
  return state;
}

/** What an empty view can name as its cause: a declared filter's slot, the date window or the search text. */
export type Dimension = Slot;
