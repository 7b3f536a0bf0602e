// Binds the filter state to the page URL: the URL is the only place the state lives.
import { tick } from 'svelte';
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { parseFilterParams, serializeFilterState, type FilterVocabulary } from '$lib/filters/url';
import type { FilterState } from '$lib/filters/state';

// Read-only: stands in for the URL's parameters until the page has hydrated.
const NO_PARAMS = new URLSearchParams();

export class FilterController {
  /** False while prerendering and hydrating, so the HTML matches the server's default view before the URL is read. */
  active = $state(false);
  #vocabulary: () => FilterVocabulary;

  parsed = $derived.by(() => parseFilterParams(this.active ? this.#params() : NO_PARAMS, this.#vocabulary()));

  /** The history entry's filters: its shallow-routing state when a filter change made it, else the page URL's. */
  #params(): URLSearchParams {
    const query = page.state.filterQuery;
    // Read-only: parsed, never mutated, so it needs no reactive variant.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return query === undefined ? page.url.searchParams : new URLSearchParams(query);
  }

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
    return serializeFilterState(this.state);
  }

  /**
   * Applies a change as a new history entry, so back/forward step through views;
   * `replace` updates the current entry instead (typing should not leave one entry per letter).
   */
  async update(patch: Partial<FilterState>, { replace = false } = {}): Promise<void> {
    performance.mark('filter-start');
    const query = serializeFilterState({ ...this.state, ...patch });
    // Shallow routing: the address bar changes without a navigation (no load, no scroll or focus handling), which
    // keeps a filter change within a frame. The query also goes in the entry's state, which back/forward restore.
    (replace ? replaceState : pushState)(`${page.url.pathname}${query ? `?${query}` : ''}`, { filterQuery: query });
    await tick();
    // The frame after the DOM update is when the reader sees the new view: the benchmark reads this measure.
    requestAnimationFrame(() => performance.measure('filter-to-paint', 'filter-start'));
  }
}
