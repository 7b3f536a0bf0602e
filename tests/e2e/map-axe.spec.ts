// axe on the dashboard's map and timeline (issue 25), with WCAG 2.2's target size, in both languages and themes:
// with a province selected (hatching, notes), the zoomable map open, and a claim shown.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function violations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .include('.skip-link')
    .include('.map-panel')
    .include('.timeline-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .withRules(['target-size'])
    .analyze();
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

for (const { lang, path, zoom } of [
  { lang: 'en', path: '/', zoom: 'Zoom and pan' },
  { lang: 'km', path: '/km/', zoom: 'ពង្រីក និងរំកិលផែនទី' }
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${lang}, ${colorScheme}: the map and the timeline pass axe, target size included`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${path}?wave=all&province=KH-3`);
      await expect(page.locator('.map[data-counts="ready"]')).toBeVisible();
      await expect(page.getByRole('button', { name: zoom })).toBeVisible();
      await expect(page.getByTestId('partly-selected-note')).toBeVisible();
      await page.locator('.province-list summary').click();
      await page.getByTestId('timeline-claims').focus();
      await expect(page.getByTestId('claim-detail')).toBeVisible();
      expect(await violations(page)).toEqual([]);

      await page.getByRole('button', { name: zoom }).click();
      await expect(page.locator('.map[data-engine="leaflet"]')).toBeVisible();
      await page.locator('.leaflet-container path[tabindex="0"]').focus();
      await expect(page.locator('.map [role="tooltip"]')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}
