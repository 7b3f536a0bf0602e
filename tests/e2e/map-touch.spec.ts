// The map on a phone (issue 25): a one-finger swipe over it scrolls the page, in the SVG map and in "Zoom and pan";
// two fingers move the zoomable map; Cambodia cannot be dragged out of view; a reset button brings the whole country
// back; tooltips stay inside the map.
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { untilInteractive, zoomButton } from './interactive';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

type TouchPoint = { x: number; y: number };

/** A gesture by one or more fingers, each moving by its own (dx, dy) in steps, as the touchscreen sends it. */
async function gesture(cdp: CDPSession, fingers: (TouchPoint & { dx: number; dy: number })[]) {
  const at = (share: number) => fingers.map((finger, id) => ({ x: finger.x + finger.dx * share, y: finger.y + finger.dy * share, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const swipe = (cdp: CDPSession, finger: TouchPoint, dx: number, dy: number) => gesture(cdp, [{ ...finger, dx, dy }]);

async function mapCentre(page: Page) {
  const box = (await page.locator('.map').boundingBox())!;
  return { box, centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
}

/** Where Leaflet has drawn Takeo: it moves when the map is panned or zoomed, not when the page scrolls. */
async function takeoInMap(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    const takeo = document.querySelector('.leaflet-container path[aria-label^="Takeo"]')!.getBoundingClientRect();
    return { x: Math.round(takeo.x - map.x), y: Math.round(takeo.y - map.y), width: Math.round(takeo.width) };
  });
}

async function openZoomableMap(page: Page) {
  await page.goto('/');
  await untilInteractive(page);
  await zoomButton(page).click();
  await expect(page.locator('.map[data-engine="leaflet"]')).toBeVisible();
  await expect(page.locator('.leaflet-container path[aria-label^="Takeo"]')).toBeVisible();
}

test('a one-finger swipe over the SVG map scrolls the page', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.locator('.map').scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  const { centre } = await mapCentre(page);
  await swipe(await page.context().newCDPSession(page), centre, 0, -200);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 50);
});

test('over the zoomable map one finger scrolls the page and says to use two; two fingers zoom the map', async ({ page }) => {
  await openZoomableMap(page);
  const cdp = await page.context().newCDPSession(page);
  const drawn = await takeoInMap(page);
  const before = await page.evaluate(() => scrollY);
  const { centre } = await mapCentre(page);
  await swipe(cdp, centre, 0, -200);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 50);
  await expect(page.getByTestId('two-fingers')).toHaveText('Use two fingers to move the map');
  // The page moved, the map under it did not.
  expect(await takeoInMap(page)).toEqual(drawn);
  await expect(page.getByTestId('two-fingers')).toHaveCount(0);

  // The swipe flings the page on: bring the map back into view once it has come to rest.
  await expect.poll(async () => {
    const y = await page.evaluate(() => scrollY);
    await page.waitForTimeout(200);
    return (await page.evaluate(() => scrollY)) === y;
  }).toBe(true);
  await page.locator('.map').scrollIntoViewIfNeeded();
  const after = await mapCentre(page);
  // Two fingers spreading apart zoom in: the map, not the page, takes them.
  await gesture(cdp, [
    { x: after.centre.x - 30, y: after.centre.y, dx: -60, dy: 0 },
    { x: after.centre.x + 30, y: after.centre.y, dx: 60, dy: 0 }
  ]);
  await expect.poll(async () => (await takeoInMap(page)).width).toBeGreaterThan(drawn.width * 1.3);
});

test('zoomed in and dragged far away, Cambodia stays in view, and "Reset view" brings the whole country back', async ({ page }) => {
  await openZoomableMap(page);
  const drawn = await takeoInMap(page);
  await page.locator('.leaflet-control-zoom-in').click();
  await page.locator('.leaflet-control-zoom-in').click();
  await expect.poll(async () => (await takeoInMap(page)).width).toBeGreaterThan(drawn.width * 1.5);
  // The whole country cannot be zoomed out of, nor dragged away: at least some province stays on the map.
  const { box, centre } = await mapCentre(page);
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 300, centre.y - 300, { steps: 6 });
    await page.mouse.up();
  }
  const inView = await page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    return [...document.querySelectorAll('.leaflet-container path.leaflet-interactive')].some((path) => {
      const shape = path.getBoundingClientRect();
      return shape.right > map.left + map.width / 3 && shape.bottom > map.top + map.height / 3;
    });
  });
  expect(inView, `map ${JSON.stringify(box)}`).toBe(true);
  await page.getByRole('button', { name: 'Reset view' }).click();
  // As first drawn, give or take a pixel of rounding.
  await expect.poll(async () => {
    const now = await takeoInMap(page);
    return Math.max(Math.abs(now.x - drawn.x), Math.abs(now.y - drawn.y), Math.abs(now.width - drawn.width));
  }).toBeLessThanOrEqual(2);
});

test('tooltips stay inside the map, in the SVG map and the zoomable one', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const inside = async () => {
    const map = (await page.locator('.map').boundingBox())!;
    const tip = (await page.locator('.map [role="tooltip"]').boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(map.x);
    expect(tip.y).toBeGreaterThanOrEqual(map.y);
    expect(tip.x + tip.width).toBeLessThanOrEqual(map.x + map.width);
    expect(tip.y + tip.height).toBeLessThanOrEqual(map.y + map.height);
  };
  // Provinces on each edge: Banteay Meanchey (north-west), Ratanakiri (east), Kampot and Kep (south).
  for (const iso of ['KH-1', 'KH-16', 'KH-7', 'KH-23']) {
    await page.locator(`.map path[data-iso="${iso}"]`).focus();
    await expect(page.locator('.map [role="tooltip"]')).toBeVisible();
    await inside();
  }
  await page.locator('.map path[data-iso="KH-23"]').blur();
  await zoomButton(page).click();
  await expect(page.locator('.leaflet-container path[aria-label^="Ratanakiri"]')).toBeVisible();
  for (const name of ['Ratanakiri', 'Kep', 'Banteay Meanchey']) {
    await page.locator(`.leaflet-container path[aria-label^="${name}"]`).focus();
    await expect(page.locator('.map [role="tooltip"]')).toContainText(name);
    await inside();
  }
});
