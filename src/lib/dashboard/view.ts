// What the dashboard shows for a filter state, as plain data: the browser derives it from the rows on every change,
// and the build derives the default view once (the snapshot) so that view is in the HTML before any rows arrive.
import type { DefectionRow } from '$lib/data/rows';
import { mondayOf } from '$lib/day';
import { binFor, type Bin, type Count, type TimeBin, type TopCommune } from '$lib/filters/counts';
import { encodeRows } from '$lib/filters/columns';
import { RowIndex, type CrossCounts, type RowList } from '$lib/filters/row-index';
import { defaultFilterState, defaultWaveOf, type FilterState } from '$lib/filters/state';
import type { Status } from '$lib/schema';
import { daysBetween, fullDomain, timelineDomain } from '$lib/timeline/scales';
import type { DashboardLists } from './lists';

/**
 * What the summary sentence counts: the counted records shown (confirmed or reported) when there are any, else the
 * disputed ones shown, which are never counted as defections; `byStatus` gives the records shown per status.
 */
export interface SummaryCounts extends Count {
  provinces: number;
  /** First and last day among records dated to a day. */
  first?: string;
  last?: string;
  byStatus?: Partial<Record<Status, number>>;
}

export interface DashboardView {
  /** Rows passing every filter, in table order (the snapshot keeps only the first page). */
  tableRows: RowList;
  tableCount: number;
  counts: SummaryCounts;
  /** Records the date rule left out that may fall in the window (`within`), or counted that may fall outside it (`overlap`). */
  datesUncertain: number;
  /** Map: every filter but the province filter, so other provinces stay visible (dimmed). */
  provinceCounts: Map<string, Count>;
  topCommunes: Map<string, TopCommune[]>;
  /** Timeline: every filter but the date range, so the brush shows what lies outside it. */
  bins: TimeBin[];
  cumulative: { day: string; people: number; records: number }[];
  notOnTimeline: number;
  /** For each filter (by key), how many rows each choice would give with the other filters held. */
  options: Record<string, Map<string, number>>;
  /** The close spellings searched instead of the words typed, when those match nothing. */
  closeSpellings: string[];
}

/** The view for a filter state: one counting pass over the index (row-index.ts), then small per-code tables to draw. */
export function viewOf(index: RowIndex, state: FilterState, bin: Bin): DashboardView {
  const counts = index.count(state);
  const counted = countedOnly(index, state, counts);
  return {
    tableRows: index.passingRows(counts.passing, counts.records, index.order(state)),
    tableCount: counts.records,
    datesUncertain: counts.datesUncertain,
    counts: summaryCountsOf(index, state, counts, counted),
    ...mapOf(index, counts),
    ...timelineOf(index, counts, counted, bin),
    options: Object.fromEntries(index.filters.map(({ key }) => [key, nonZero(index.optionValues(key), counts.options[key])])),
    closeSpellings: index.closeSpellings(state.q)
  };
}

/**
 * summaryCounts over the index. Records per status come from the status filter's own counts (a chosen status's count
 * there is its count among the rows shown); when disputed records are shown beside counted ones, people, provinces
 * and dates are the counted records' alone.
 */
function summaryCountsOf(index: RowIndex, state: FilterState, counts: CrossCounts, counted: CrossCounts | undefined): SummaryCounts {
  const values = index.optionValues('status');
  const byStatus: Partial<Record<Status, number>> = {};
  for (const status of state.status) {
    const code = values.indexOf(status);
    if (code >= 0 && counts.options.status[code] > 0) byStatus[status] = counts.options.status[code];
  }
  const shown = byStatus.disputed && byStatus.disputed < counts.records && counted ? counted : counts;
  return {
    records: shown.records,
    people: shown.people,
    provinces: shown.provinces,
    first: shown.firstDay < 0 ? undefined : index.days[shown.firstDay],
    last: shown.lastDay < 0 ? undefined : index.days[shown.lastDay],
    byStatus
  };
}

function nonZero(values: readonly string[], counts: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  counts.forEach((count, code) => {
    if (count > 0) map.set(values[code], count);
  });
  return map;
}

function mapOf(index: RowIndex, { map, options }: CrossCounts): Pick<DashboardView, 'provinceCounts' | 'topCommunes'> {
  const provinceCounts = new Map<string, Count>();
  // The first filter is the map's: its option counts are the map's records.
  const provinces = index.optionValues(index.filters[0].key);
  options[index.filters[0].key].forEach((records, code) => {
    if (records > 0) provinceCounts.set(provinces[code], { records, people: map.people[code] });
  });
  // Each province keeps only its current top few while the communes are walked: no list of every commune to sort.
  const topCommunes = new Map<string, TopCommune[]>();
  const before = (a: TopCommune, b: TopCommune) => a.records > b.records || (a.records === b.records && a.name < b.name);
  map.placeRecords.forEach((records, code) => {
    if (records === 0) return;
    const place = index.places[code];
    const iso = provinces[place.provinceCode];
    let top = topCommunes.get(iso);
    if (!top) topCommunes.set(iso, (top = []));
    const entry = { name: place.name, nameKm: place.nameKm, records };
    if (top.length === TOP_COMMUNES && !before(entry, top[TOP_COMMUNES - 1])) return;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1])) at -= 1;
    top.splice(at, 0, entry);
    if (top.length > TOP_COMMUNES) top.pop();
  });
  return { provinceCounts, topCommunes };
}

const TOP_COMMUNES = 3;

/**
 * The counts of the counted records alone, for the summary and the running total set against the claims. Disputed
 * records shown beside counted ones take a second pass without them; shown alone, they give none.
 */
function countedOnly(index: RowIndex, state: FilterState, counts: CrossCounts): CrossCounts | undefined {
  if (!state.status.includes('disputed')) return counts;
  const counted = state.status.filter((status) => status !== 'disputed');
  return counted.length > 0 ? index.count({ ...state, status: counted }) : undefined;
}

function timelineOf(index: RowIndex, { timeline }: CrossCounts, counted: CrossCounts | undefined, bin: Bin): Pick<DashboardView, 'bins' | 'cumulative' | 'notOnTimeline'> {
  const bins: TimeBin[] = [];
  const cumulative: DashboardView['cumulative'] = [];
  let people = 0;
  let records = 0;
  counted?.timeline.records.forEach((dayRecords, slot) => {
    if (dayRecords === 0) return;
    people += counted.timeline.people[slot];
    records += dayRecords;
    cumulative.push({ day: index.days[slot], people, records });
  });
  timeline.records.forEach((dayRecords, slot) => {
    if (dayRecords === 0) return;
    const day = index.days[slot];
    const dayPeople = timeline.people[slot];
    // Days are ascending, so a week's days are consecutive slots.
    const start = bin === 'day' ? day : mondayOf(day);
    const last = bins.at(-1);
    if (last?.start === start) {
      last.records += dayRecords;
      last.people += dayPeople;
    } else bins.push({ start, records: dayRecords, people: dayPeople });
  });
  return { bins, cumulative, notOnTimeline: timeline.notOnTimeline };
}

/** The timeline's span: the wave's window (with lead-in events), or every dated thing for "all" (the default wave's window when nothing is dated). */
export function domainOf(
  dataDays: readonly string[],
  waveId: string,
  data: Pick<DashboardLists, 'waves' | 'events' | 'claims'>
): [string, string] {
  const wave = data.waves.find((w) => w.id === waveId);
  const eventDays = data.events.map((e) => e.day);
  return wave ? timelineDomain(wave, { eventDays, dataDays: [...dataDays] }) : fullDomain([...dataDays, ...data.claims.map((c) => c.day)], defaultWaveOf(data.waves));
}

export const binOf = (domain: [string, string]): Bin => binFor(daysBetween(domain[0], domain[1]));

export interface DashboardSnapshot extends DashboardView {
  tableRows: DefectionRow[];
  domain: [string, string];
  bin: Bin;
  /** Each table row's position among all rows, which locates its full record. */
  tableRowIndexes: number[];
}

/** Rows per table page; the snapshot carries the first page. */
export const TABLE_PAGE_SIZE = 50;

/** The default view (no filters, default sort), computed at build time; the table keeps its first page. */
export function snapshotOf(
  rows: readonly DefectionRow[],
  data: Pick<DashboardLists, 'waves' | 'events' | 'claims'>,
  pageSize: number
): DashboardSnapshot {
  const state = defaultFilterState(defaultWaveOf(data.waves).id);
  const index = new RowIndex(encodeRows(rows));
  const domain = domainOf(index.days, state.wave, data);
  const bin = binOf(domain);
  const view = viewOf(index, state, bin);
  const tableRows = view.tableRows.slice(0, pageSize);
  return { ...view, tableRows, tableRowIndexes: tableRows.map((row) => index.positionOf(row.id)!), domain, bin };
}

const sameCount = (a: Count, b: Count) => a.records === b.records && a.people === b.people;

function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>, same: (x: V, y: V) => boolean): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.has(key) && same(value, b.get(key)!));
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, i) => same(item, b[i]));
}

const sameBin = (a: TimeBin, b: TimeBin) => a.start === b.start && sameCount(a, b);
const samePoint = (a: DashboardView['cumulative'][number], b: DashboardView['cumulative'][number]) => a.day === b.day && sameCount(a, b);
const sameTop = (a: TopCommune[], b: TopCommune[]) =>
  sameList(a, b, (x, y) => x.name === y.name && x.records === y.records);

/**
 * `next`, with each part equal to `previous`'s replaced by `previous`'s own object. A filter leaves its own chart's
 * counts as they were (the map ignores the province filter, the timeline the dates): handing the chart the same
 * object lets it skip redrawing, as Svelte compares props by identity.
 */
export function keepUnchanged(previous: DashboardView | undefined, next: DashboardView): DashboardView {
  if (!previous) return next;
  const keys = Object.keys(next.options);
  const options = Object.fromEntries(keys.map((d) => [d, sameMap(previous.options[d] ?? new Map(), next.options[d], (x, y) => x === y) ? previous.options[d] : next.options[d]]));
  return {
    ...next,
    provinceCounts: sameMap(previous.provinceCounts, next.provinceCounts, sameCount) ? previous.provinceCounts : next.provinceCounts,
    topCommunes: sameMap(previous.topCommunes, next.topCommunes, sameTop) ? previous.topCommunes : next.topCommunes,
    bins: sameList(previous.bins, next.bins, sameBin) ? previous.bins : next.bins,
    cumulative: sameList(previous.cumulative, next.cumulative, samePoint) ? previous.cumulative : next.cumulative,
    options: keys.every((d) => options[d] === previous.options[d]) ? previous.options : options
  };
}
