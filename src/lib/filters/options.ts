// The dashboard's filter controls, from the declarations: each filter with labels, its options in order with their
// cross-filtered counts (how many rows each choice would give, other filters held), and what is chosen.
import type { DashboardLists } from '$lib/dashboard/lists';
import type { Messages } from '$lib/i18n/messages';
import { FILTERS, type FilterDeclaration, type Labels } from './dimensions';
import { valuesOf, type FilterState } from './state';

export interface Option {
  value: string;
  label: string;
  count: number;
  hidden: boolean;
}

/**
 * Every option with its count; an option no row has, and that is not chosen, is `hidden`. Hidden rather than left out:
 * a filter change then updates counts and attributes, and builds no checkbox.
 */
export function optionsFrom(labels: Labels, counts: ReadonlyMap<string, number>, keepEmpty: readonly string[] = []): Option[] {
  const entries = Array.isArray(labels) ? labels : Object.entries(labels);
  return entries.map(([value, label]) => {
    const count = counts.get(value) ?? 0;
    return { value, label, count, hidden: count === 0 && !keepEmpty.includes(value) };
  });
}

export interface Control {
  key: string;
  legend: string;
  options: Option[];
  selected: string[];
  /** A filter with a default (the counted statuses) keeps one choice at least: unticking the last changes nothing. */
  keepsOne: boolean;
}

/** One control per declared filter that has labels, in declaration order. */
export function controlsOf(
  state: FilterState,
  counts: Readonly<Record<string, ReadonlyMap<string, number>>> | undefined,
  messages: Messages,
  lists: DashboardLists,
  filters: readonly FilterDeclaration[] = FILTERS
): Control[] {
  const values = valuesOf(state);
  return filters.flatMap((d) => {
    if (!d.labels || d.kind === 'single') return [];
    const labels = d.labels(messages, lists);
    const selected = values[d.key] as string[];
    const keep = d.alwaysListed ? (Array.isArray(labels) ? labels : Object.entries(labels)).map(([value]) => value) : selected;
    const legend = d.legend ? String(messages.dashboard.filters[d.legend]) : d.key;
    return [{ key: d.key, legend, options: optionsFrom(labels, counts?.[d.key] ?? new Map(), keep), selected, keepsOne: d.kind === 'one-of' && Boolean(d.default) }];
  });
}
