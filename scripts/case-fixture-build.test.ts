// A third case needs no code change: the fictitious case in tests/fixtures/cases/ is built into a site of its own here
// (EXTRA_CASES adds its folder; it is never in data/cases/, so never in the shipped site) and its pages are read back.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
