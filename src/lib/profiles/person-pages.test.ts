import { describe, expect, it } from 'vitest';
import { PERSON_PAGES_PRERENDERED, personHref } from './person-href';
import { PRERENDER_PEOPLE_UP_TO, personHrefFor, prerendersPeople } from './person-pages';

describe('prerendersPeople', () => {
  it('keeps a page per record up to the threshold, and none above it', () => {
    expect(prerendersPeople(0)).toBe(true);
    expect(prerendersPeople(PRERENDER_PEOPLE_UP_TO)).toBe(true);
    expect(prerendersPeople(PRERENDER_PEOPLE_UP_TO + 1)).toBe(false);
    expect(prerendersPeople(100_000)).toBe(false);
  });
});

describe('personHrefFor', () => {
  it('points at the prerendered page while there is one, else at the client-rendered page', () => {
    expect(personHrefFor('ul-pov', true)).toBe('/person/ul-pov/');
    expect(personHrefFor('ul-pov', false)).toBe('/person/?id=ul-pov');
  });

  it('escapes the id in a query', () => {
    expect(personHrefFor('a&b c', false)).toBe('/person/?id=a%26b%20c');
  });
});

describe('personHref in this build', () => {
  it('links to prerendered pages: the real data is below the threshold', () => {
    // vite.config.ts counts data/ of this checkout (no DATA_ROOT in unit tests).
    expect(PERSON_PAGES_PRERENDERED).toBe(true);
    expect(personHref('chen-choy')).toBe('/person/chen-choy/');
  });
});
