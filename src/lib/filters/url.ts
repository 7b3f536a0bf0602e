// FilterState ⇄ URL query string, for every declared filter (dimensions.ts). Parsing never throws: what it cannot use
// it ignores and reports.
import { byCodePoint } from '$lib/i18n/alphabetical';
import { isSearchable, searchTextOf } from '$lib/search/normalise';
import { FILTERS, type FilterDeclaration, type FilterVocabulary } from './dimensions';
import { DATE_RULES, SORT_KEYS, defaultFilterState, defaultOf, valuesOf, type FilterState, type SortKey } from './state';

export type { FilterVocabulary };

export interface IgnoredParam {
  param: string;
  value: string;
  reason: string;
}

export interface ParsedFilters {
  state: FilterState;
  ignored: IgnoredParam[];
}

/** Parameters of the page itself, not filters: an embed's colours (static/embed-frame.js reads it). */
export const PAGE_PARAMS: readonly string[] = ['theme'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const byName = (values: readonly string[]) => [...values].sort(byCodePoint);
const joined = (values: readonly string[]) => byName(values).join(',');

export function parseFilterParams(params: URLSearchParams, vocabulary: FilterVocabulary, filters: readonly FilterDeclaration[] = FILTERS): ParsedFilters {
  const state = defaultFilterState(vocabulary.defaultWave, filters);
  const values = valuesOf(state);
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  const byParam = new Map(filters.map((d) => [d.param, d]));

  for (const [param, rawValue] of params) {
    if (PAGE_PARAMS.includes(param)) continue;
    const value = rawValue.slice(0, 1000);
    if (seen.has(param)) {
      ignored.push({ param, value, reason: 'repeated parameter; the first one is used' });
      continue;
    }
    seen.add(param);
    const declared = byParam.get(param);
    if (declared) {
      const knownValues: ReadonlySet<string> = typeof declared.known === 'function' ? declared.known(vocabulary) : new Set<string>(declared.known);
      const known = (value: string) => knownValues.has(value);
      if (declared.kind === 'single') {
        if (value === declared.all || known(value)) values[declared.key] = value;
        else ignored.push({ param, value, reason: `unknown ${declared.key}` });
        continue;
      }
      const items = value.split(',').map((item) => (declared.normalise ?? String)(item.trim())).filter(Boolean);
      for (const item of items.filter((item) => !known(item))) ignored.push({ param, value: item, reason: 'unknown value' });
      const chosen = byName([...new Set(items.filter(known))]);
      // A filter with a default (the counted statuses) keeps it when the URL names none of its values.
      if (chosen.length > 0 || declared.kind !== 'one-of' || !declared.default) values[declared.key] = chosen;
      continue;
    }
    switch (param) {
      case 'from':
      case 'to':
        if (isRealDay(value)) state[param] = value;
        else ignored.push({ param, value, reason: 'not a date written YYYY-MM-DD' });
        break;
      case 'dates':
        if ((DATE_RULES as readonly string[]).includes(value)) state.dates = value as FilterState['dates'];
        else ignored.push({ param, value, reason: 'unknown value' });
        break;
      case 'q': {
        const q = searchTextOf(value);
        if (q === '' || isSearchable(q)) state.q = q;
        else ignored.push({ param, value, reason: 'unreadable' });
        break;
      }
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
export function serializeFilterState(state: FilterState, defaultWave: string, filters: readonly FilterDeclaration[] = FILTERS): string {
  const params = new URLSearchParams();
  const values = valuesOf(state);
  const write = (d: FilterDeclaration) => {
    const value = values[d.key];
    const fallback = defaultOf(d, defaultWave);
    if (typeof value === 'string') {
      if (value !== fallback) params.set(d.param, value);
    } else if (value.length && joined(value) !== joined(fallback as string[])) params.set(d.param, joined(value));
  };
  // The province comes first and the wave last, as links shared so far have them.
  for (const d of filters) if (d.key === 'province') write(d);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.dates !== 'within') params.set('dates', state.dates);
  for (const d of filters) if (d.key !== 'province') write(d);
  // A search with nothing searchable in it is no filter: left out, as parsing would ignore it.
  if (state.q.trim() && isSearchable(state.q.trim())) params.set('q', state.q.trim());
  if (state.sort !== 'date' || state.descending) params.set('sort', `${state.descending ? '-' : ''}${state.sort}`);
  // Commas are safe in query strings and keep lists readable: ?province=KH-3,KH-21
  return params.toString().replaceAll('%2C', ',');
}
