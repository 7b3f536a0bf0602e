import { describe, expect, it } from 'vitest';
import { correctionLink } from './corrections';

describe('correctionLink', () => {
  const permalink = 'https://example.org/person/ul-pov/';

  it('adds a subject naming the record to a mailto address', () => {
    const link = correctionLink('ul-pov', permalink, 'mailto:corrections@example.org');
    expect(link.startsWith('mailto:corrections@example.org?subject=Correction%3A%20ul-pov&body=')).toBe(true);
    expect(decodeURIComponent(link)).toContain(permalink);
  });

  it('adds a title to a web address such as a new-issue link', () => {
    const url = new URL(correctionLink('ul-pov', permalink, 'https://github.com/example/tracker/issues/new?template=correction.md'));
    expect(url.searchParams.get('template')).toBe('correction.md');
    expect(url.searchParams.get('title')).toBe('Correction: ul-pov');
  });

  it('links a page of this site as it is', () => {
    expect(correctionLink('ul-pov', permalink, '/about/#corrections')).toBe('/about/#corrections');
  });
});
