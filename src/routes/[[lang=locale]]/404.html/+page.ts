// Written to build/404.html and build/km/404.html. Static hosts serve 404.html, with status 404, for any address that
// has no file; some (Cloudflare Pages, Netlify with a rule) serve the nearest one, so /km/… gets the Khmer page. Where the
// host serves only the top one, static/not-found.js swaps in the Khmer page for /km/… addresses, and on both it lists
// the pages a mistyped commune, province or person address may have meant.
// It needs no JavaScript: the search box falls back to a form that opens /search/.
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';

export const csr = false;
export const trailingSlash = 'never';
export const entries = cambodiaEntries(() => inEveryLanguage([{}]));
