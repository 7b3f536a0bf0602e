// The province map as readers use it: the built-in SVG map (no Leaflet until asked), and zoom-and-pan on demand.
import { expect, test, type Page } from '@playwright/test';
import { holdRequests } from './hold-requests';
import { untilInteractive, zoomButton } from './interactive';

const shape = (page: Page, name: string) => page.locator(`.map path[aria-label^="${name}"]`);
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');

test('the first load draws the map without Leaflet, its stylesheet or the boundary file', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await untilInteractive(page);
  await expect(page.locator('.map svg path[role="button"]')).toHaveCount(24);
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  expect(requests.filter((path) => /leaflet|provinces\.topo\.json/.test(path))).toEqual([]);
});

test('clicking a shape filters the URL and the table, outlines it and dims the others', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const takeo = shape(page, 'Takeo');
  await takeo.click();
  await expect(page).toHaveURL(/province=KH-21(?!\d)/);
  await expect(takeo).toHaveAttribute('aria-pressed', 'true');
  await expect(takeo).not.toHaveClass(/dimmed/);
  await expect(shape(page, 'Kampot')).toHaveClass(/dimmed/);
  await expect(page.locator('.map path.outline.selected')).toHaveCount(1);
  await expect(tableRows(page).first()).toBeVisible();
  for (const cell of await tableRows(page).locator('td:nth-child(4)').allTextContents()) expect(cell).toContain('Takeo');
  await takeo.click();
  await expect(page).not.toHaveURL(/province=/);
  await expect(shape(page, 'Kampot')).not.toHaveClass(/dimmed/);
});

test('a focused shape toggles with Enter and Space and shows its tooltip', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const kampot = shape(page, 'Kampot');
  await kampot.focus();
  await expect(page.getByRole('tooltip')).toContainText('Kampot');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=KH-7(?!\d)/);
  await expect(kampot).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tooltip')).toContainText('Selected — activate to remove');
  await page.keyboard.press(' ');
  await expect(page).not.toHaveURL(/province=/);
  await expect(kampot).toHaveAttribute('aria-pressed', 'false');
});

test('while a filtered link waits for its rows, the map says it is counting instead of showing zeros', async ({ page }) => {
  const rows = await holdRequests(page, '**/dashboard-rows.bin');
  await page.goto('/?wave=all');
  await untilInteractive(page);
  await expect(shape(page, 'Takeo')).toHaveAttribute('aria-label', /counting the records/);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.province-list .count').first()).toHaveText('…');
  // Nor do the claim line and the table's heading count zero records meanwhile.
  await expect(page.getByTestId('claim-gap')).toHaveCount(0);
  await expect(page.locator('#records-title')).not.toContainText('matching');
  rows.release();
  await expect(shape(page, 'Takeo')).toHaveAttribute('aria-label', /Takeo \(តាកែវ\), [1-9]\d* (?:person|people) in \d+ records?/);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByTestId('claim-gap')).toBeVisible();
  await expect(page.locator('#records-title')).toContainText(/\d+ matching/);
});

test('hovering a shape shows its name and count, inside the screen on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?wave=all&status=confirmed,disputed,reported');
  await untilInteractive(page);
  // A filtered link is counted from the rows, which are fetched once the page runs: wait for them.
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0);
  const takeo = shape(page, 'Takeo');
  const label = await takeo.getAttribute('aria-label');
  const count = label!.match(/\d+ (?:person|people) in \d+ records?/)![0];
  expect(count).not.toMatch(/^0 /);
  // Ratanakiri sits at the map's right edge: its tooltip must still fit on the screen.
  for (const name of ['Takeo', 'Ratanakiri']) {
    await shape(page, name).hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText(name);
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  await takeo.hover();
  await expect(page.getByRole('tooltip')).toContainText(count);
  await page.mouse.move(1, 1);
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('the map is in the page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(page.locator('.map svg path[role="button"]')).toHaveCount(24);
  await expect(page.locator('.map path[aria-label^="Takeo"]')).toBeVisible();
  // Zooming needs JavaScript, so it is not offered.
  await expect(zoomButton(page)).toHaveCount(0);
  await context.close();
});

test('"Zoom and pan" loads Leaflet, which filters too, and switching back keeps the selection', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await zoomButton(page).click();
  await expect(page.locator('.map .leaflet-container')).toBeVisible();
  await expect(page.locator('.map[data-engine="leaflet"]')).toBeVisible();
  await expect(page.locator('.map .shapes')).toHaveCount(0);
  const takeo = page.locator('.leaflet-container path[aria-label^="Takeo"]');
  await takeo.click();
  await expect(page).toHaveURL(/province=KH-21(?!\d)/);
  await expect(takeo).toHaveAttribute('aria-pressed', 'true');
  await expect(tableRows(page).first()).toBeVisible();
  for (const cell of await tableRows(page).locator('td:nth-child(4)').allTextContents()) expect(cell).toContain('Takeo');

  await zoomButton(page).click();
  await expect(page.locator('.leaflet-container')).toHaveCount(0);
  await expect(shape(page, 'Takeo')).toHaveAttribute('aria-pressed', 'true');
  await shape(page, 'Kampong Thom').click();
  await expect(page).toHaveURL(/province=KH-21,KH-6|province=KH-6,KH-21/);
});
