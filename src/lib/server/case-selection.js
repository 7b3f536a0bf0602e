// Which cases a build makes. CASES (ids, comma-separated) picks some — how a fork that tracks one wave builds it alone —
// and unset, every case the data holds is built. Plain JavaScript: svelte.config.js and vite.config.ts read it too.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Cambodia's 2017 wave: its data is the top of data/, its pages the site's own routes (/, /province/…, /commune/…). */
export const CAMBODIA = 'cambodia-2017';

/** The case folders under <root>/data/cases/, sorted, relative to root with forward slashes. */
export function caseDirs(root = process.cwd()) {
  const casesDir = join(root, 'data', 'cases');
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => `data/cases/${entry.name}`)
    .sort();
}

/** The folder of each case: data/cases/'s, then EXTRA_CASES's (comma-separated folders: how a test adds a fictitious case). */
export function caseFolders(env = process.env) {
  return [...caseDirs(env.DATA_ROOT ?? process.cwd()), ...(env.EXTRA_CASES ?? '').split(',').filter(Boolean)];
}

/** A case's id is its folder's name. */
export const caseIdOf = (/** @type {string} */ folder) => folder.split('/').filter(Boolean).at(-1) ?? folder;

/**
 * The ids of the cases this build makes, Cambodia's first when built.
 * @throws {Error} when CASES names a case the data does not hold, naming those it does.
 */
export function selectedCases(env = process.env) {
  const available = [CAMBODIA, ...caseFolders(env).map(caseIdOf)];
  const asked = (env.CASES ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (asked.length === 0) return available;
  const unknown = asked.filter((id) => !available.includes(id));
  if (unknown.length > 0) {
    throw new Error(`CASES names ${unknown.map((id) => `"${id}"`).join(', ')}, which the data does not hold. Cases: ${available.join(', ')}.`);
  }
  return available.filter((id) => asked.includes(id));
}

/** Whether this build makes Cambodia's pages (the dashboard at /, its profiles, exports, search and contribute form). */
export const buildsCambodia = (env = process.env) => selectedCases(env).includes(CAMBODIA);
