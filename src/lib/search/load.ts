// Fetches the prerendered search index once per visit, on first use.
import type { SearchEntry } from './search';

export const SEARCH_INDEX_URL = '/search-index.json';

let pending: Promise<SearchEntry[]> | undefined;

export function loadSearchIndex(): Promise<SearchEntry[]> {
  pending ??= fetch(SEARCH_INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${response.status}`);
      return response.json() as Promise<SearchEntry[]>;
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
