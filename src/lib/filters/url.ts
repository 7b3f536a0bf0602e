// FilterState ⇄ URL query string. Parsing never throws: what it cannot use it ignores and reports.
import { REASON_TAGS, ROLES, STANCES, STATUSES } from '$lib/schema/vocabulary';
import { VOICES } from '$lib/data/rows';
import { DATE_RULES, DEFAULT_STATUSES, SORT_KEYS, defaultFilterState, type FilterState, type SortKey } from './state';

export interface FilterVocabulary {
  provinces: ReadonlySet<string>;
  parties: ReadonlySet<string>;
  waves: ReadonlySet<string>;
  /** The wave a URL without `wave` means, which serializeFilterState leaves out. */
  defaultWave: string;
}

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedFilters {
  state: FilterState;
  ignored: IgnoredParam[];
}

const MAX_QUERY_LENGTH = 200;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const byName = <T extends string>(values: T[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Not `item in vocabulary`: that also accepts the keys every object inherits (?stance=toString, ?role=constructor).
const isKeyOf = (vocabulary: object) => (item: string) => Object.hasOwn(vocabulary, item);

export function parseFilterParams(params: URLSearchParams, vocabulary: FilterVocabulary): ParsedFilters {
  const state = defaultFilterState(vocabulary.defaultWave);
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();

  const list = <T extends string>(param: string, value: string, isKnown: (item: string) => boolean, normalise = (item: string) => item): T[] => {
    const items = value.split(',').map((item) => normalise(item.trim())).filter(Boolean);
    const known = items.filter(isKnown);
    for (const item of items.filter((item) => !isKnown(item))) ignored.push({ param, value: item, reason: 'unknown value' });
    return byName([...new Set(known)] as T[]);
  };

  for (const [param, rawValue] of params) {
    const value = rawValue.slice(0, 1000);
    if (seen.has(param)) {
      ignored.push({ param, value, reason: 'repeated parameter; the first one is used' });
      continue;
    }
    seen.add(param);
    switch (param) {
      case 'province':
        state.provinces = list(param, value, (item) => vocabulary.provinces.has(item), (item) => item.toUpperCase());
        break;
      case 'from':
      case 'to':
        if (isRealDay(value)) state[param] = value;
        else ignored.push({ param, value, reason: 'not a date written YYYY-MM-DD' });
        break;
      case 'dates':
        if ((DATE_RULES as readonly string[]).includes(value)) state.dates = value as FilterState['dates'];
        else ignored.push({ param, value, reason: 'unknown value' });
        break;
      case 'role':
        state.roles = list(param, value, isKeyOf(ROLES));
        break;
      case 'from_party':
        state.fromParties = list(param, value, (item) => vocabulary.parties.has(item), (item) => item.toUpperCase());
        break;
      case 'to_party':
        state.toParties = list(param, value, (item) => vocabulary.parties.has(item), (item) => item.toUpperCase());
        break;
      case 'reason':
        state.tags = list(param, value, isKeyOf(REASON_TAGS));
        break;
      case 'voice':
        state.voices = list(param, value, (item) => (VOICES as readonly string[]).includes(item));
        break;
      case 'stance':
        state.stances = list(param, value, isKeyOf(STANCES));
        break;
      case 'status': {
        const statuses = list<FilterState['statuses'][number]>(param, value, isKeyOf(STATUSES));
        if (statuses.length > 0) state.statuses = statuses;
        break;
      }
      case 'wave':
        if (value === 'all' || vocabulary.waves.has(value)) state.wave = value;
        else ignored.push({ param, value, reason: 'unknown wave' });
        break;
      case 'q':
        state.q = value.trim().slice(0, MAX_QUERY_LENGTH).trim();
        break;
      case 'sort': {
        const descending = value.startsWith('-');
        const key = descending ? value.slice(1) : value;
        if ((SORT_KEYS as readonly string[]).includes(key)) {
          state.sort = key as SortKey;
          state.descending = descending;
        } else ignored.push({ param, value, reason: 'unknown sort column' });
        break;
      }
      default:
        ignored.push({ param, value, reason: 'unknown parameter' });
    }
  }
  if (state.from && state.to && state.from > state.to) {
    ignored.push({ param: 'to', value: state.to, reason: 'earlier than "from"' });
    delete state.to;
  }
  return { state, ignored };
}

/** Canonical query string (fixed parameter order, defaults left out), so equal views share one URL. */
export function serializeFilterState(state: FilterState, defaultWave: string): string {
  const params = new URLSearchParams();
  const join = (values: readonly string[]) => byName([...values]).join(',');
  if (state.provinces.length) params.set('province', join(state.provinces));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.dates !== 'within') params.set('dates', state.dates);
  if (state.roles.length) params.set('role', join(state.roles));
  if (state.fromParties.length) params.set('from_party', join(state.fromParties));
  if (state.toParties.length) params.set('to_party', join(state.toParties));
  if (state.tags.length) params.set('reason', join(state.tags));
  if (state.voices.length) params.set('voice', join(state.voices));
  if (state.stances.length) params.set('stance', join(state.stances));
  if (join(state.statuses) !== join(DEFAULT_STATUSES) && state.statuses.length) params.set('status', join(state.statuses));
  if (state.wave !== defaultWave) params.set('wave', state.wave);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort !== 'date' || state.descending) params.set('sort', `${state.descending ? '-' : ''}${state.sort}`);
  // Commas are safe in query strings and keep lists readable: ?province=KH-3,KH-21
  return params.toString().replaceAll('%2C', ',');
}
