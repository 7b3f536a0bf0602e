// The profile pages, search and 404s, driven as the public and reporters use them; plus a check of build/ on disk
// that every province, commune and person has its page, carrying its sources.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { holdRequests } from './hold-requests';
import { parseCsvRecords } from '../../src/lib/csv/csv';
import { communeSlug } from '../../src/lib/data/slug';

interface RecordFile {
  id: string;
  place: { commune?: string | number };
  sources: { url: string }[];
}

const readRecords = (dir: string): RecordFile[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as RecordFile);
const readPlaces = (file: string) => parseCsvRecords(readFileSync(file, 'utf8')).records as { code: string; name: string; name_km: string; iso: string }[];

const defections = readRecords('data/defections');
const refusals = readRecords('data/refusals');
const provinces = readPlaces('data/places/provinces.csv');
const communes = readPlaces('data/places/communes.csv');
const communeCode = (record: RecordFile) => (record.place.commune === undefined ? undefined : String(record.place.commune).padStart(6, '0'));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How a URL appears inside an HTML attribute. */
const inHtml = (url: string) => url.replace(/&/g, '&amp;');
const built = (path: string) => readFileSync(join('build', path, 'index.html'), 'utf8');

test.describe('build/ on disk', () => {
  test('has a page for every province, in English and in Khmer', () => {
    expect(provinces).toHaveLength(25);
    for (const province of provinces) {
      expect(built(`province/${province.iso}`), province.iso).toContain(`<h1>${province.name}`);
      const khmer = built(`km/province/${province.iso}`);
      expect(khmer, `km ${province.iso}`).toContain('<html lang="km">');
      expect(khmer, `km ${province.iso}`).toMatch(new RegExp(`<h1>(ខេត្ត|រាជធានី)${escapeRegExp(province.name_km)}`));
    }
  });

  test('has a page for every one of the 1,646 communes, citing the sources of its records', () => {
    expect(communes).toHaveLength(1646);
    const recordsIn = new Map<string, RecordFile[]>();
    for (const record of [...defections, ...refusals]) {
      const code = communeCode(record);
      if (code) recordsIn.set(code, [...(recordsIn.get(code) ?? []), record]);
    }
    for (const commune of communes) {
      const html = built(`commune/${communeSlug(commune)}`);
      const khmer = built(`km/commune/${communeSlug(commune)}`);
      expect(html, commune.code).toContain(`<h1>${commune.name}`);
      expect(khmer, `km ${commune.code}`).toMatch(new RegExp(`<h1>(ឃុំ|សង្កាត់)${escapeRegExp(commune.name_km)}`));
      for (const record of recordsIn.get(commune.code) ?? []) {
        for (const source of record.sources) {
          expect(html, `${commune.code} › ${record.id}`).toContain(`href="${inHtml(source.url)}"`);
          expect(khmer, `km ${commune.code} › ${record.id}`).toContain(`href="${inHtml(source.url)}"`);
        }
      }
    }
  });

  test('has a page for every person, with each of its sources, in English and in Khmer', () => {
    for (const record of [...defections, ...refusals]) {
      const html = built(`person/${record.id}`);
      const khmer = built(`km/person/${record.id}`);
      for (const source of record.sources) {
        expect(html, record.id).toContain(`href="${inHtml(source.url)}"`);
        expect(khmer, `km ${record.id}`).toContain(`href="${inHtml(source.url)}"`);
      }
      expect(html, record.id).toContain('Cite this record');
      expect(khmer, `km ${record.id}`).toContain('យោងកំណត់ត្រានេះ');
    }
    for (const record of refusals) {
      expect(built(`person/${record.id}`), record.id).toContain('Did not defect');
      expect(built(`km/person/${record.id}`), `km ${record.id}`).toContain('មិនបានប្តូរគណបក្ស');
    }
  });

  test('has the other pages in Khmer too', () => {
    for (const path of ['km', 'km/about', 'km/data', 'km/changes', 'km/search']) expect(built(path), path).toContain('<html lang="km">');
  });

  test('prerenders only what exists: a sitemap of every page, a search index and a 404 page', () => {
    const sitemap = readFileSync('build/sitemap.xml', 'utf8');
    // Every page in both languages: home, about, data and changes, then the profiles; then, once each (English only),
    // /cases/ and every other case's dashboard, people and places.
    const cases = readdirSync('data/cases').map((id) => ({
      people: readdirSync(`data/cases/${id}/people`).length,
      places: readdirSync(`data/cases/${id}/places`).reduce((sum, file) => sum + readFileSync(`data/cases/${id}/places/${file}`, 'utf8').trim().split('\n').length - 1, 0)
    }));
    const casePages = 1 + cases.reduce((sum, c) => sum + 1 + c.people + c.places, 0);
    expect(sitemap.match(/<loc>/g)).toHaveLength(2 * (4 + provinces.length + communes.length + defections.length + refusals.length) + casePages);
    expect(sitemap).toContain('/cases/malaysia-2018/place/P.058/</loc>');
    expect(sitemap).not.toContain('/km/cases/');
    expect(sitemap).toContain('/commune/srak-030613/</loc>');
    expect(sitemap).toContain('/km/commune/srak-030613/</loc>');
    expect(sitemap).toContain('hreflang="km"');
    const index = JSON.parse(readFileSync('build/search-index.json', 'utf8')) as unknown[];
    // The other cases' people and places follow Cambodia's entries.
    expect(index).toHaveLength(provinces.length + 197 + communes.length + defections.length + refusals.length + casePages - 1 - cases.length);
    // Folders only: /person/index.html is the client-rendered page (/person/?id=…), see people.spec.ts.
    const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders('build/person').sort()).toEqual([...defections, ...refusals].map((record) => record.id).sort());
    expect(folders('build/km/person').sort()).toEqual([...defections, ...refusals].map((record) => record.id).sort());
    expect(readdirSync('build/km/commune')).toHaveLength(communes.length);
    const notFound = readFileSync('build/404.html', 'utf8');
    expect(notFound).toContain('Page not found');
    expect(notFound).toContain('action="/search/"');
    // Served at any depth by a static host, so asset links must not be relative.
    expect(notFound).not.toContain('"./_app/');
  });
});

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

test('dashboard → province → commune → person, and back', async ({ page }) => {
  await page.goto('/');
  await page.locator('tbody').getByRole('link', { name: 'Kampong Cham' }).first().click();
  await expect(page).toHaveURL(/\/province\/KH-3\/$/);
  await expect(h1(page)).toContainText('Kampong Cham province');
  await expect(page.getByRole('img', { name: /Map of Cambodia with Kampong Cham/ })).toBeVisible();
  await expect(page.getByText(/also covers Tbong Khmum/)).toBeVisible();

  await page.locator('section[aria-labelledby="communes"]').getByRole('link', { name: 'Srak', exact: true }).click();
  await expect(page).toHaveURL(/\/commune\/srak-030613\/$/);
  await expect(h1(page)).toContainText('Srak commune');
  await expect(page.getByText('We voted for them to serve us')).toBeVisible();

  await page.getByRole('link', { name: 'Full record and how to cite it' }).click();
  await expect(page).toHaveURL(/\/person\/ul-pov\/$/);
  await expect(h1(page)).toHaveText('Ul Pov');
  await expect(page.getByTestId('citation')).toContainText('record ul-pov');
  await expect(page.getByTestId('correction-link')).toHaveAttribute('href', /.+/);

  await page.goBack();
  await expect(h1(page)).toContainText('Srak commune');
  await page.goBack();
  await expect(h1(page)).toContainText('Kampong Cham province');
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test('the header search finds a person by another spelling, from the keyboard', async ({ page }) => {
  await page.goto('/about/');
  const box = page.getByRole('combobox', { name: 'Search people and places' });
  await box.fill('Chin Choy');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('group', { name: 'People' })).toBeVisible();
  await expect(listbox.getByRole('option').first()).toContainText('Chen Choy');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', /option-0$/);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/person\/chen-choy\/$/);
  await expect(h1(page)).toContainText('Chen Choy');
});

test('search matches Kompong spellings and Khmer names, groups by kind, and closes on Escape', async ({ page }) => {
  await page.goto('/province/KH-1/');
  const box = page.getByRole('combobox', { name: 'Search people and places' });
  await box.fill('kompong cham');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('group', { name: 'Provinces' }).getByRole('option').first()).toContainText('Kampong Cham');
  await box.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.fill('ស្រក');
  await expect(listbox.getByRole('group', { name: 'Communes' }).getByRole('option').first()).toContainText('Srak');
});

test('a search typed before the page’s script runs still gets its suggestions', async ({ page }) => {
  // Hold the app's entry script until the reader has typed, as on a slow connection.
  const entry = await holdRequests(page, '**/_app/immutable/entry/start.*.js');
  await page.goto('/province/KH-1/', { waitUntil: 'commit' });
  const box = page.getByRole('combobox', { name: 'Search people and places' });
  await box.fill('kompong cham');
  entry.release();
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('group', { name: 'Provinces' }).getByRole('option').first()).toContainText('Kampong Cham');
  await expect(box).toHaveValue('kompong cham');
});

test('the search page works from a plain form submission', async ({ page }) => {
  await page.goto('/search/?q=Damrei+Choankhla');
  await expect(page.getByTestId('search-summary')).toContainText('Damrei Choankhla');
  await page.getByRole('link', { name: 'Damrei Choan Khla' }).first().click();
  await expect(page).toHaveURL(/\/commune\/damrei-choan-khla-060301\/$/);
});

test('an unknown commune, province or person is a real 404 with search and a link home', async ({ page }) => {
  for (const path of ['/commune/xyz/', '/province/KH-99/', '/person/nobody/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(h1(page)).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('combobox', { name: /Search people, communes/ })).toBeVisible();
  }
});

test.describe('as a static host serves build/', () => {
  let server: Server;
  let origin: string;
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

  test.beforeAll(async () => {
    // What GitHub Pages and most static hosts do: the file if it exists, else 404.html with status 404.
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join('build', path, path.endsWith('/') ? 'index.html' : '');
      const found = existsSync(file) && statSync(file).isFile();
      if (!found) file = 'build/404.html';
      response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('an unknown address gets the styled 404 page, which works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${origin}/commune/no-such-place-999999/`);
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText('Page not found');
    // The stylesheet loaded: the header has the accent background, not the default transparent one.
    await expect(page.locator('header.site')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    await page.getByLabel('Search people, communes, districts and provinces').fill('Srak');
    await page.getByLabel('Search people, communes, districts and provinces').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Srak$/);
    await context.close();
  });
});

test('a commune page reads without JavaScript and fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/commune/damrei-choan-khla-060301/');
  await expect(h1(page)).toContainText('Damrei Choan Khla');
  await expect(page.getByText(/Three defections are recorded in Damrei Choan Khla/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'An unnamed commune chief of Damrei Choan Khla' })).toBeVisible();
  await expect(page.locator('section[aria-labelledby="sources"] li')).not.toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('a commune page loads no script: its header search opens the search page', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/commune/srak-030613/', { waitUntil: 'networkidle' });
  expect(scripts).toEqual([]);
  await page.getByLabel('Search people and places').fill('Srak');
  await page.getByLabel('Search people and places').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Srak$/);
  await expect(page.getByTestId('search-summary')).toContainText('Srak');
});

test.describe('pages hydrate without errors', () => {
  const communePaths = [...defections, ...refusals].flatMap((record) => {
    const code = communeCode(record);
    const commune = code && communes.find((c) => c.code === code);
    return commune ? [`/commune/${communeSlug(commune)}/`] : [];
  });
  const groups = {
    provinces: provinces.map((province) => `/province/${province.iso}/`),
    people: [...defections, ...refusals].map((record) => `/person/${record.id}/`),
    'communes and other pages': [...new Set(communePaths), '/about/', '/search/?q=champei'],
    'in Khmer': [
      ...provinces.map((province) => `/km/province/${province.iso}/`),
      ...[...defections, ...refusals].map((record) => `/km/person/${record.id}/`),
      ...[...new Set(communePaths)].map((path) => `/km${path}`),
      '/km/about/',
      '/km/data/',
      '/km/changes/',
      '/km/search/?q=champei'
    ]
  };
  for (const [name, paths] of Object.entries(groups)) {
    test(name, async ({ page }) => {
      test.setTimeout(Math.max(120_000, paths.length * 3_000));
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || /hydration/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
      });
      for (const path of paths) await page.goto(path, { waitUntil: 'networkidle' });
      expect(problems).toEqual([]);
    });
  }
});

test.describe('accessibility (axe): no serious or critical violations', () => {
  const pages = {
    'province with records': '/province/KH-6/',
    'province without records': '/province/KH-13/',
    'commune with records': '/commune/srak-030613/',
    'commune without records': '/commune/champei-070103/',
    'person (defection)': '/person/chheu-sophoak/',
    'person (refusal)': '/person/sin-rozeth/',
    about: '/about/',
    search: '/search/?q=kampong',
    'not found': '/commune/xyz/'
  };
  for (const [kind, path] of Object.entries(pages)) {
    test(kind, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the search suggestions, open', async ({ page }) => {
    await page.goto('/province/KH-3/');
    await page.getByRole('combobox', { name: 'Search people and places' }).fill('kampong');
    await expect(page.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('header').analyze();
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  });
});

test('the about and search pages list every province alphabetically, linked, with its name in the other language beside it', async ({ page }) => {
  for (const [path, link, beside] of [
    ['/about/', { name: 'Kampong Cham', href: '/province/KH-3/' }, 'កំពង់ចាម'],
    ['/search/', { name: 'Kampong Cham', href: '/province/KH-3/' }, 'កំពង់ចាម'],
    ['/km/about/', { name: 'កំពង់ចាម', href: '/km/province/KH-3/' }, 'Kampong Cham'],
    ['/km/search/', { name: 'កំពង់ចាម', href: '/km/province/KH-3/' }, 'Kampong Cham']
  ] as const) {
    await page.goto(path);
    const list = page.locator('#browse ~ ul');
    await expect(list.getByRole('listitem')).toHaveCount(25);
    // In alphabetical order of the names shown (Khmer by code point, as src/lib/i18n/alphabetical.ts), not the data's
    // order by code (Kep, code 23, is not at the end).
    const names = await list.getByRole('link').allTextContents();
    expect(names).toEqual(path.startsWith('/km/') ? [...names].sort() : [...names].sort(new Intl.Collator('en').compare));
    expect(names.indexOf(link.name === 'Kampong Cham' ? 'Kep' : 'កែប')).toBeLessThan(names.length - 1);
    const item = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: link.name, exact: true }) });
    await expect(item.getByRole('link')).toHaveAttribute('href', link.href);
    await expect(item.locator('span.muted')).toHaveText(beside);
    await expect(item.locator('span.muted')).toHaveAttribute('lang', path.startsWith('/km/') ? 'en' : 'km');
  }
});

test("a province page links the dashboard showing exactly the records it lists, disputed ones included", async ({ page }) => {
  for (const iso of ['KH-14', 'KH-21', 'KH-12']) {
    await page.goto(`/province/${iso}/`);
    const listed = await page.locator('section[aria-labelledby="records"] li').count();
    expect(listed).toBeGreaterThan(0);
    await page.getByTestId('on-dashboard').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`province=${iso}`));
    await expect(page.locator('#records-title')).toContainText(`${listed} matching`);
  }
  await page.goto('/km/province/KH-14/');
  await expect(page.getByTestId('on-dashboard').getByRole('link')).toHaveAttribute('href', /^\/km\/\?wave=all&province=KH-14&/);
});
