import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { generatedAt } from './src/lib/export/generated-at.ts';
import { cambodiaWordsIn, NO_CAMBODIA_WORDS } from './src/lib/case/cambodia-case.ts';
import { cambodiaCaseWords } from './src/lib/server/cambodia-case.ts';
import { prerendersPeople } from './src/lib/profiles/person-pages.ts';
import { readSiteConfig } from './src/lib/site-config.ts';
import { buildsCambodia } from './src/lib/server/case-selection.js';

/** Record files (defections and refusals) under DATA_ROOT's data/: counted from names, without parsing the dataset. */
function recordFileCount(root: string): number {
  return ['defections', 'refusals']
    .map((dir) => join(root, 'data', dir))
    .filter((dir) => existsSync(dir))
    .reduce((sum, dir) => sum + readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).length, 0);
}

/** When the data last changed, as the exports say: the newest entry of data/changes.yaml under `root`, or SOURCE_DATE_EPOCH. */
function dataAsOf(root: string): string {
  const file = join(root, 'data', 'changes.yaml');
  const changes = existsSync(file) ? ((load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) as { date: string }[] | null) ?? []) : [];
  return generatedAt(changes, process.env.SOURCE_DATE_EPOCH);
}

/**
 * Prints what is missing from the deployment's settings once per build: a build loads this file afresh for each of its
 * passes, so the mark is kept in the environment the passes share, not in a module variable.
 */
function siteConfigWarnings(warnings: readonly string[]): Plugin {
  return {
    name: 'site-config-warnings',
    apply: 'build',
    configResolved(config) {
      if (process.env.SITE_CONFIG_WARNED) return;
      process.env.SITE_CONFIG_WARNED = '1';
      for (const warning of warnings) config.logger.warn(`⚠ ${warning}`);
    }
  };
}

export default defineConfig(({ mode }) => {
  // PUBLIC_SITE_ORIGIN, PUBLIC_CORRECTIONS_URL and PUBLIC_REPOSITORY_URL, from the environment or a .env file: resolved here, once, and compiled
  // into both bundles as __SITE_CONFIG__ (read in $lib/site).
  const site = readSiteConfig(loadEnv(mode, process.cwd(), 'PUBLIC_'));
  // A build without Cambodia's pages (CASES) shows none of its words and needs none of its data.
  const cambodiaBuilt = buildsCambodia();
  const cambodia = cambodiaBuilt ? cambodiaCaseWords(process.env.DATA_ROOT ?? process.cwd()) : undefined;
  return {
    plugins: [sveltekit(), siteConfigWarnings(site.warnings)],
    // Links to people are written both while prerendering and in the browser: both bundles must agree on whether a
    // record has its own page, and neither can load the dataset to find out (see $lib/profiles/person-pages).
    define: {
      __SITE_CONFIG__: JSON.stringify({ origin: site.origin, correctionsUrl: site.correctionsUrl, repositoryUrl: site.repositoryUrl }),
      // Printed pages say when their data last changed (src/lib/components/PrintedFrom.svelte).
      __DATA_AS_OF__: JSON.stringify(dataAsOf(process.env.DATA_ROOT ?? process.cwd())),
      // Whether Cambodia's pages are built (CASES, src/lib/server/case-selection.js): the header links them only then.
      __CAMBODIA_BUILT__: JSON.stringify(cambodiaBuilt),
      // Cambodia's title, headline words and level name (data/case.yaml), checked, for its catalogues in both bundles:
      // each language's catalogue compiles in its own words only.
      __CAMBODIA_EN__: JSON.stringify(cambodia ? cambodiaWordsIn(cambodia, 'en') : NO_CAMBODIA_WORDS),
      __CAMBODIA_KM__: JSON.stringify(cambodia ? cambodiaWordsIn(cambodia, 'km') : NO_CAMBODIA_WORDS),
      __PERSON_PAGES_PRERENDERED__: JSON.stringify(prerendersPeople(recordFileCount(process.env.DATA_ROOT ?? process.cwd())))
    },
    // PORT lets a second checkout preview side by side (e.g. PORT=4273).
    preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/reference/**/*.test.ts'],
      environment: 'node',
      // Generous limits: property tests and real-data round trips run on a shared 2-core machine.
      testTimeout: 60_000,
      hookTimeout: 60_000
    }
  };
});
