// Binds the filter state to the page URL: the URL is the only place the state lives.
import { tick } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { PAGE_PARAMS, parseFilterParams, serializeFilterState, type FilterVocabulary } from '$lib/filters/url';
import type { FilterState } from '$lib/filters/state';
import { entryQuery } from './entry-query';

export class FilterController {
  /** False while prerendering and hydrating, so the HTML matches the server's default view before the URL is read. */
  active = $state(false);
  #vocabulary: () => FilterVocabulary;
  /** A change already on screen but not yet written to history (see `update`). */
  #pending = $state<string | undefined>();

  /**
   * The filters as a query string: a pending change, else this history entry's — its shallow-routing state when a
   * filter change made it, else the page URL's. A string, so a new `page` object with the same query changes nothing.
   */
  #search = $derived(this.active ? (this.#pending ?? entryQuery()) : '');
  // Read-only: parsed, never mutated, so it needs no reactive variant.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  parsed = $derived.by(() => parseFilterParams(new URLSearchParams(this.#search), this.#vocabulary()));

  constructor(vocabulary: () => FilterVocabulary) {
    this.#vocabulary = vocabulary;
  }

  get state(): FilterState {
    return this.parsed.state;
  }

  get ignored() {
    return this.parsed.ignored;
  }

  get query(): string {
    return serializeFilterState(this.state, this.#vocabulary().defaultWave);
  }

  /**
   * Applies a change as a new history entry, so back/forward step through views;
   * `replace` updates the current entry instead (typing should not leave one entry per letter).
   */
  async update(patch: Partial<FilterState>, { replace = false } = {}): Promise<void> {
    performance.mark('filter-start');
    const query = serializeFilterState({ ...this.state, ...patch }, this.#vocabulary().defaultWave);
    this.#pending = query;
    await tick();
    // The page's own work is done (every view updated): the rest of filter-to-paint is the wait for the display's frame.
    performance.measure('filter-to-updated', 'filter-start');
    requestAnimationFrame(() => {
      // The frame after the DOM update is when the reader sees the new view: the benchmark reads this measure.
      performance.measure('filter-to-paint', 'filter-start');
      setTimeout(() => {
        // This frame's style, layout and paint are done by now: the benchmark reports this too.
        performance.measure('filter-to-rendered', 'filter-start');
        // Writing history is a synchronous round trip to the browser process in Chromium, often slower than the whole
        // update (profiled): it runs after this frame is painted.
        this.#write(query, replace);
      });
    });
  }

  /**
   * Shallow routing: the address bar changes without a navigation (no load, no scroll or focus handling). The query
   * also goes in the entry's state, which back/forward restore.
   */
  #write(query: string, replace: boolean) {
    // The page's own parameters (an embed's theme) stay in the address, after the filters.
    const own = PAGE_PARAMS.flatMap((param) => page.url.searchParams.getAll(param).map((value) => `${param}=${encodeURIComponent(value)}`));
    const search = [query, ...own].filter(Boolean).join('&');
    (replace ? replaceState : pushState)(`${page.url.pathname}${search ? `?${search}` : ''}`, { filterQuery: query });
    if (this.#pending === query) this.#pending = undefined;
  }
}
