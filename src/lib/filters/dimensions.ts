// Every filter of the dashboard, declared once. From this list come the filter state's type (state.ts), the URL's
// parsing and writing (url.ts), the index's columns, tests and counts (row-index.ts), the shipped columns
// (columns.ts), the option lists and controls of the dashboard, and the reference predicates (reference.ts).
// Adding a filter over one more field of a row is one more entry here, its column's values, and its labels.
import type { DashboardLists } from '$lib/dashboard/lists';
import type { DefectionRow } from '$lib/data/rows';
import type { Messages } from '$lib/i18n/messages';
import { codesOf, REACTION_VOICES, REASON_TAGS, ROLES, STANCES, STATUSES } from '$lib/schema/vocabulary';

/** The values the URL may name that come from the data rather than from a fixed vocabulary. */
export interface FilterVocabulary {
  provinces: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  waves: ReadonlySet<string>;
  /** The wave a URL without `wave` means, which serializeFilterState leaves out. */
  defaultWave: string;
}

export type Labels = Record<string, string> | [string, string][];

interface Coded<V extends string> {
  /** The URL parameter. */
  param: string;
  /** The shipped column the index reads: codes into that column's values (bits of them for several values). */
  column: string;
  /** The values the URL may name. */
  known: readonly V[] | ((vocabulary: FilterVocabulary) => ReadonlySet<string>);
  /** How a value from the URL is written before it is looked up ("kh-3" → "KH-3"). */
  normalise?: (value: string) => string;
  /** The choices the dashboard lists, with their labels, in order; none for a filter the page draws otherwise (the map). */
  labels?: (messages: Messages, lists: DashboardLists) => Labels;
  /** The legend of the dashboard's control: a key of the catalogue's dashboard.filters. */
  legend?: keyof Messages['dashboard']['filters'];
  /** Options shown even when no row has them (so every status can be asked for). */
  alwaysListed?: boolean;
}

/** A row has one value; the filter keeps rows whose value is any of the chosen ones (none chosen: every row). */
export interface OneOf<V extends string = string> extends Coded<V> {
  kind: 'one-of';
  of: (row: DefectionRow) => V;
  /** Chosen when the URL names none; a URL that names none of the known values keeps it. */
  default?: readonly V[];
}

/** A row has one value; the filter keeps one value, or every row under `all`. */
export interface Single extends Coded<string> {
  kind: 'single';
  of: (row: DefectionRow) => string;
  all: string;
}

/** A row has several values (at most 32 distinct); the filter keeps rows holding any chosen one. */
export interface AnyOf<V extends string = string> extends Coded<V> {
  kind: 'any-of';
  of: (row: DefectionRow) => readonly V[];
}

/**
 * One part of a row's values written "part0:part1" (a reaction is "voice:stance"). The facets of one column are tested
 * together: a row passes when one of its values matches the choices of every facet, so they share a `slot`.
 */
export interface Facet<V extends string = string> extends Coded<V> {
  kind: 'facet';
  of: (row: DefectionRow) => readonly string[];
  part: number;
  slot: string;
}

export type Declaration = OneOf | Single | AnyOf | Facet;
type SlotOf<D> = D extends { kind: 'facet'; slot: infer S extends string } ? S : D extends { key: infer K extends string } ? K : never;
/** What a row can fail: a declared filter (facets of one column together), the date window, the free text. */
export type Slot = SlotOf<(typeof FILTERS)[number]> | 'date' | 'text';

/** Counting rule by default: confirmed and single-source records count; disputed ones are shown only on request. */
export const DEFAULT_STATUSES: readonly DefectionRow['status'][] = ['confirmed', 'reported'];

const upper = (value: string) => value.toUpperCase();
const keys = <V extends string>(vocabulary: Record<V, unknown>) => Object.keys(vocabulary) as V[];
const partyLabels = (_: Messages, lists: DashboardLists): Labels => lists.parties.map((p): [string, string] => [p.code, p.code]);

function declare<const K extends string, D extends Declaration>(key: K, declaration: D): D & { key: K } {
  return { ...declaration, key };
}

/** The dashboard's filters, in the order its controls are listed (the date window and the search box are the page's own). */
export const FILTERS = [
  declare('province', {
    kind: 'one-of', param: 'province', column: 'province', of: (row) => row.provinceIso,
    known: (v) => v.provinces, normalise: upper
  } satisfies OneOf),
  declare('role', {
    kind: 'one-of', param: 'role', column: 'role', of: (row) => row.role, known: keys(ROLES),
    labels: (m) => m.vocabulary.roles, legend: 'role'
  } satisfies OneOf<DefectionRow['role']>),
  declare('fromParty', {
    kind: 'one-of', param: 'from_party', column: 'fromParty', of: (row) => row.fromParty,
    known: (v) => v.parties, normalise: upper, labels: partyLabels, legend: 'fromParty'
  } satisfies OneOf),
  declare('toParty', {
    kind: 'one-of', param: 'to_party', column: 'toParty', of: (row) => row.toParty,
    known: (v) => v.parties, normalise: upper, labels: partyLabels, legend: 'toParty'
  } satisfies OneOf),
  declare('reason', {
    kind: 'any-of', param: 'reason', column: 'reason', of: (row) => row.tags, known: keys(REASON_TAGS),
    labels: (m) => m.vocabulary.tags, legend: 'reason'
  } satisfies AnyOf<DefectionRow['tags'][number]>),
  declare('voice', {
    kind: 'facet', param: 'voice', column: 'reaction', of: (row) => row.reactions, part: 0, slot: 'reaction' as const,
    known: codesOf(REACTION_VOICES), labels: (m) => m.dashboard.filters.voices, legend: 'voice'
  } satisfies Facet<keyof typeof REACTION_VOICES>),
  declare('stance', {
    kind: 'facet', param: 'stance', column: 'reaction', of: (row) => row.reactions, part: 1, slot: 'reaction' as const,
    known: keys(STANCES), labels: (m) => m.vocabulary.stances, legend: 'stance'
  } satisfies Facet<keyof typeof STANCES>),
  declare('status', {
    kind: 'one-of', param: 'status', column: 'status', of: (row) => row.status, known: codesOf(STATUSES),
    default: DEFAULT_STATUSES, labels: (m) => m.vocabulary.statuses, legend: 'status', alwaysListed: true
  } satisfies OneOf<DefectionRow['status']>),
  declare('wave', { kind: 'single', param: 'wave', column: 'wave', of: (row) => row.wave, known: (v) => v.waves, all: 'all' } satisfies Single)
] as const;

export type FilterDeclaration = Declaration & { key: string };

/** The slot a declaration's test fills: a row failing one slot only still counts for that slot's chart or options. */
export const slotOf = (d: FilterDeclaration): string => (d.kind === 'facet' ? d.slot : d.key);
