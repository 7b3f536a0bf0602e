// The timeline brush driven by hand: select days with the mouse, move the selection, resize it, clear it, and the
// same drag with a finger on a phone.
import { expect, test, type Page } from '@playwright/test';
import { dayNumber } from '../../src/lib/day';
import { untilInteractive } from './interactive';

async function overlayBox(page: Page) {
  await page.goto('/');
  // A drag made before the page has hydrated does nothing (seen on a busy machine, as a test that passed on retry).
  await untilInteractive(page);
  const overlay = page.locator('.brush .overlay');
  await expect(overlay).toBeVisible();
  return (await overlay.boundingBox())!;
}

function range(page: Page): [string | null, string | null] {
  const params = new URL(page.url()).searchParams;
  return [params.get('from'), params.get('to')];
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('dragging selects days, dragging the selection moves them, dragging an edge resizes, a click clears', async ({ page }) => {
  const box = await overlayBox(page);
  const y = box.y + box.height / 2;
  const at = (share: number) => box.x + box.width * share;

  await drag(page, { x: at(0.3), y }, { x: at(0.5), y });
  await expect(page).toHaveURL(/from=2017-\d\d-\d\d&to=2017-\d\d-\d\d/);
  const [from, to] = range(page) as [string, string];
  const width = dayNumber(to) - dayNumber(from);
  expect(width).toBeGreaterThan(3);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
  const selection = page.locator('.brush .selection');
  await expect(selection).toBeVisible();

  // Move: grab the middle of the selection and drag it right; the range keeps its length.
  const picked = (await selection.boundingBox())!;
  await drag(page, { x: picked.x + picked.width / 2, y }, { x: picked.x + picked.width / 2 + box.width * 0.2, y });
  await expect.poll(() => range(page)[0]).not.toBe(from);
  const [movedFrom, movedTo] = range(page) as [string, string];
  expect(dayNumber(movedFrom)).toBeGreaterThan(dayNumber(from));
  expect(dayNumber(movedTo) - dayNumber(movedFrom)).toBe(width);

  // Resize: drag the right edge further right; the start stays put.
  const moved = (await selection.boundingBox())!;
  await drag(page, { x: moved.x + moved.width, y }, { x: moved.x + moved.width + box.width * 0.1, y });
  await expect.poll(() => range(page)[1]).not.toBe(movedTo);
  expect(range(page)[0]).toBe(movedFrom);
  expect(dayNumber(range(page)[1]!)).toBeGreaterThan(dayNumber(movedTo));

  // A click outside the selection clears the range.
  await page.mouse.click(at(0.05), y);
  await expect(page).not.toHaveURL(/from=|to=/);
  await expect(selection).toHaveCount(0);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});

test('Escape during a drag puts the selection back', async ({ page }) => {
  const box = await overlayBox(page);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await expect(page.locator('.brush .selection')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator('.brush .selection')).toHaveCount(0);
  expect(range(page)).toEqual([null, null]);
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a horizontal finger drag selects days', async ({ page }) => {
    const box = await overlayBox(page);
    await page.locator('.brush .overlay').scrollIntoViewIfNeeded();
    const { x, y, width, height } = (await page.locator('.brush .overlay').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', share: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: x + width * share, y: y + height / 2 }] });
    expect(box.width).toBeGreaterThan(100);
    await touch('touchStart', 0.3);
    for (const share of [0.35, 0.45, 0.55, 0.65, 0.7]) await touch('touchMove', share);
    await touch('touchEnd', 0.7);
    await expect(page).toHaveURL(/from=2017-\d\d-\d\d&to=2017-\d\d-\d\d/);
    await expect(page.locator('.brush .selection')).toBeVisible();
  });
});
