// Reads Cambodia's case identity, data/case.yaml, from disk (build time and CLI only): npm run validate reports its
// problems, and vite.config.ts compiles the checked words into both bundles as __CAMBODIA_EN__ and __CAMBODIA_KM__
// (so, as in ../case/cambodia-case.ts, no import through $lib or without its file extension).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../data/issues.ts';
import { CAMBODIA_CASE_FILE, parseCambodiaCase, type CambodiaCase, type CambodiaCaseResult } from '../case/cambodia-case.ts';

/** `root`: the project folder whose data/ holds the Cambodian case. */
export function readCambodiaCase(root: string = process.cwd()): CambodiaCaseResult {
  const path = join(root, CAMBODIA_CASE_FILE);
  return parseCambodiaCase(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
}

/** The checked words, for the build. @throws {Error} listing every problem, as npm run validate prints them. */
export function cambodiaCaseWords(root: string = process.cwd()): CambodiaCase {
  const { words, issues } = readCambodiaCase(root);
  if (words) return words;
  throw new Error(`${issues.map(formatIssue).join('\n\n')}\n✗ ${CAMBODIA_CASE_FILE} is not valid, so the site cannot be built: fix it and run npm run validate.`);
}
