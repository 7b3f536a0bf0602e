// The dashboard by keyboard (issue 25): a skip link to the records, the map as one tab stop with arrow keys inside,
// and a short path from the top of the page to the first record.
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const firstRecordLink = 'section[aria-labelledby="records-title"] tbody tr:not([hidden]) td:first-child a >> nth=0';
const firstRecordSelector = 'section[aria-labelledby="records-title"] tbody tr:not([hidden]) td:first-child a';

/** Presses Tab until the first record's link has the focus; returns how many presses it took and what was passed. */
async function tabToFirstRecord(page: Page, limit = 80) {
  const stops: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((selector) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active) return { first: false, name: '' };
      const first = document.querySelector(selector) === active;
      const name = `${active.tagName.toLowerCase()}${active.dataset.iso ? `[${active.dataset.iso}]` : ''} ${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 30)}`;
      return { first, name };
    }, firstRecordSelector);
    stops.push(stop.name);
    if (stop.first) return { presses, stops };
  }
  return { presses: Infinity, stops };
}

test('walking every tab stop from the top to the first record, the map is one stop', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await expect(page.locator(firstRecordLink)).toBeVisible();
  const { presses, stops } = await tabToFirstRecord(page);
  expect(presses, stops.join('\n')).toBeLessThan(Infinity);
  expect(stops.filter((stop) => stop.startsWith('path['))).toHaveLength(1);
});

/** From the top: Tab to the skip link, Enter, then Tab to the first record; every key press counted. */
async function skipToFirstRecord(page: Page, skipName: string) {
  const skip = page.getByRole('link', { name: skipName });
  let presses = 0;
  while (presses < 20 && !(await skip.evaluate((link) => link === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(skip).toBeFocused();
  // Shown once it has the focus, not only announced.
  await expect(skip).toBeInViewport();
  expect((await skip.boundingBox())!.width).toBeGreaterThan(24);
  await page.keyboard.press('Enter');
  presses++;
  await expect(page).toHaveURL(/#records-title$/);
  const rest = await tabToFirstRecord(page, 20);
  return presses + rest.presses;
}

for (const { lang, path, zoom, skip } of [
  { lang: 'English', path: '/', zoom: 'Zoom and pan', skip: 'Skip to the records' },
  { lang: 'Khmer', path: '/km/', zoom: 'ពង្រីក និងរំកិលផែនទី', skip: 'រំលងទៅកំណត់ត្រា' }
]) {
  test(`${lang}: from the top of the page the skip link takes the keyboard to the first record in at most 25 key presses`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
    await expect(page.getByRole('button', { name: zoom })).toBeVisible();
    await expect(page.locator(firstRecordLink)).toBeVisible();
    expect(await skipToFirstRecord(page, skip)).toBeLessThanOrEqual(25);
    // The record's link works from the keyboard.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/person\/[^/]+\/$/);
  });
}

test('in the map the arrow keys move between neighbouring provinces, Enter and Space toggle, and the focus shows', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const shapes = page.locator('.map path.shape');
  await expect(shapes).toHaveCount(24);
  await expect(page.locator('.map path.shape[tabindex="0"]')).toHaveCount(1);
  const takeo = page.locator('.map path[data-iso="KH-21"]');
  await takeo.focus();
  // Kampot lies west of Takeo, Kandal north of it.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.map path[data-iso="KH-7"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(takeo).toBeFocused();
  const centreY = () => page.evaluate(() => {
    const box = (document.activeElement as Element).getBoundingClientRect();
    return box.top + box.height / 2;
  });
  const takeoY = await centreY();
  await page.keyboard.press('ArrowUp');
  await expect(takeo).not.toBeFocused();
  expect(await centreY()).toBeLessThan(takeoY);
  const north = await page.evaluate(() => (document.activeElement as SVGElement).dataset.iso!);
  // The focused shape is now the map's one tab stop, ringed where a keyboard put it.
  await expect(page.locator('.map path.shape[tabindex="0"]')).toHaveAttribute('data-iso', north);
  await expect(page.locator('.map path.outline.focused')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`province=${north}(?!\\d)`));
  await page.keyboard.press(' ');
  await expect(page).not.toHaveURL(/province=/);
  // Tab leaves the map at once, whichever shape has the focus.
  await page.keyboard.press('Tab');
  await expect(shapes.first()).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.map svg'))).toBeNull();
});

test('the zoomable map is one tab stop too, with the arrow keys and Enter inside it', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.getByRole('button', { name: 'Zoom and pan' }).click();
  const paths = page.locator('.leaflet-container path[role="button"]');
  await expect(paths).toHaveCount(24);
  await expect(page.locator('.leaflet-container path[tabindex="0"]')).toHaveCount(1);
  await page.locator('.leaflet-container path[aria-label^="Takeo"]').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.leaflet-container path[aria-label^="Kampot"]')).toBeFocused();
  await expect(page.locator('.leaflet-container path[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('.leaflet-container path[aria-label^="Kampot"]')).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=KH-7(?!\d)/);
  await expect(page.locator('.map [role="tooltip"]')).toContainText('Kampot');
});
