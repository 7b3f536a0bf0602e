// A third case needs no code change: the fictitious case in tests/fixtures/cases/ is built into a site of its own here
// (EXTRA_CASES adds its folder; it is never in data/cases/, so never in the shipped site) and its pages are read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlLinks } from './crawl-links';

const FIXTURE = 'tests/fixtures/cases/examplia-2011';
// Inside the project (ignored by git): the build's server chunks resolve their packages from its node_modules.
mkdirSync('.build-tests', { recursive: true });
const work = mkdtempSync(join('.build-tests', 'case-fixture-'));
const site = join(work, 'site');
const page = (path: string) => readFileSync(join(site, path), 'utf8');
const text = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a case added as a folder, with no code change', () => {
  beforeAll(() => {
    const build = spawnSync('npx', ['vite', 'build'], {
      env: { ...process.env, EXTRA_CASES: FIXTURE, BUILD_DIR: site, KIT_OUT_DIR: join(work, 'kit') },
      encoding: 'utf8'
    });
    if (build.status !== 0) throw new Error(`the build with ${FIXTURE} failed:\n${build.stdout}\n${build.stderr}`);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is listed on the cases page beside Cambodia', () => {
    const cases = text(page('cases/index.html'));
    expect(cases).toContain('Examplia (fictitious): deputies who left their party, 2011–2013');
    expect(cases).toContain('Cambodia');
  });

  it('has a dashboard that counts people as the case says, with its rule and its denominator', () => {
    const dashboard = text(page('cases/examplia-2011/index.html'));
    expect(dashboard).toMatch(/1 deputy left their party \(2 switches\)/);
    expect(dashboard).toContain('Each deputy counts once, however often they switched (fictitious).');
    expect(dashboard).toContain('33.3% of the 3 seats in the fictitious assembly');
    expect(dashboard).toContain('3 switches');
  });

  it('has a page per person showing their switches in order, and a page per place of every level', () => {
    const ada = text(page('cases/examplia-2011/person/ada-example/index.html'));
    // The parties in order; a screen reader hears ", then" where the arrows are drawn.
    expect(ada).toMatch(/GREEN → , then Independent → , then BLUE → , then Independent/);
    expect(ada.indexOf('Left Green Party')).toBeLessThan(ada.indexOf('Left Blue Party'));
    for (const code of ['XX-N', 'XX-S', 'D01', 'D02', 'D03']) expect(existsSync(join(site, `cases/examplia-2011/place/${code}/index.html`))).toBe(true);
    expect(text(page('cases/examplia-2011/place/D01/index.html'))).toContain('Electoral district D01, in North Region (fictitious)');
  });

  it('has its exports', () => {
    const csv = page('cases/examplia-2011/switches.csv').trim().split('\n').filter((line) => !line.startsWith('#'));
    expect(csv).toHaveLength(1 + 3);
    expect(JSON.parse(page('cases/examplia-2011/case.json'))).toBeTruthy();
  });
});

// A fork that tracks one wave builds it alone: CASES names it, and nothing of Cambodia's or Malaysia's is built or
// read — the build's data/ here is empty, as a fork's that deleted the other cases.
describe('a build of one case alone (CASES), from a data/ without the other cases', () => {
  const alone = join(work, 'alone');
  const file = (path: string) => readFileSync(join(alone, path), 'utf8');
  beforeAll(() => {
    const emptyRoot = join(work, 'empty-root');
    mkdirSync(join(emptyRoot, 'data'), { recursive: true });
    const build = spawnSync('npx', ['vite', 'build'], {
      env: { ...process.env, DATA_ROOT: emptyRoot, EXTRA_CASES: resolve(FIXTURE), CASES: 'examplia-2011', BUILD_DIR: alone, KIT_OUT_DIR: join(work, 'kit-alone') },
      encoding: 'utf8'
    });
    if (build.status !== 0) throw new Error(`the build of ${FIXTURE} alone failed:\n${build.stdout}\n${build.stderr}`);
  }, 300_000);

  it('starts at the case: / leads to its dashboard', () => {
    expect(file('index.html')).toContain('url=/cases/examplia-2011/');
    expect(text(file('cases/examplia-2011/index.html'))).toMatch(/1 deputy left their party/);
  });

  it('holds none of the other cases’ pages or files', () => {
    for (const path of ['km', 'province', 'commune', 'person', 'about', 'data', 'changes', 'search', 'contribute', 'embed', 'records', 'cases/malaysia-2018']) {
      expect(existsSync(join(alone, path)), path).toBe(false);
    }
    for (const path of ['dashboard-rows.bin', 'search-index.json', 'feed.xml']) expect(existsSync(join(alone, path)), path).toBe(false);
    const cases = text(file('cases/index.html'));
    expect(cases).toContain('Examplia (fictitious)');
    expect(cases).not.toMatch(/Cambodia|Malaysia/);
    const urls = [...file('sitemap.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, url]) => new URL(url).pathname);
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.every((path) => path.startsWith('/cases/'))).toBe(true);
  });

  it('links only what it holds: the header names the cases alone, and every internal link resolves', () => {
    const header = file('cases/examplia-2011/index.html').match(/<header class="site[^]*?<\/header>/)?.[0] ?? '';
    expect(header).toContain('href="/cases/"');
    expect(header).not.toMatch(/href="\/(about|data|changes|km)\//);
    expect(header).not.toContain('site-search');
    // Cambodia's gazetteer is credited only where its place names are shown.
    expect(text(file('cases/examplia-2011/index.html'))).not.toContain('pumi');
    const report = crawlLinks(resolve(alone));
    expect(report.files).toBeGreaterThan(10);
    expect(report.broken).toEqual([]);
  });
});
