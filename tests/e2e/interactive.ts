// The dashboard is prerendered: its map, timeline brush and disclosures are on screen before its script runs, and
// answer only once the page has hydrated. The map's zoom button needs the script, so it appears then.
import { expect, type Page } from '@playwright/test';

export const zoomButton = (page: Page) => page.getByRole('button', { name: 'Zoom and pan' });

export async function untilInteractive(page: Page) {
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(zoomButton(page)).toBeVisible();
}
