// Issue 25: the 404 page a static host serves speaks the address's language and suggests the pages a mistyped profile
// address meant; a printed commune page shows each address once and says where and when it was printed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const root = process.env.BUILD_DIR ?? 'build';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

test.describe('as a static host serves the build (one 404.html for every missing address)', () => {
  let server: Server;
  let origin: string;

  test.beforeAll(async () => {
    server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path, path.endsWith('/') ? 'index.html' : '');
      const found = existsSync(file) && statSync(file).isFile();
      if (!found) file = join(root, '404.html');
      response.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('a missing Khmer address gets the 404 page in Khmer, with status 404', async ({ page }) => {
    const response = await page.goto(`${origin}/km/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('រកមិនឃើញទំព័រ');
    await expect(page.getByRole('link', { name: 'ទៅផ្ទាំងទិន្នន័យ' })).toHaveAttribute('href', '/km/');
  });

  test('a commune address without its code suggests the communes of that name', async ({ page }) => {
    const response = await page.goto(`${origin}/commune/srak/`);
    expect(response?.status()).toBe(404);
    const suggestions = page.getByTestId('suggestions');
    await expect(suggestions).toContainText('Did you mean:');
    await expect(suggestions.getByRole('link', { name: 'Srak', exact: true })).toHaveAttribute('href', '/commune/srak-030613/');
    await expect(suggestions).toContainText('Kampong Cham');
    // …and the search for the address's words, still there once the page has settled (its text was once re-rendered empty).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await expect(suggestions.getByRole('link', { name: 'Search for “srak”' })).toHaveAttribute('href', '/search/?q=srak');
  });

  test('in Khmer too, and an address that matches nothing offers the search', async ({ page }) => {
    await page.goto(`${origin}/km/commune/srak/`);
    await expect(page.getByTestId('suggestions').getByRole('link', { name: 'ស្រក' })).toHaveAttribute('href', '/km/commune/srak-030613/');
    await page.goto(`${origin}/province/nowhere-at-all/`);
    await expect(page.getByRole('link', { name: 'Search for “nowhere at all”' })).toHaveAttribute('href', '/search/?q=nowhere%20at%20all');
  });

  test('without JavaScript it is the plain 404 page with its search form', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(`${origin}/commune/srak/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByTestId('suggestions')).toBeHidden();
    await expect(page.locator('form[action="/search/"]').first()).toBeAttached();
    await context.close();
  });
});

test.describe('a printed commune page', () => {
  for (const [path, from, asOf] of [
    ['/commune/damrei-choan-khla-060301/', 'Printed from', 'data as of'],
    ['/km/commune/damrei-choan-khla-060301/', 'បោះពុម្ពពី', 'ទិន្នន័យគិតត្រឹម']
  ]) {
    test(`shows each address once and where and when it was printed (${path})`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.getByTestId('printed-from')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      const line = page.getByTestId('printed-from');
      await expect(line).toBeVisible();
      await expect(line).toContainText(new RegExp(`${from} https?://[^ ]+${path.replace(/\//g, '\\/')}`));
      await expect(line).toContainText(asOf);
      // The newest entry of data/changes.yaml.
      const newest = [...readFileSync('data/changes.yaml', 'utf8').matchAll(/^- date: (\d{4}-\d{2}-\d{2})/gm)].map((m) => m[1]).sort().at(-1);
      await expect(line.locator('time')).toHaveAttribute('datetime', `${newest}T00:00:00Z`);
      // A link whose text is its address is printed once: no address added after it.
      const repeated = await page.locator('a[href^="http"]').evaluateAll((links) =>
        links.filter((link) => {
          const after = getComputedStyle(link, '::after').content;
          return link.textContent?.trim() === link.getAttribute('href') && after !== 'none' && after !== 'normal';
        }).length
      );
      expect(repeated).toBe(0);
      expect(await page.locator('a[href^="http"].url').count()).toBeGreaterThan(0);
      expect(scripts).toEqual([]);
    });
  }
});
