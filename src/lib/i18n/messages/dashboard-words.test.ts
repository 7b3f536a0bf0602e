// The dashboard's case words are data/case.yaml's, not the catalogues' own: its titles, the headline's nouns and the
// level the headline counts, in English and Khmer.
import { describe, expect, it } from 'vitest';
import { cambodiaWordsIn } from '$lib/case/cambodia-case';
import { readCambodiaCase } from '$lib/server/cambodia-case';
import { en } from './dashboard.en';
import { km } from './dashboard.km';

const words = readCambodiaCase().words!;
const [province] = words.levels;

describe('the dashboard catalogues take the case’s words from data/case.yaml', () => {
  it('as the build compiles them in, one language each (__CAMBODIA_EN__, __CAMBODIA_KM__)', () => {
    expect(__CAMBODIA_EN__).toEqual(cambodiaWordsIn(words, 'en'));
    expect(__CAMBODIA_KM__).toEqual(cambodiaWordsIn(words, 'km'));
    expect(__CAMBODIA_EN__.title).toBe(words.title.en);
    expect(JSON.stringify(__CAMBODIA_EN__)).not.toMatch(/\p{Script=Khmer}/u);
  });

  it('title, page title and description', () => {
    expect(en.title).toBe(words.title.en);
    expect(en.title).toBe('CNRP officials who joined the CPP, 2017');
    expect(km.title).toBe(words.title.km);
    expect(en.pageTitle).toBe(words.page_title.en);
    expect(km.pageTitle).toBe(words.page_title.km);
    expect(en.description).toBe(words.summary.en);
    expect(km.description).toBe(words.summary.km);
  });

  it('the English headline: the records’ noun, the people and the level, one and many', () => {
    expect(en.summary.headline('', 12, 'S', 15, 5, '')).toBe(
      `12 ${words.strings.records.en} (S) covering 15 ${words.strings.subject.en} in 5 ${province.plural.en.toLowerCase()}.`
    );
    expect(en.summary.headline('', 1, 'S', 1, 1, '')).toBe('1 sourced defection record (S) covering 1 person in 1 province.');
    expect(en.summary.onlyDisputed('', 2, 3, 2, '')).toMatch(/ name 3 people in 2 provinces\.$/);
  });

  it('the Khmer headline', () => {
    const headline = km.summary.headline('', 12, 'S', 15, 5, '');
    expect(headline.startsWith(words.strings.records.km)).toBe(true);
    expect(headline).toContain(`ពាក់ព័ន្ធ${words.strings.subject.km} `);
    expect(headline).toMatch(new RegExp(` ${province.plural.km}។$`));
    expect(km.summary.onlyDisputed('', 2, 3, 2, '')).toMatch(new RegExp(`${words.strings.subject.km} .* ${province.name.km}។$`));
  });
});
