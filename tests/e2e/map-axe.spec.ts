// axe on the dashboard (issue 25), with WCAG 2.2's target size, in both languages and themes: the whole page with a
// province selected (hatching, notes), the filters, province list and figures open and a claim shown; then the map
// panel with the zoomable map open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

for (const { lang, path, zoom } of [
  { lang: 'en', path: '/', zoom: 'Zoom and pan' },
  { lang: 'km', path: '/km/', zoom: 'ពង្រីក និងរំកិលផែនទី' }
]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${lang}, ${colorScheme}: the dashboard and its zoomable map pass axe, target size included`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${path}?wave=all&province=KH-3`);
      await expect(page.locator('.map[data-counts="ready"]')).toBeVisible();
      await expect(page.getByRole('button', { name: zoom })).toBeVisible();
      await expect(page.getByTestId('partly-selected-note')).toBeVisible();
      for (const summary of await page.locator('.filters details summary, .province-list summary, .timeline details summary').all()) await summary.click();
      await page.getByTestId('timeline-claims').focus();
      await expect(page.getByTestId('claim-detail')).toBeVisible();
      expect(await violations(page)).toEqual([]);

      await page.getByRole('button', { name: zoom }).click();
      await expect(page.locator('.map[data-engine="leaflet"]')).toBeVisible();
      await page.locator('.leaflet-container path[tabindex="0"]').focus();
      await expect(page.locator('.map [role="tooltip"]')).toBeVisible();
      expect(await violations(page, '.map-panel')).toEqual([]);
    });
  }
}
