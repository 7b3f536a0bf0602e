// The client-rendered person page (/person/?id=<id>), which large datasets link to instead of a page per record: it must
// show a real record as its prerendered page does, in both languages, say so when an id is unknown, and offer a way on
// without JavaScript. The real data is small, so its prerendered /person/<id>/ pages must still exist and be linked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

interface RecordFile {
  id: string;
  person: { name?: string; name_km?: string };
  sources: { url: string }[];
}

const readRecords = (dir: string): RecordFile[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as RecordFile);

const defections = readRecords('data/defections');
const refusals = readRecords('data/refusals');
// A named defector with a Khmer name, and one from the second half of the id order.
const named = defections.find((record) => record.person.name && record.person.name_km)!;
const later = [...defections].sort((a, b) => (a.id < b.id ? -1 : 1))[Math.floor(defections.length * 0.75)];

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const sourceLinks = (page: Page) => page.locator('.citations a.url').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

for (const lang of ['', '/km'] as const) {
  test(`/person/?id= shows a real record as its prerendered page does${lang ? ' (Khmer)' : ''}`, async ({ page }) => {
    for (const record of [named, later, refusals[0]]) {
      await page.goto(`${lang}/person/${record.id}/`);
      const heading = await h1(page).innerText();
      const sources = await sourceLinks(page);
      const citation = await page.getByTestId('citation').innerText();

      await page.goto(`${lang}/person/?id=${encodeURIComponent(record.id)}`);
      await expect(h1(page)).toHaveText(heading);
      expect(await sourceLinks(page), record.id).toEqual(sources);
      expect(sources).toEqual(expect.arrayContaining(record.sources.map((source) => source.url)));
      await expect(page.getByTestId('citation')).toHaveText(citation);
    }
  });
}

test('the client-rendered page names the person in each language and links to the places', async ({ page }) => {
  await page.goto(`/person/?id=${named.id}`);
  await expect(h1(page)).toContainText(named.person.name!);
  await expect(page).toHaveTitle(new RegExp(named.person.name!));
  await page.goto(`/km/person/?id=${named.id}`);
  await expect(h1(page)).toContainText(named.person.name_km!);
  await expect(page.getByRole('navigation', { name: /./ }).last().getByRole('link').first()).toHaveAttribute('href', /^\/km\//);
});

test('an unknown id says there is no such record, in both languages', async ({ page }) => {
  await page.goto('/person/?id=nobody-by-this-id');
  await expect(h1(page)).toHaveText('No such record');
  await expect(page.getByTestId('not-found')).toContainText('nobody-by-this-id');
  await expect(page.getByRole('link', { name: 'List of changes' })).toHaveAttribute('href', '/changes/');
  await page.goto('/km/person/?id=nobody-by-this-id');
  await expect(h1(page)).toHaveText('រកមិនឃើញកំណត់ត្រា');
  await expect(page.getByTestId('not-found')).toContainText('nobody-by-this-id');
});

test('without an id the page asks which record', async ({ page }) => {
  await page.goto('/person/');
  await expect(h1(page)).toHaveText('Which record?');
  await expect(page.getByTestId('person-status')).toHaveAttribute('data-status', 'no-id');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says why it is empty and links to where every record is', async ({ page }) => {
    await page.goto(`/person/?id=${named.id}`);
    const provinces = page.getByTestId('noscript-provinces');
    await expect(provinces).toBeVisible();
    await provinces.click();
    await expect(page).toHaveURL(/\/search\/#browse$/);
    await expect(page.getByRole('link', { name: 'Takeo' }).first()).toBeVisible();
    await page.goto(`/km/person/?id=${named.id}`);
    await expect(page.getByRole('link', { name: 'ទាញយកទិន្នន័យ' })).toHaveAttribute('href', '/km/data/');
  });
});

test.describe('the real data keeps a page per record', () => {
  test('build/ has /person/<id>/ for every record, in both languages, and the page for ?id= too', () => {
    for (const record of [...defections, ...refusals]) {
      for (const prefix of ['', 'km/']) expect(existsSync(join('build', prefix, 'person', record.id, 'index.html')), `${prefix}${record.id}`).toBe(true);
    }
    expect(existsSync('build/person/index.html')).toBe(true);
    expect(existsSync('build/km/person/index.html')).toBe(true);
  });

  test('links to people point at the prerendered pages', async ({ page }) => {
    await page.goto('/search/?q=Chin%20Choy');
    await expect(page.getByRole('link', { name: 'Chen Choy' }).first()).toHaveAttribute('href', '/person/chen-choy/');
    const sitemap = readFileSync('build/sitemap.xml', 'utf8');
    expect(sitemap).toContain('/person/chen-choy/</loc>');
    expect(sitemap).not.toContain('?id=');
  });
});
