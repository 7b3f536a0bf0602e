// The default view is drawn from the build's snapshot: readable before the rows download, and without JavaScript.
import { expect, test, type Page } from '@playwright/test';
import { holdRequests } from './hold-requests';
import { zoomButton } from './interactive';

const summary = (page: Page) => page.getByTestId('summary');
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');
const timelineBars = (page: Page) => page.locator('.timeline-panel rect.bar');

/** Holds the rows download until `release` is called, to look at the page before the rows arrive. */
const holdRows = (page: Page) => holdRequests(page, '**/dashboard-rows.bin');

test('without JavaScript the default view is readable: summary, timeline bars and the first table page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(summary(page)).toContainText(/\d+ sourced defection records \(\d+ confirmed by two outlets, \d+ reported by one\) covering \d+ people/);
  await expect(tableRows(page).first()).toBeVisible();
  expect(await tableRows(page).count()).toBeGreaterThan(5);
  expect(await timelineBars(page).count()).toBeGreaterThan(3);
  // The timeline's figures as tables open without the script, each bar's count and each claim with its source.
  const figures = page.locator('figure.timeline details');
  await figures.locator('summary').click();
  await expect(figures.locator('table.figures').nth(0).locator('tbody tr')).toHaveCount(await timelineBars(page).count());
  await expect(figures.locator('table.figures').nth(1).locator('tbody tr a[href^="http"]').first()).toBeVisible();
  await expect(page.getByText(/needs JavaScript|JavaScript/).first()).toBeVisible();
  await context.close();
});

test('without JavaScript the dashboard fits a phone: the timeline, drawn 800 px wide, shrinks to the screen', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of ['/', '/km/']) {
    await page.goto(path);
    await expect(timelineBars(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    const chart = await page.locator('.timeline-panel svg').boundingBox();
    expect(chart!.width, path).toBeLessThanOrEqual(390);
  }
  await context.close();
});

test("the timeline's figures opened before the script runs stay open, with their tables, once it has", async ({ page }) => {
  const app = await holdRequests(page, '**/_app/immutable/entry/app.*.js');
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  const figures = page.locator('figure.timeline details');
  await figures.locator('summary').click();
  await expect(figures).toHaveAttribute('open', '');
  expect(app.wasRequested()).toBe(true);
  app.release();
  // Hydrated: the map's zoom button appears only then.
  await expect(zoomButton(page)).toBeVisible();
  await expect(figures).toHaveAttribute('open', '');
  await expect(figures.locator('table.figures').nth(0).locator('tbody tr')).toHaveCount(await timelineBars(page).count());
});

test('the default view is drawn before the rows arrive, and the same once they have', async ({ page }) => {
  const rows = await holdRows(page);
  await page.goto('/');
  // The page asks for the rows once it is drawn and running; they are held, and the view is there all the same.
  await expect.poll(rows.wasRequested).toBe(true);
  await expect(tableRows(page).first()).toBeVisible();
  const before = await summary(page).textContent();
  expect(before).toMatch(/sourced defection records/);
  rows.release();
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0);
  await expect(summary(page)).toHaveText(before!);
});

test('a shared filtered link never shows the unfiltered snapshot: it waits for the rows', async ({ page }) => {
  const rows = await holdRows(page);
  await page.goto('/?province=KH-21');
  await expect(page.getByText(/Loading/).first()).toBeVisible();
  await expect(summary(page)).toHaveCount(0);
  rows.release();
  await expect(summary(page)).toContainText('in 1 province');
  for (const cell of await tableRows(page).locator('td:nth-child(4)').allTextContents()) expect(cell).toContain('Takeo');
});
