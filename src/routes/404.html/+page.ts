// Written to build/404.html: static hosts (GitHub Pages, Netlify, Cloudflare Pages) serve it, with status 404,
// for any address that has no file, whatever its language, so the page says so in both (see NotFound.svelte).
// It needs no JavaScript: the search box falls back to a form that opens /search/.
export const csr = false;
export const trailingSlash = 'never';
