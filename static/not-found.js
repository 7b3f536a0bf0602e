// The 404 page's one script (own origin, as the CSP requires). A static host serves the English build/404.html for every
// missing address: under /km/ it swaps in the Khmer page (build/km/404.html). For a commune, province or person address
// it lists the pages whose names match the address's words, from the site's search index. Without it, the page still
// has its search form.

/** @typedef {[string, string, string, string, string, number, string, number?]} IndexRow kind, name, Khmer name, aliases ("a|b"), href, index of the parent row (-1 for none), unit or role, records (places only) */

/** Lower case, no accents, letters and digits only: "Kâmpóng-Cham" → "kampongcham". @param {string} text */
const fold = (text) => text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** @type {Record<string, string>} */
const KINDS = { commune: 'c', province: 'p', person: 'r' };

/**
 * The pages an unknown address may have meant: `/commune/srak/` → the communes named Srak.
 * @param {string} pathname the address's path, with or without /km
 * @param {IndexRow[]} index the rows of search-index.json
 * @returns {{ words: string, pages: { name: string, nameKm: string, href: string, within: string[], withinKm: string[] }[] } | null}
 */
export function suggestionsFor(pathname, index, limit = 10) {
  const match = /^(?:\/km)?\/(commune|province|person)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  let slug;
  try {
    slug = decodeURIComponent(match[2]);
  } catch {
    return null;
  }
  // A commune slug ends with its six-digit code: a wrong or missing code still names the commune.
  const words = slug.replace(/-\d+$/, '').replace(/[-_+]+/g, ' ').trim();
  const wanted = fold(words);
  if (!wanted) return null;
  const kind = KINDS[match[1]];
  /** @param {IndexRow} row */
  const names = (row) => [row[1], row[2], ...row[3].split('|')].filter(Boolean).map(fold);
  const rows = index.filter((row) => row[0] === kind);
  const exact = rows.filter((row) => names(row).includes(wanted) || row[4] === `/province/${slug.toUpperCase()}/`);
  const found = exact.length ? exact : rows.filter((row) => names(row).some((name) => name.startsWith(wanted) || (wanted.length > 3 && name.includes(wanted))));
  /** @param {IndexRow} row */
  const within = (row) => {
    const parents = [];
    for (let parent = row[5]; parent >= 0 && index[parent]; parent = index[parent][5]) parents.push(index[parent]);
    return parents;
  };
  return {
    words,
    pages: found.slice(0, limit).map((row) => ({ name: row[1], nameKm: row[2], href: row[4], within: within(row).map((parent) => parent[1]), withinKm: within(row).map((parent) => parent[2] || parent[1]) }))
  };
}

async function swapInKhmer() {
  const response = await fetch('/km/404.html');
  if (!response.ok) return;
  const khmer = new DOMParser().parseFromString(await response.text(), 'text/html');
  document.documentElement.lang = 'km';
  document.title = khmer.title;
  document.body.replaceWith(document.adoptNode(khmer.body));
}

async function suggest() {
  const box = /** @type {HTMLElement | null} */ (document.querySelector('[data-suggestions]'));
  if (!box) return;
  const response = await fetch('/search-index.json');
  if (!response.ok) return;
  const found = suggestionsFor(location.pathname, await response.json());
  if (!found) return;
  const km = document.documentElement.lang === 'km';
  const list = /** @type {HTMLUListElement} */ (box.querySelector('ul'));
  for (const page of found.pages) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = km ? `/km${page.href}` : page.href;
    link.textContent = km ? page.nameKm || page.name : page.name;
    item.append(link);
    const within = km ? page.withinKm : page.within;
    if (within.length) item.append(` (${within.join(', ')})`);
    list.append(item);
  }
  const place = /** @type {HTMLElement} */ (box.querySelector('[data-search-link]'));
  const search = document.createElement('a');
  search.href = `${km ? '/km' : ''}/search/?q=${encodeURIComponent(found.words)}`;
  search.textContent = (place.dataset.label ?? '').replace('{words}', found.words);
  place.replaceChildren(search);
  /** @type {HTMLElement} */ (box.querySelector('[data-some]')).hidden = found.pages.length === 0;
  box.hidden = false;
}

if (typeof document !== 'undefined') {
  (async () => {
    if (/^\/km(\/|$)/.test(location.pathname) && document.documentElement.lang !== 'km') await swapInKhmer();
    await suggest();
  })();
}
