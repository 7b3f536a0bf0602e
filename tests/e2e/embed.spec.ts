// Embeds as a newsroom uses them: copy the code from the dashboard, paste it into an article page.
import { expect, test } from '@playwright/test';
import { untilInteractive } from './interactive';

test('the Embed button gives iframe code for the current view', async ({ page }) => {
  await page.goto('/?province=KH-21');
  // The code is written by the page's script: open the disclosure once it runs.
  await untilInteractive(page);
  await page.locator('summary', { hasText: /^Embed$/ }).click();
  const code = await page.getByTestId('embed-map').inputValue();
  expect(code).toMatch(/^<iframe src="http:\/\/localhost:\d+\/embed\/map\/\?province=KH-21"/);
  expect(await page.getByTestId('embed-timeline').inputValue()).toContain('/embed/timeline/?province=KH-21');
});

test('embedded map and timeline load inside an iframe on another page, with filters and a credit line', async ({ page, baseURL }) => {
  await page.setContent(`<!doctype html><html><body><h1>A newsroom article</h1>
    <iframe id="map" src="${baseURL}/embed/map/?province=KH-21" width="700" height="460" style="border:0"></iframe>
    <iframe id="timeline" src="${baseURL}/km/embed/timeline/?wave=all" width="700" height="420" style="border:0"></iframe>
  </body></html>`);
  const map = page.frameLocator('#map');
  await expect(map.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(map.locator('path[aria-label^="Takeo"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(map.getByTestId('summary')).toContainText('1 province');
  await expect(map.locator('.credit a')).toHaveAttribute('href', '/?province=KH-21');
  // No site header inside an embed.
  await expect(map.locator('header.site')).toHaveCount(0);

  const timeline = page.frameLocator('#timeline');
  await expect(timeline.locator('svg .bar').first()).toBeVisible();
  await expect(timeline.locator('html')).toHaveAttribute('lang', 'km');
  await expect(timeline.locator('.credit')).toContainText('ប្រភព');
});

test('a commune card embeds a commune’s records, and only communes with records have one', async ({ page, baseURL }) => {
  await page.setContent(`<iframe id="card" src="${baseURL}/embed/commune/srak-030613/" width="500" height="300"></iframe>`);
  const card = page.frameLocator('#card');
  await expect(card.locator('h1')).toContainText('Srak');
  await expect(card.locator('li').first()).toContainText('Ul Pov');
  await expect(card.locator('.credit')).toBeVisible();
  const missing = await page.goto('/embed/commune/banteay-neang-010201/');
  expect(missing?.status()).toBe(404);
});
