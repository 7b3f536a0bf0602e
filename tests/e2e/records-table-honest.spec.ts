// Issue 22, items 4, 6 and 7: the records table says what is known of each date and sorts by it; the reaction filters
// say whose reaction they filter; a Khmer name's romanisation is shown beside it in the English table.
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const ALL = '/?wave=all&status=confirmed,disputed,reported';
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');
const row = (page: Page, text: string | RegExp) => tableRows(page).filter({ hasText: text });
const dateCell = (page: Page, text: string | RegExp) => row(page, text).locator('td').nth(4);

test('dates known only as a span or a bound read as what is known, not "date unknown"', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  // Kampong Speu's unnamed commune chief: between 27 and 30 Oct 2017.
  const kampongSpeu = tableRows(page).filter({ has: page.locator('a[href*="kampong-speu-commune-chief-2017-10"]') });
  await expect(kampongSpeu.locator('td').nth(4)).toHaveText('27 Oct 2017 – 30 Oct 2017');
  await expect(dateCell(page, 'Phan Mom')).toHaveText('16 Nov 2017 – 31 Dec 2017');
  await expect(dateCell(page, 'Dam Seth')).toHaveText('after 28 Nov 2017');
  // Only the records no source dates at all say so.
  const unknown = tableRows(page).filter({ has: page.locator('td.date', { hasText: 'date unknown' }) });
  await expect(unknown).toHaveCount(2);
  await expect(unknown.filter({ hasText: 'Chiv Kakta' })).toHaveCount(1);
  await expect(unknown.filter({ hasText: 'Kang Kimhak' })).toHaveCount(1);
});

test('sorting by date places a span at its first known day, between the records around it', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const order = () => tableRows(page).locator('td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').at(-2)!));
  // 26 Oct (Chheng Chantha) < 27–30 Oct (Kampong Speu's chief) < 28 Oct (Ul Pov); "2017" (Kang Vong) may be as early as
  // 1 January: first, not last.
  await expect(async () => {
    const ids = await order();
    expect(ids.indexOf('chheng-chantha')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('chheng-chantha')).toBeLessThan(ids.indexOf('kampong-speu-commune-chief-2017-10'));
    expect(ids.indexOf('kampong-speu-commune-chief-2017-10')).toBeLessThan(ids.indexOf('ul-pov'));
    expect(ids[0]).toBe('kang-vong');
  }).toPass();
  // Newest first: the same spans, the other way round, and the records no source dates still last.
  await page.goto('/?sort=-date&wave=all');
  await untilInteractive(page);
  await expect(async () => {
    const ids = await order();
    expect(ids.indexOf('ul-pov')).toBeLessThan(ids.indexOf('kampong-speu-commune-chief-2017-10'));
    expect(ids.slice(-2).sort()).toEqual(['chiv-kakta', 'kang-kimhak']);
  }).toPass();
});

test('the English table shows a Khmer name with its romanisation, as the person page does', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  for (const [khmer, latin] of [['ឈឿ សោភ័ក្រ', 'Chheu Sophoak'], ['ហ៊ុ គ្រុយ', 'Hu Kruy'], ['គង់ ឈុំ', 'Kong Chhum']]) {
    const cell = row(page, khmer).locator('td').first();
    await expect(cell).toContainText(khmer);
    await expect(cell).toContainText(`${latin}, romanisation tentative`);
  }
  // A search for the romanisation still finds the record.
  // (Hu Kruy's record is found too: the reason in our words names Chheu Sophoak's joint letter.)
  await page.getByTestId('search-input').fill('Chheu Sophoak');
  await expect(tableRows(page)).toHaveCount(2);
  await expect(tableRows(page).filter({ hasText: 'ឈឿ សោភ័ក្រ' })).toHaveCount(1);
  await expect(tableRows(page).filter({ hasText: 'Hu Kruy' })).toHaveCount(1);
});

test('reactions filter by who reacted and by stance, and their labels say so', async ({ page }) => {
  await page.goto('/?voice=constituent&stance=critical');
  await untilInteractive(page);
  // Constituents critical of the defection: Ul Pov's and Phan Mom's; not Chen Choy's own words, nor a party's.
  await expect(tableRows(page)).toHaveCount(2);
  await expect(row(page, 'Ul Pov')).toHaveCount(1);
  await expect(row(page, 'Phan Mom')).toHaveCount(1);
  await expect(row(page, 'Chen Choy')).toHaveCount(0);
  await expect(page.getByTestId('ignored-params')).toHaveCount(0);

  await page.goto('/');
  await untilInteractive(page);
  await expect(page.getByText("Constituents' reaction")).toHaveCount(0);
  const who = page.locator('details.group', { has: page.locator('summary', { hasText: 'Reactions: who reacted' }) });
  await who.locator('summary').click();
  await who.getByRole('checkbox', { name: /^The defector/ }).check();
  await expect(page).toHaveURL(/[?&]voice=defector(&|$)/);
  await expect(row(page, 'Chen Choy')).toHaveCount(1);
  await expect(row(page, 'Kang Vong')).toHaveCount(0);
  // The stance options count the reactions of the voice chosen.
  const stance = page.locator('details.group', { has: page.locator('summary', { hasText: 'Reactions: stance' }) });
  await stance.locator('summary').click();
  await expect(stance.locator('label', { hasText: 'Neutral' }).locator('.count')).toHaveText('1');
  await stance.getByRole('checkbox', { name: /^Neutral/ }).check();
  await expect(tableRows(page)).toHaveCount(1);
  await expect(row(page, 'Ul Pov')).toHaveCount(1);
});

test('a record whose sources give no reason says so in the reasons column, as an empty place does', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  const reasons = row(page, 'Chiv Kakta').locator('td').nth(5);
  await expect(reasons).toHaveText('not given');
  await expect(reasons).toHaveClass(/muted/);
});
