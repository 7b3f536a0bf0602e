import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import { sitemapXml, sitePaths } from './sitemap';

describe('sitemapXml', () => {
  it('lists each page in both languages, each naming the other as its alternate', () => {
    const xml = sitemapXml('https://example.org', ['/', '/province/KH-3/']);
    expect(xml.match(/<loc>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://example.org/km/province/KH-3/</loc>');
    expect(xml).toContain('<loc>https://example.org/km/</loc>');
    expect(xml.match(/hreflang="km" href="https:\/\/example\.org\/km\/province\/KH-3\/"/g)).toHaveLength(2);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it('lists a page with no Khmer twin once, with no alternates', () => {
    const xml = sitemapXml('https://example.org', [], ['/cases/x-2020/place/P.058/']);
    expect(xml).toContain('<url><loc>https://example.org/cases/x-2020/place/P.058/</loc></url>');
    expect(xml).not.toContain('/km/cases/');
  });
});

describe('sitePaths', () => {
  const data = loadDataset().dataset;

  it('lists a page per record when each has one', () => {
    const paths = sitePaths(data, { personPages: true });
    expect(paths).toContain(`/person/${data.defections[0].id}/`);
    expect(paths.filter((path) => path.startsWith('/person/'))).toHaveLength(data.defections.length + data.refusals.length);
  });

  it('lists no person pages when records are drawn in the browser', () => {
    expect(sitePaths(data, { personPages: false }).filter((path) => path.startsWith('/person/'))).toEqual([]);
  });
});
