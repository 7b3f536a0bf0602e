// The dashboard's search box reads place names as the site search does: a press spelling ("Kompong Cham") finds the
// records of the place the data spells otherwise ("Kampong Cham").
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const ALL = '/?wave=all&status=confirmed,disputed,reported';
const inKampongCham = readdirSync('data/defections').filter(
  (name) => name.endsWith('.yaml') && /^ {2}province: "?03"?$/m.test(readFileSync(`data/defections/${name}`, 'utf8'))
).length;
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');

test('typing "Kompong Cham" in the dashboard search lists the Kampong Cham records', async ({ page }) => {
  expect(inKampongCham).toBeGreaterThan(0);
  await page.goto(ALL);
  await untilInteractive(page);
  await page.getByTestId('search-input').pressSequentially('Kompong Cham');
  await expect(page).toHaveURL(/q=Kompong(\+|%20)Cham/);
  await expect(tableRows(page)).toHaveCount(inKampongCham);
  for (const row of await tableRows(page).all()) await expect(row).toContainText('Kampong Cham');
  await expect(page.getByTestId('empty-state')).toBeHidden();
});
