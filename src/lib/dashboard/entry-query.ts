// The filters of the view on screen, as a query string without '?': a dashboard's filter change writes the address by
// shallow routing (pushState/replaceState with { filterQuery }), which leaves page.url as the page was loaded, so the
// history entry's state holds the query; an entry no filter change made holds the address as loaded.
import { page } from '$app/state';

export const entryQuery = (): string => page.state.filterQuery ?? page.url.search.slice(1);
