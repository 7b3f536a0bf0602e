// Everything the dashboard and its embeds derive from the rows and the URL's filters, in one place.
// Its Sets and Maps are rebuilt whenever their inputs change and never mutated, so they need no reactive variants.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { tick } from 'svelte';
import type { DefectionRow } from '$lib/data/rows';
import { binFor, countByProvince, countByTime, cumulativeByDay, isDatedToDay, topCommunesByProvince } from '$lib/filters/aggregate';
import { crossFilter, emptyingDimensions, sortRows } from '$lib/filters/apply';
import type { Dimension } from '$lib/filters/state';
import { daysBetween, fullDomain, timelineDomain } from '$lib/timeline/scales';
import { decodeRows, type ColumnarRows } from './columnar';
import { FilterController } from './filter-controller.svelte';
import type { DashboardData } from './view-data';

export const ROWS_URL = '/dashboard-rows.json';

export class DashboardModel {
  rows = $state.raw<DefectionRow[]>([]);
  loading = $state<'loading' | 'ready' | 'failed'>('loading');
  readonly filters: FilterController;
  #data: () => DashboardData;

  constructor(data: () => DashboardData) {
    this.#data = data;
    this.filters = new FilterController(() => ({
      provinces: new Set(data().provinces.map((p) => p.iso)),
      parties: new Set(data().parties.map((p) => p.code)),
      waves: new Set(data().waves.map((w) => w.id))
    }));
  }

  /** Reads the URL and fetches the rows; call once the page is mounted. */
  async start(): Promise<void> {
    this.filters.active = true;
    try {
      const response = await fetch(ROWS_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.rows = decodeRows((await response.json()) as ColumnarRows);
      this.loading = 'ready';
      await tick();
      requestAnimationFrame(() => performance.mark('dashboard-rendered'));
    } catch {
      this.loading = 'failed';
    }
  }

  get state() {
    return this.filters.state;
  }

  // Sorted once per sort order, not on every filter change; filtering keeps the order.
  #sortKey = $derived(this.state.sort);
  #descending = $derived(this.state.descending);
  #sortedRows = $derived(sortRows([...this.rows], { sort: this.#sortKey, descending: this.#descending }));
  /** One pass gives the filtered rows and every "all filters but one" set the charts and option counts need. */
  #filtered = $derived(crossFilter(this.#sortedRows, this.state));
  except = (dimension: Dimension) => this.#filtered.except(dimension);

  rowIndex = $derived(new Map(this.rows.map((row, index) => [row.id, index])));
  tableRows = $derived(this.#filtered.all);
  emptiedBy = $derived(this.tableRows.length === 0 ? emptyingDimensions(this.rows, this.state) : []);

  /** Map: every filter but the province filter, so other provinces stay visible (dimmed). */
  mapRows = $derived(this.except('province'));
  provinceCounts = $derived(countByProvince(this.mapRows));
  #topCommunes = $derived(topCommunesByProvince(this.mapRows));
  topCommunes = (iso: string) => this.#topCommunes.get(iso) ?? [];

  /** Timeline: every filter but the date range, so the brush shows what lies outside it. */
  timeRows = $derived(this.except('date'));
  wave = $derived.by(() => this.#data().waves.find((w) => w.id === this.state.wave));
  domain = $derived.by((): [string, string] => {
    const data = this.#data();
    const eventDays = data.events.map((e) => e.day);
    const dataDays = this.rows.filter(isDatedToDay).map((r) => r.start!);
    return this.wave ? timelineDomain(this.wave, { eventDays, dataDays }) : fullDomain([...dataDays, ...data.claims.map((c) => c.day)]);
  });
  bin = $derived(binFor(daysBetween(this.domain[0], this.domain[1])));
  bins = $derived(countByTime(this.timeRows, this.bin));
  cumulative = $derived(cumulativeByDay(this.timeRows));
  notOnTimeline = $derived(this.timeRows.filter((row) => !isDatedToDay(row)).length);
}
