// static/not-found.js: the pages a mistyped profile address may have meant, read from rows shaped like search-index.json's.
import { describe, expect, it } from 'vitest';
// Plain JavaScript served as is from static/: the 404 page runs no app code.
import { suggestionsFor } from '../../../static/not-found.js';

/** Rows as search-index.json has them. */
const index: [string, string, string, string, string, number, string][] = [
  ['p', 'Kampong Cham', 'កំពង់ចាម', 'kampong chaam', '/province/KH-3/', -1, ''],
  ['d', 'Kampong Siem', 'កំពង់សៀម', '', '/province/KH-3/#district-0306', 0, 'district'],
  ['c', 'Srak', 'ស្រក', '', '/commune/srak-030613/', 1, 'commune'],
  ['c', 'Srakar', 'ស្រការ', '', '/commune/srakar-030614/', 1, 'commune'],
  ['r', 'Kem Sokha', 'កឹម សុខា', '', '/person/kem-sokha/', 0, 'leader']
];

const suggest = (path: string) => suggestionsFor(path, index)!;

describe('suggestionsFor', () => {
  it('names the communes whose name is the address’s words, with where they are', () => {
    expect(suggest('/commune/srak/')).toEqual({
      words: 'srak',
      pages: [{ name: 'Srak', nameKm: 'ស្រក', href: '/commune/srak-030613/', within: ['Kampong Siem', 'Kampong Cham'], withinKm: ['កំពង់សៀម', 'កំពង់ចាម'] }]
    });
  });

  it('ignores a wrong code and the language prefix, and falls back to names that start with the words', () => {
    expect(suggest('/km/commune/srak-999999/').pages.map((page) => page.href)).toEqual(['/commune/srak-030613/']);
    expect(suggest('/commune/sra/').pages).toHaveLength(2);
  });

  it('matches provinces by name, alias or ISO code, and people by name', () => {
    expect(suggest('/province/kampong-chaam/').pages[0].href).toBe('/province/KH-3/');
    expect(suggest('/province/kh-3/').pages[0].href).toBe('/province/KH-3/');
    expect(suggest('/person/kem-sokha/').pages[0].href).toBe('/person/kem-sokha/');
  });

  it('has nothing to say about other addresses; an unmatched name still gives the words to search for', () => {
    expect(suggest('/no-such-page/')).toBeNull();
    expect(suggest('/province/nowhere-at-all/')).toEqual({ words: 'nowhere at all', pages: [] });
  });
});
