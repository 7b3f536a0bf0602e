// Everything the dashboard and its embeds derive from the rows and the URL's filters, in one place.
// Until the rows arrive, the default view is the build's snapshot, so the page is drawn at first paint.
// Its Sets and Maps are rebuilt whenever their inputs change and never mutated, so they need no reactive variants.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { tick } from 'svelte';
import { decodeRowsBinary } from '$lib/filters/rows-binary';
import { RowIndex } from '$lib/filters/row-index';
import { defaultWaveOf } from '$lib/filters/state';
import { FilterController } from './filter-controller.svelte';
import { binOf, domainOf, keepUnchanged, TABLE_PAGE_SIZE, viewOf, type DashboardView } from './view';
import type { DashboardData } from './view-data';
import { typicalChanges, warmUp } from './warm-up';

export const ROWS_URL = '/dashboard-rows.bin';

export class DashboardModel {
  /** The rows as typed columns: what every filter change counts over. */
  #index = $state.raw<RowIndex | undefined>();
  loading = $state<'loading' | 'ready' | 'failed'>('loading');
  readonly filters: FilterController;
  #data: () => DashboardData;

  constructor(data: () => DashboardData) {
    this.#data = data;
    this.filters = new FilterController(() => ({
      provinces: new Set(data().provinces.map((p) => p.iso)),
      parties: new Set(data().parties.map((p) => p.code)),
      waves: new Set(data().waves.map((w) => w.id)),
      defaultWave: defaultWaveOf(data().waves).id
    }));
  }

  /**
   * Reads the URL and builds the index from the rows; call once the page is mounted. The page's head preloads the
   * rows (RowsPreload.svelte), so they have usually arrived by then: their bytes are read off the main thread, and
   * decoding them views the columns in place.
   */
  async start(): Promise<void> {
    this.filters.active = true;
    try {
      const response = await fetch(ROWS_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const index = new RowIndex(decodeRowsBinary(await response.arrayBuffer()));
      this.#index = index;
      this.loading = 'ready';
      await tick();
      requestAnimationFrame(() => performance.mark('dashboard-rendered'));
      warmUp(index, [...typicalChanges(index, this.state, this.domain), this.state], (sample, state) => void viewOf(sample, state, this.bin).tableRows.slice(0, TABLE_PAGE_SIZE));
    } catch {
      this.loading = 'failed';
    }
  }

  get state() {
    return this.filters.state;
  }

  #snapshot = $derived.by(() => this.#data().snapshot);
  #live = $derived(this.#index !== undefined);

  // The wave alone sets the timeline's span: a string, so other filter changes do not recompute it.
  #wave = $derived(this.state.wave);
  domain = $derived.by((): [string, string] => {
    if (!this.#index) return this.#snapshot.domain;
    const domain = domainOf(this.#index.days, this.#wave, this.#data());
    // The snapshot's own array when the rows give the same span: the timeline then keeps its scales as the rows arrive.
    const [first, last] = this.#snapshot.domain;
    return domain[0] === first && domain[1] === last ? this.#snapshot.domain : domain;
  });
  bin = $derived(this.#live ? binOf(this.domain) : this.#snapshot.bin);

  /**
   * What to draw: derived from the rows once they are here; before that, the build's snapshot while the URL asks for
   * the default view (as it does during hydration); otherwise nothing yet (`undefined`: the page says it is loading).
   */
  view = $derived.by((): DashboardView | undefined => {
    if (!this.#index) return this.filters.query === '' ? this.#snapshot : undefined;
    // Not reactive: only the last view, so parts a change left alone keep their identity (see keepUnchanged). The first
    // view from the rows is compared with the snapshot drawn before them: the charts it leaves as they were are not
    // drawn again as the rows arrive.
    return (this.#lastView = keepUnchanged(this.#lastView ?? this.#snapshot, viewOf(this.#index, this.state, this.bin)));
  });
  #lastView: DashboardView | undefined;
  /** Whether there are counts to show: not while a filtered link waits for its rows, nor once they have failed. */
  countsStatus = $derived<'ready' | 'loading' | 'failed'>(this.view ? 'ready' : this.loading === 'failed' ? 'failed' : 'loading');
  /** True while the view is the snapshot: its table holds the first page only. */
  partial = $derived(!this.#live && this.view !== undefined);

  tableRows = $derived(this.view?.tableRows ?? []);
  tableCount = $derived(this.view?.tableCount ?? 0);
  datesUncertain = $derived(this.view?.datesUncertain ?? 0);
  emptiedBy = $derived(this.#index && this.tableCount === 0 ? this.#index.emptying(this.state) : []);
  provinceCounts = $derived(this.view?.provinceCounts ?? new Map());
  topCommunes = (iso: string) => this.view?.topCommunes.get(iso) ?? [];
  bins = $derived(this.view?.bins ?? []);
  cumulative = $derived(this.view?.cumulative ?? []);
  notOnTimeline = $derived(this.view?.notOnTimeline ?? 0);

  #snapshotPositions = $derived(new Map(this.#snapshot.tableRows.map((row, i) => [row.id, this.#snapshot.tableRowIndexes[i]])));
  /** A row's position among all rows, which locates its full record. */
  indexOf = (id: string) => (this.#index ? this.#index.positionOf(id) : this.#snapshotPositions.get(id)) ?? 0;
}
