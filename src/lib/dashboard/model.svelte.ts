// Everything the dashboard and its embeds derive from the rows and the URL's filters, in one place.
// Until the rows arrive, the default view is the build's snapshot, so the page is drawn at first paint.
// Its Sets and Maps are rebuilt whenever their inputs change and never mutated, so they need no reactive variants.
/* eslint-disable svelte/prefer-svelte-reactivity */
import { flushSync, tick } from 'svelte';
import type { DefectionRow } from '$lib/data/rows';
import type { Bin } from '$lib/filters/counts';
import { defaultWaveOf, type FilterState } from '$lib/filters/state';
import { emptyingDimensions } from '$lib/filters/predicates';
import { RowIndex } from '$lib/filters/row-index';
import { addDays, daysBetween } from '$lib/timeline/scales';
import { decodeRows, type ColumnarRows } from './columnar';
import { FilterController } from './filter-controller.svelte';
import { binOf, domainOf, keepUnchanged, TABLE_PAGE_SIZE, viewOf, type DashboardView } from './view';
import type { DashboardData } from './view-data';

export const ROWS_URL = '/dashboard-rows.json';
const SEARCH_PREPARATION_SLICE_MS = 4;
const WARM_UP_ROWS = 2_000;
const REHEARSAL_ROUNDS = 3;

/**
 * Runs `task` when nothing more urgent waits: a background-priority task where the browser has a scheduler (input,
 * rendering and the page's own work go first), else a timer.
 */
function inBackground(task: () => void) {
  if ('scheduler' in globalThis) void scheduler.postTask(task, { priority: 'background' });
  else setTimeout(task);
}

export class DashboardModel {
  rows = $state.raw<DefectionRow[]>([]);
  /** The rows as typed columns: what every filter change counts over. */
  #index = $state.raw(new RowIndex([]));
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
   * Reads the URL and fetches the rows; call once the page is mounted. Not preloaded from the HTML: a large rows file
   * downloading then competes with the first frame for the main thread, and preloading does not make the rows ready
   * sooner, decoding being the longer part.
   */
  async start(): Promise<void> {
    this.filters.active = true;
    try {
      const response = await fetch(ROWS_URL);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.rows = decodeRows((await response.json()) as ColumnarRows);
      this.#index = new RowIndex(this.rows);
      this.loading = 'ready';
      await tick();
      requestAnimationFrame(() => performance.mark('dashboard-rendered'));
      this.#prepareSearch(this.#index);
      this.#warmUp();
      this.#rehearseTypicalChanges();
    } catch {
      this.loading = 'failed';
    }
  }

  get state() {
    return this.filters.state;
  }

  /**
   * Search texts are built in the background, so the first letter typed does not pay for 100,000 of them: a few ms of
   * work per task, so an input or a frame never waits longer: one small slice per idle period would take hundreds of
   * periods, and filling whole idle periods would hold input up.
   */
  #prepareSearch(index: RowIndex) {
    if (index !== this.#index) return;
    inBackground(() => {
      const start = performance.now();
      let done: boolean;
      do done = index.prepareSearch();
      while (!done && performance.now() - start < SEARCH_PREPARATION_SLICE_MS);
      if (!done) this.#prepareSearch(index);
      else this.#rehearseAll(this.#typicalChanges().filter((state) => state.q !== ''));
    });
  }

  /**
   * A page's filtering code starts unoptimised: V8 runs a loop over every row in its interpreter until it has optimised
   * it, so the first filter changes after loading would take several times the work of later ones.
   * The same code run on a sample of the rows with typical filters, in small background tasks, has V8 optimise it
   * before the reader's first change. Below the sample's size the first change costs no more than this would.
   */
  #warmUp() {
    const rows = this.rows;
    if (rows.length <= WARM_UP_ROWS) return;
    const sample = (this.#sample = new RowIndex(rows.slice(0, WARM_UP_ROWS)));
    const states = [...this.#typicalChanges(), this.state];
    for (let round = 0; round < 3; round++) {
      for (const state of states) inBackground(() => void viewOf(sample, state, this.bin).tableRows.slice(0, TABLE_PAGE_SIZE));
    }
  }

  /** A reader's likely first changes to the current view, from the first row and the timeline's span. */
  #typicalChanges(): FilterState[] {
    const [row] = this.rows;
    if (!row) return [];
    // The middle half of the timeline, as a brush would select: rows fall outside it, so the count's code for them runs
    // too (with the whole span none would, and the reader's first brush would meet that code unoptimised).
    const [first, last] = this.domain;
    const span = daysBetween(first, last);
    const from = addDays(first, Math.floor(span / 4));
    const to = addDays(first, Math.ceil((span * 3) / 4));
    const base = this.state;
    return [
      { ...base, provinces: row.provinceIso ? [row.provinceIso] : [] },
      { ...base, from, to },
      { ...base, q: row.name.slice(0, 1) },
      { ...base, q: row.name.slice(0, 2) },
      { ...base, roles: [row.role] },
      { ...base, tags: row.tags.slice(0, 1) }
    ];
  }

  /**
   * Queued after the warm-up's tasks (background tasks run in order). Typed search is rehearsed once its texts are
   * prepared (#prepareSearch): before, a search would build them all in one long task.
   */
  #rehearseTypicalChanges() {
    if (this.rows.length === 0) return;
    const acted = () => (this.#readerActed = true);
    for (const type of ['pointerdown', 'keydown']) addEventListener(type, acted, { capture: true, once: true });
    this.#rehearseAll(this.#typicalChanges().filter((state) => state.q === ''));
  }

  /**
   * Each state, a task each: once counted over every row (the count's loop is then optimised for the rows' real
   * number), then REHEARSAL_ROUNDS - 1 more times over the warm-up's sample, quick tasks that run the views' code again.
   * Once is not enough: V8 optimises code that has run often, and code run once per change would have run a few times
   * only, leaving the reader's first changes slower than later ones.
   */
  #rehearseAll(states: FilterState[]) {
    for (let round = 0; round < REHEARSAL_ROUNDS; round++) {
      for (const state of states) inBackground(() => this.#rehearse(round === 0 ? this.#index : (this.#sample ?? this.#index), state));
    }
  }

  /**
   * Draws every view for `state` and then the reader's view again, in one task: no frame is rendered in between, so
   * nothing is seen. The views' own update code (table rows, map, timeline, counts) also runs slowly on first use —
   * compiled and optimised as it goes — and this runs it while the page is idle.
   */
  #rehearse(index: RowIndex, state: FilterState) {
    // Not once the reader has begun: drawing another view resets what they may have set meanwhile (the table's page).
    if (this.loading !== 'ready' || this.#readerActed) return;
    flushSync(() => (this.#rehearsal = { index, state }));
    flushSync(() => (this.#rehearsal = undefined));
  }
  /** The filter state drawn instead of the reader's during a rehearsal, and the rows it is counted over. */
  #rehearsal = $state.raw<{ index: RowIndex; state: FilterState } | undefined>();
  /** The first rows, when there are more than the warm-up needs. */
  #sample: RowIndex | undefined;
  #readerActed = false;

  #snapshot = $derived.by(() => this.#data().snapshot);
  #live = $derived(this.loading === 'ready');

  // The wave alone sets the timeline's span: a string, so other filter changes do not recompute it.
  #wave = $derived(this.state.wave);
  domain = $derived.by((): [string, string] => (this.#live ? domainOf(this.rows, this.#wave, this.#data()) : this.#snapshot.domain));
  bin = $derived(this.#live ? binOf(this.domain) : this.#snapshot.bin);

  /**
   * What to draw: derived from the rows once they are here; before that, the build's snapshot while the URL asks for
   * the default view (as it does during hydration); otherwise nothing yet (`undefined`: the page says it is loading).
   */
  view = $derived.by((): DashboardView | undefined => {
    if (!this.#live) return this.filters.query === '' ? this.#snapshot : undefined;
    const next = this.#rehearsal ? viewOf(this.#rehearsal.index, this.#rehearsal.state, this.bin) : this.#readerView(this.#index, this.state, this.bin);
    // Not reactive: only the last view, so parts a change left alone keep their identity (see keepUnchanged).
    return (this.#lastView = keepUnchanged(this.#lastView, next));
  });
  #lastView: DashboardView | undefined;

  /** The reader's view, counted again only when what it is counted from changes: a rehearsal draws it again as it was. */
  #readerView(index: RowIndex, state: FilterState, bin: Bin): DashboardView {
    const last = this.#reader;
    if (last?.index === index && last.state === state && last.bin === bin) return last.view;
    const view = viewOf(index, state, bin);
    this.#reader = { index, state, bin, view };
    return view;
  }
  #reader: { index: RowIndex; state: FilterState; bin: Bin; view: DashboardView } | undefined;
  /** Whether there are counts to show: not while a filtered link waits for its rows, nor once they have failed. */
  countsStatus = $derived<'ready' | 'loading' | 'failed'>(this.view ? 'ready' : this.loading === 'failed' ? 'failed' : 'loading');
  /** True while the view is the snapshot: its table holds the first page only. */
  partial = $derived(!this.#live && this.view !== undefined);

  tableRows = $derived(this.view?.tableRows ?? []);
  tableCount = $derived(this.view?.tableCount ?? 0);
  datesUncertain = $derived(this.view?.datesUncertain ?? 0);
  emptiedBy = $derived(this.#live && this.tableCount === 0 ? emptyingDimensions(this.rows, this.state) : []);
  provinceCounts = $derived(this.view?.provinceCounts ?? new Map());
  topCommunes = (iso: string) => this.view?.topCommunes.get(iso) ?? [];
  bins = $derived(this.view?.bins ?? []);
  cumulative = $derived(this.view?.cumulative ?? []);
  notOnTimeline = $derived(this.view?.notOnTimeline ?? 0);

  #rowIndex = $derived.by(() => {
    if (this.#live) return new Map(this.rows.map((row, index) => [row.id, index]));
    const snapshot = this.#snapshot;
    return new Map(snapshot.tableRows.map((row, i) => [row.id, snapshot.tableRowIndexes[i]]));
  });
  /** A row's position among all rows, which locates its full record. */
  indexOf = (id: string) => this.#rowIndex.get(id) ?? 0;
}
