// What the dashboard shows for a filter state, as plain data: the browser derives it from the rows on every change,
// and the build derives the default view once (the snapshot) so that view is in the HTML before any rows arrive.
import type { DefectionRow } from '$lib/data/rows';
import {
  binFor, countByProvince, countByTime, cumulativeByDay, isDatedToDay, topCommunesByProvince,
  type Bin, type Count, type TimeBin
} from '$lib/filters/aggregate';
import { crossFilter, sortRows, type CrossFiltered } from '$lib/filters/apply';
import { countBy } from '$lib/filters/options';
import { defaultFilterState, type Dimension } from '$lib/filters/state';
import { daysBetween, fullDomain, timelineDomain } from '$lib/timeline/scales';
import type { DashboardData } from './view-data';

/** The filters whose options show cross-filtered counts. */
export const OPTION_DIMENSIONS = ['role', 'fromParty', 'toParty', 'tag', 'stance', 'status'] as const satisfies Dimension[];
export type OptionDimension = (typeof OPTION_DIMENSIONS)[number];

const OPTION_KEYS: Record<OptionDimension, (row: DefectionRow) => string | readonly string[]> = {
  role: (row) => row.role,
  fromParty: (row) => row.fromParty,
  toParty: (row) => row.toParty,
  tag: (row) => row.tags,
  stance: (row) => row.stances,
  status: (row) => row.status
};

/** What the summary sentence counts. */
export interface SummaryCounts extends Count {
  provinces: number;
  /** First and last day among records dated to a day. */
  first?: string;
  last?: string;
}

export function summaryCounts(rows: readonly DefectionRow[]): SummaryCounts {
  let people = 0;
  let first: string | undefined;
  let last: string | undefined;
  const provinces = new Set<string>();
  for (const row of rows) {
    people += row.people;
    if (row.provinceIso) provinces.add(row.provinceIso);
    // Only records dated to a day give the span; a year-only date would stretch it to the whole year.
    if (!isDatedToDay(row)) continue;
    if (first === undefined || row.start! < first) first = row.start;
    if (last === undefined || row.start! > last) last = row.start;
  }
  return { records: rows.length, people, provinces: provinces.size, first, last };
}

export interface DashboardView {
  /** Rows passing every filter, in table order (the snapshot keeps only the first page). */
  tableRows: DefectionRow[];
  tableCount: number;
  counts: SummaryCounts;
  /** Map: every filter but the province filter, so other provinces stay visible (dimmed). */
  provinceCounts: Map<string, Count>;
  topCommunes: Map<string, { name: string; records: number }[]>;
  /** Timeline: every filter but the date range, so the brush shows what lies outside it. */
  bins: TimeBin[];
  cumulative: { day: string; people: number; records: number }[];
  notOnTimeline: number;
  /** For each option filter, how many rows each choice would give with the other filters held. */
  options: Record<OptionDimension, Map<string, number>>;
}

export function viewOf(filtered: CrossFiltered, bin: Bin): DashboardView {
  const mapRows = filtered.except('province');
  const timeRows = filtered.except('date');
  const options = Object.fromEntries(
    OPTION_DIMENSIONS.map((dimension) => [dimension, countBy(filtered.except(dimension), OPTION_KEYS[dimension])])
  ) as DashboardView['options'];
  return {
    tableRows: filtered.all,
    tableCount: filtered.all.length,
    counts: summaryCounts(filtered.all),
    provinceCounts: countByProvince(mapRows),
    topCommunes: topCommunesByProvince(mapRows),
    bins: countByTime(timeRows, bin),
    cumulative: cumulativeByDay(timeRows),
    notOnTimeline: timeRows.reduce((sum, row) => (isDatedToDay(row) ? sum : sum + 1), 0),
    options
  };
}

/** The timeline's span: the wave's window (with lead-in events), or every dated thing for "all". */
export function domainOf(
  rows: readonly DefectionRow[],
  waveId: string,
  data: Pick<DashboardData, 'waves' | 'events' | 'claims'>
): [string, string] {
  const wave = data.waves.find((w) => w.id === waveId);
  const eventDays = data.events.map((e) => e.day);
  const dataDays = rows.filter(isDatedToDay).map((row) => row.start!);
  return wave ? timelineDomain(wave, { eventDays, dataDays }) : fullDomain([...dataDays, ...data.claims.map((c) => c.day)]);
}

export const binOf = (domain: [string, string]): Bin => binFor(daysBetween(domain[0], domain[1]));

export interface DashboardSnapshot extends DashboardView {
  domain: [string, string];
  bin: Bin;
  /** Each table row's position among all rows, which locates its full record. */
  tableRowIndexes: number[];
}

/** The default view (no filters, default sort), computed at build time; the table keeps its first page. */
export function snapshotOf(
  rows: readonly DefectionRow[],
  data: Pick<DashboardData, 'waves' | 'events' | 'claims'>,
  pageSize: number
): DashboardSnapshot {
  const state = defaultFilterState();
  const domain = domainOf(rows, state.wave, data);
  const bin = binOf(domain);
  const view = viewOf(crossFilter(sortRows([...rows], state), state), bin);
  const indexes = new Map(rows.map((row, index) => [row.id, index]));
  const tableRows = view.tableRows.slice(0, pageSize);
  return { ...view, tableRows, tableRowIndexes: tableRows.map((row) => indexes.get(row.id)!), domain, bin };
}
