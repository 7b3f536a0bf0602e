import { describe, expect, it } from 'vitest';
import { isPagePath, parseRichText } from './rich-text';

describe('parseRichText', () => {
  it('splits links, code, strong and emphasised text from plain text', () => {
    expect(parseRichText('The *pumi* gazetteer.')).toEqual([
      { kind: 'text', text: 'The ' },
      { kind: 'em', text: 'pumi' },
      { kind: 'text', text: ' gazetteer.' }
    ]);
    expect(parseRichText('See the [changes page](/changes/) or run `npm run validate`, **now**.')).toEqual([
      { kind: 'text', text: 'See the ' },
      { kind: 'link', text: 'changes page', href: '/changes/' },
      { kind: 'text', text: ' or run ' },
      { kind: 'code', text: 'npm run validate' },
      { kind: 'text', text: ', ' },
      { kind: 'strong', text: 'now' },
      { kind: 'text', text: '.' }
    ]);
  });

  it('keeps Khmer text whole and leaves stray brackets alone', () => {
    expect(parseRichText('សូមមើល[ទំព័រទិន្នន័យ](/data/)។')).toEqual([
      { kind: 'text', text: 'សូមមើល' },
      { kind: 'link', text: 'ទំព័រទិន្នន័យ', href: '/data/' },
      { kind: 'text', text: '។' }
    ]);
    expect(parseRichText('a [b] (c) * d')).toEqual([{ kind: 'text', text: 'a [b] (c) * d' }]);
    expect(parseRichText('')).toEqual([]);
  });
});

describe('isPagePath', () => {
  it('is true for site pages only', () => {
    expect(isPagePath('/about/#corrections')).toBe(true);
    expect(isPagePath('/')).toBe(true);
    expect(isPagePath('/feed.xml')).toBe(false);
    expect(isPagePath('/data/template.csv')).toBe(false);
    expect(isPagePath('https://example.org/')).toBe(false);
  });
});
