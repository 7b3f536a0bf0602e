import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CAMBODIA, selectedCases } from './src/lib/server/case-selection.js';

// BUILD_DIR and KIT_OUT_DIR let the benchmark build synthetic datasets side by side with the real site.
const buildDir = process.env.BUILD_DIR ?? 'build';

// CASES picks the cases a build makes (src/lib/server/case-selection.js); unset, every case is built.
const cases = selectedCases();
const cambodia = cases.includes(CAMBODIA);
const otherCases = cases.some((id) => id !== CAMBODIA);

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
  kit: {
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    adapter: adapter({ pages: buildDir, assets: buildDir, strict: true }),
    // Each page's stylesheets travel inside its HTML: the first frame waits for no request (a CSS file blocks rendering
    // until it arrives). Every page's CSS files are smaller than this (Leaflet's, 15 KB, loads only with the zoom).
    inlineStyleThreshold: 16 * 1024,
    // Absolute /_app/ asset paths, so build/404.html works when a static host serves it at any depth (/commune/xyz/).
    paths: { relative: false },
    prerender: {
      // Every page is listed: '*' and each dynamic route's `entries` (embeds of the map and timeline are linked only from
      // the client-side "Embed" dialog, so they are named here). Files a page fetches while rendering are written too.
      // Without Cambodia's pages (a fork's build of other cases alone, CASES): the cases' routes list their own entries,
      // Cambodia's list none ($lib/profiles/entries cambodiaEntries), and / redirects to the cases.
      entries: cambodia ? ['*', '/embed/map/', '/embed/timeline/', '/km/embed/map/', '/km/embed/timeline/'] : ['/', '/404.html', '/cases/', '/sitemap.xml'],
      // So the pages are not crawled for more: at 100,000 records crawling the 6,651 pages (0.7 GB of HTML) was a sixth
      // of the build's time (profiled: 24 s of its prerendering thread's 138). The links it would check — pages, files,
      // fragments — are checked over the whole built site by scripts/crawl-links.ts, which the end-to-end tests run.
      crawl: false,
      // A page waiting for a file from the build thread ($lib/server/build-thread) lets others render meanwhile.
      concurrency: 2,
      handleHttpError: 'fail',
      // A build from a data/ with no other cases (the benchmark's synthetic sets, the hostile fixture) has no
      // /cases/<id>/ page to write, and a build without Cambodia none of Cambodia's; any other unwritten route fails it.
      handleUnseenRoutes: ({ routes, message }) => {
        const excused = (route) => (!otherCases && route.startsWith('/cases/[')) || (!cambodia && !route.startsWith('/cases/'));
        if (!routes.every(excused)) throw new Error(message);
      }
    },
    // Scripts only from this site (SvelteKit hashes its inline bootstrap). Style attributes are allowed
    // because Leaflet and chart components position elements with them; they cannot run code.
    // If you enable map tiles (src/lib/site.ts), add the tile host to img-src.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src-elem': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};
