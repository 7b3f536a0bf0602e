// scripts/crawl-links.ts on a tiny site written to a temp folder: each kind of broken link is caught, externals listed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawlLinks, formatExternal } from './crawl-links';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crawl-links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const HEAD = '<link rel="canonical" href="https://example.org/"><link rel="stylesheet" href="/_app/app.css">';

describe('crawlLinks', () => {
  it('passes a site whose links all resolve: folders, files, relative paths, entities, queries and fragments', () => {
    const dir = site({
      'index.html': `${HEAD}<a href="/about/">a</a><a href="commune/x-1/?q=1&amp;r=2#top">c</a><img src='/logo.svg'><a href="#main">s</a><main id="main"></main>`,
      'about/index.html': `${HEAD}<a href="../">home</a><a href="/#main">m</a><a href="/commune/x-1/#r&amp;1">r</a><a href="#">t</a><a href="https://example.org/commune/x-1/">abs</a><a href="mailto:a@b.c">m</a>`,
      'commune/x-1/index.html': `${HEAD}<a href="/data/records.csv#row=2">csv</a><li id='r&amp;1'>`,
      'data/records.csv': 'id\n',
      'logo.svg': '<svg/>',
      '_app/app.css': 'body { background: url("/logo.svg") } i { background: url(data:image/png;base64,AA==) }'
    });
    const report = crawlLinks(dir);
    expect(report.broken).toEqual([]);
    expect(report.internal).toBeGreaterThanOrEqual(8);
    expect(report.external.size).toBe(0);
  });

  it('reports a missing page, a missing asset, a missing CSS asset and a javascript: link, and lists externals unfetched', () => {
    const dir = site({
      'index.html': `${HEAD}<a href="/missing/">x</a><script src="/_app/gone.js"></script><a href="javascript:alert(1)">j</a>` +
        '<a href="https://news.example/a">n</a><a href="http://news.example/b?x=1&amp;y=2">n2</a>',
      'about/index.html': `${HEAD}<a href="https://news.example/a">n</a>`,
      '_app/app.css': 'body { background: url(../img/none.png) }'
    });
    const report = crawlLinks(dir);
    expect(report.broken.map(({ from, link }) => `${from} ${link}`).sort()).toEqual([
      '/ /_app/gone.js',
      '/ /missing/',
      '/ javascript:alert(1)',
      '/_app/app.css ../img/none.png'
    ]);
    expect([...report.external.keys()].sort()).toEqual(['http://news.example/b?x=1&y=2', 'https://news.example/a']);
    expect(formatExternal(report)).toContain('https://news.example/a\t2 pages, e.g. /');
  });

  it('leaves an unknown entity named like an inherited object key as written', () => {
    const dir = site({ 'index.html': `${HEAD}<a href="https://news.example/?a&toString;b&constructor;">n</a>`, '_app/app.css': '' });
    expect([...crawlLinks(dir).external.keys()]).toEqual(['https://news.example/?a&toString;b&constructor;']);
  });

  it('reports a fragment with no element of that id, on the same page or another', () => {
    const dir = site({
      'index.html': `${HEAD}<a href="#gone">g</a><a href="/about/#team">t</a><a href="/about/#history">h</a><a href="#kept">k</a><p id="kept">`,
      'about/index.html': `${HEAD}<h2 id="team">Team</h2><p>history</p>`,
      '_app/app.css': ''
    });
    const report = crawlLinks(dir);
    expect(report.broken.map(({ from, link, why }) => `${from} ${link}: ${why}`).sort()).toEqual([
      '/ #gone: no element with id "gone" on /',
      '/ /about/#history: no element with id "history" on /about/'
    ]);
  });
});
