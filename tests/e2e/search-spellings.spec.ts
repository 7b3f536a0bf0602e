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

test('a name a letter off finds the record, and the dashboard says it shows close spellings (English and Khmer)', async ({ page }) => {
  for (const prefix of ['', '/km']) {
    await page.goto(`${prefix}${ALL}`);
    await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0);
    await page.getByTestId('search-input').fill('Chheng Chanta');
    await expect(tableRows(page)).toHaveCount(1);
    await expect(tableRows(page).first()).toContainText('Chheng Chantha');
    await expect(page.getByTestId('close-spellings')).toContainText('chantha');
    // Typed right, the notice goes.
    await page.getByTestId('search-input').fill('Chheng Chantha');
    await expect(tableRows(page)).toHaveCount(1);
    await expect(page.getByTestId('close-spellings')).toHaveCount(0);
  }
  // Reasons in our words are searched too: "Kem Sokha" is named in reason summaries, not only in quotes.
  await page.goto(ALL);
  await untilInteractive(page);
  await page.getByTestId('search-input').fill('Kem Sokha');
  await expect(tableRows(page).filter({ hasText: 'Chheng Chantha' })).toHaveCount(1);
});
