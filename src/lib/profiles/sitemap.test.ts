import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists each page in both languages, each naming the other as its alternate', () => {
    const xml = sitemapXml('https://example.org', ['/', '/province/KH-3/']);
    expect(xml.match(/<loc>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://example.org/km/province/KH-3/</loc>');
    expect(xml).toContain('<loc>https://example.org/km/</loc>');
    expect(xml.match(/hreflang="km" href="https:\/\/example\.org\/km\/province\/KH-3\/"/g)).toHaveLength(2);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});
