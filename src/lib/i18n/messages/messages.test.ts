import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale';
import { loadMessages, MESSAGES, needsPageWords } from './index';

const isDictionary = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every key path of a catalogue, "pages.search.label", "vocabulary.roles.other", … (functions and arrays are leaves).
 * An empty English object is an open dictionary that only translations fill (e.g. Khmer descriptions of data files).
 */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (!isDictionary(value) || (prefix && Object.keys(value).length === 0)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** km's key paths, cut where English has an open dictionary. */
function keyPathsLike(value: unknown, reference: unknown, prefix = ''): string[] {
  if (!isDictionary(value) || !isDictionary(reference) || (prefix && Object.keys(reference).length === 0)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPathsLike(child, reference[key], prefix ? `${prefix}.${key}` : key));
}

const KHMER = /[\u1780-\u17FF]/;

describe('message catalogues', () => {
  it('gives Khmer and English exactly the same keys', async () => {
    const [en, km] = await Promise.all([loadMessages('en'), loadMessages('km')]);
    expect(keyPathsLike(km, en).sort()).toEqual(keyPaths(en).sort());
    expect(keyPaths(en)).toContain('pages.search.label');
    expect(keyPaths(en)).toContain('pages.about.title');
  });

  it('loads Khmer text for km and English text for en', async () => {
    const km = await loadMessages('km');
    expect(km.siteName).toMatch(KHMER);
    expect(km.dashboard.timeline.title).toMatch(KHMER);
    expect(km.pages.search.label).toMatch(KHMER);
    expect(km.pages.notFound.title).toMatch(KHMER);
    const en = await loadMessages('en');
    expect(en.siteName).toBe('Defection Tracker');
    expect(en.dashboard.timeline.title).not.toMatch(KHMER);
    expect(MESSAGES.km).toBe(km);
  });

  it('keeps the profile pages words for the routes that show them', () => {
    expect(needsPageWords('/[[lang=locale]]')).toBe(false);
    expect(needsPageWords('/[[lang=locale]]/embed/map')).toBe(false);
    expect(needsPageWords('/[[lang=locale]]/embed/commune/[slug]')).toBe(false);
    expect(needsPageWords('/[[lang=locale]]/province/[code]')).toBe(true);
    expect(needsPageWords('/[[lang=locale]]/about')).toBe(true);
    // An error page (no route) shows the not-found words and a search box.
    expect(needsPageWords(null)).toBe(true);
  });

  it('never imports one language from the other, so each loads as its own chunks', () => {
    const dir = new URL('.', import.meta.url);
    for (const locale of LOCALES) {
      const other = LOCALES.find((l) => l !== locale)!;
      const files = readdirSync(dir).filter((name) => name === `${locale}.ts` || name.endsWith(`.${locale}.ts`));
      expect(files.length).toBeGreaterThan(4);
      for (const name of files) {
        const runtimeImports = readFileSync(new URL(name, dir), 'utf8').match(/^import (?!type ).*$/gm) ?? [];
        expect(runtimeImports.filter((line) => line.includes(`.${other}'`) || line.includes(`/${other}'`)), name).toEqual([]);
      }
    }
  });
});
