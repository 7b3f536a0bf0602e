import { describe, expect, it } from 'vitest';
import { correctionChannel, correctionLink } from './corrections';

describe('correctionLink', () => {
  const permalink = 'https://example.org/person/ul-pov/';

  it('adds a subject and a body naming the record to a mailto address', () => {
    const link = correctionLink('ul-pov', permalink, 'mailto:corrections@example.org');
    expect(link.startsWith('mailto:corrections@example.org?subject=Correction%3A%20ul-pov&body=')).toBe(true);
    expect(decodeURIComponent(link)).toContain(`Record: ${permalink}`);
  });

  it('adds a title and a body to a web address such as a new-issue link, keeping its parameters', () => {
    const url = new URL(correctionLink('ul-pov', permalink, 'https://github.com/example/tracker/issues/new?template=correction.md'));
    expect(url.searchParams.get('template')).toBe('correction.md');
    expect(url.searchParams.get('title')).toBe('Correction: ul-pov');
    expect(url.searchParams.get('body')).toContain(`Record: ${permalink}`);
  });

  it('leads to the About page when no channel is configured', () => {
    expect(correctionLink('ul-pov', permalink, null)).toBe('/about/#corrections');
  });
});

describe('correctionChannel', () => {
  it('shows an e-mail address as the address itself', () => {
    expect(correctionChannel('mailto:fix@example.org')).toMatchObject({ text: 'fix@example.org', kind: 'email' });
  });

  it('shows a web address without its scheme and query', () => {
    expect(correctionChannel('https://github.com/o/r/issues/new?labels=correction')).toEqual({
      href: 'https://github.com/o/r/issues/new?labels=correction',
      text: 'github.com/o/r/issues/new',
      kind: 'web'
    });
  });

  it('is null when none is configured', () => {
    expect(correctionChannel(null)).toBeNull();
  });
});
