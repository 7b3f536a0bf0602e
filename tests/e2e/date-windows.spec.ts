// Issue 22, item 3: a date window counts the records known to fall inside it — their whole known date span lies in
// it — and reports apart those that only may ("October 2017", "22 Oct–21 Nov"), with a switch to count them too.
// The same rule holds for the map, the table and the view's download.
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

// In the call to defect (the default period), 20–31 Oct 2017 holds 7 records whose dates lie wholly inside it:
// Chen Choy, Chheng Chantha, Chheu Sophoak, Hem Vanna (23–27 Oct), Hu Kruy, Kampong Speu's commune chief (27–30 Oct)
// and Ul Pov. 4 more only overlap it: Kang Vong ("2017"), the unnamed lawmaker (22 Oct–21 Nov) and the two Damrei
// Choankhla officials (22 Oct–30 Nov).
const WINDOW = '/?from=2017-10-20&to=2017-10-31';
const WITHIN = 7;
const MAYBE = 4;

const tableHeading = (page: Page) => page.locator('#records-title');
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');
const note = (page: Page) => page.getByTestId('date-window');

async function provinceCount(page: Page, name: string) {
  const list = page.locator('details.province-list');
  if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  return list.getByRole('button', { name: new RegExp(`^${name}`) }).locator('.count');
}

test('a date window counts only the records known to fall inside it, and reports the others apart', async ({ page }) => {
  await page.goto(WINDOW);
  await untilInteractive(page);
  await expect(tableHeading(page)).toContainText(`${WITHIN} matching`);
  await expect(tableRows(page)).toHaveCount(WITHIN);
  await expect(tableRows(page).filter({ hasText: 'Kang Vong' })).toHaveCount(0);
  await expect(tableRows(page).filter({ hasText: 'Chen Choy' })).toHaveCount(1);
  await expect(note(page)).toContainText('whole known date span lies inside it');
  await expect(page.getByTestId('dates-uncertain')).toContainText(`And ${MAYBE} more records that may fall in this period`);
  // The headline says so too, so a shared screenshot of it does.
  await expect(page.getByTestId('summary')).toContainText(`${WITHIN} sourced defection records`);
  await expect(page.getByTestId('summary')).toContainText(`between 20 Oct 2017 and 31 Oct 2017 (and ${MAYBE} more records that may fall in this period, not counted here).`);
  // The map counts by the same rule: Kang Vong, dated only "2017", is Phnom Penh's one record of the period.
  await expect(await provinceCount(page, 'Phnom Penh')).toHaveText('0');
  await expect(await provinceCount(page, 'Kampong Thom')).toHaveText('1');
  // So does the download of this view.
  await expect(page.getByText(new RegExp(`Download this view \\(${WITHIN} records\\)`))).toBeVisible();
});

test('the switch counts the records that may fall in the window too, and the link keeps it', async ({ page }) => {
  await page.goto(WINDOW);
  await untilInteractive(page);
  await page.getByTestId('dates-overlap').check();
  await expect(page).toHaveURL(/[?&]dates=overlap(&|$)/);
  await expect(tableHeading(page)).toContainText(`${WITHIN + MAYBE} matching`);
  await expect(tableRows(page).filter({ hasText: 'Kang Vong' })).toHaveCount(1);
  await expect(page.getByTestId('dates-uncertain')).toContainText(`Including ${MAYBE} records that may fall outside this period`);
  await expect(page.getByTestId('summary')).toContainText(`${WITHIN + MAYBE} sourced defection records`);
  await expect(page.getByTestId('summary')).toContainText('whose dates fall, or may fall, between 20 Oct 2017 and 31 Oct 2017.');
  await expect(await provinceCount(page, 'Phnom Penh')).toHaveText('1');
  await expect(await provinceCount(page, 'Kampong Thom')).toHaveText('3');
  await expect(page.getByText(new RegExp(`Download this view \\(${WITHIN + MAYBE} records\\)`))).toBeVisible();

  // A shared link opens the same view; unticking goes back to the records known to fall inside.
  await page.goto(`${WINDOW}&dates=overlap`);
  await untilInteractive(page);
  await expect(tableHeading(page)).toContainText(`${WITHIN + MAYBE} matching`);
  await page.getByTestId('dates-overlap').uncheck();
  await expect(page).not.toHaveURL(/dates=/);
  await expect(tableHeading(page)).toContainText(`${WITHIN} matching`);
});

test('the window’s note reads in Khmer, with Khmer digits', async ({ page }) => {
  await page.goto(`/km${WINDOW}`);
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(note(page)).toContainText('ទាំងមូល ស្ថិតនៅក្នុងរយៈពេលនេះ');
  await expect(page.getByTestId('dates-uncertain')).toContainText('និងកំណត់ត្រា ៤ ទៀតដែលអាចស្ថិតក្នុងរយៈពេលនេះ');
});

test('without a window there is no note', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await expect(note(page)).toHaveCount(0);
});
