// The dashboard driven as analysts and reporters use it: filter, brush, search, share, go back.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive, zoomButton } from './interactive';

const ALL = '/?wave=all&status=confirmed,disputed,reported';
const recordFiles = readdirSync('data/defections').filter((name) => name.endsWith('.yaml'));
const disputedFiles = recordFiles.filter((name) => /^status: disputed$/m.test(readFileSync(`data/defections/${name}`, 'utf8'))).length;

const summary = (page: Page) => page.getByTestId('summary');
async function openProvinceList(page: Page) {
  const list = page.locator('details.province-list');
  await list.locator('summary').click();
  await expect(list).toHaveAttribute('open', '');
  return list;
}
const tableRows = (page: Page) => page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])');

test('the home page lists every record with its sources', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  // One table page holds 50 rows; the real dataset is smaller.
  await expect(tableRows(page)).toHaveCount(recordFiles.length);
  const first = tableRows(page).first();
  await first.locator('details summary').click();
  await expect(first.locator('details a[href^="http"]').first()).toBeVisible();
  // Disputed records are listed but not counted.
  await expect(summary(page)).toContainText(`${recordFiles.length - disputedFiles} sourced defection records (`);
  await expect(summary(page)).toContainText(`Also shown: ${disputedFiles} disputed record`);
});

test('the records table reads as a table, sorts from its column headers and keeps its columns aligned', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  // Its rows are laid out as grids (so rows off screen skip layout): the table, row, header and cell roles must stay.
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(recordFiles.length + 1);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveCount(7);
  await expect(table.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'ascending');
  await table.getByRole('button', { name: /^Name/ }).click();
  await expect(table.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/[?&]sort=name(&|$)/);
  // Every row has the header's columns, the last as well as the first.
  const header = (await table.getByRole('columnheader', { name: /^Date/ }).boundingBox())!;
  const lastDate = table.getByRole('row').last().getByRole('cell').nth(4);
  await lastDate.scrollIntoViewIfNeeded();
  const cell = (await lastDate.boundingBox())!;
  expect(Math.abs(cell.x - header.x)).toBeLessThan(1);
  expect(Math.abs(cell.width - header.width)).toBeLessThan(1);
});

test('a printed dashboard shows every row of the table, not only those that were near the screen', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  // A filtered link's table waits for the rows (it never shows the unfiltered snapshot): read it once they are all in.
  await expect(tableRows(page)).toHaveCount(recordFiles.length);
  const skipping = () => tableRows(page).evaluateAll((rows) => rows.map((row) => getComputedStyle(row).contentVisibility));
  // On screen, rows far from the viewport skip rendering (see RecordsTable); on paper none may.
  expect(new Set(await skipping())).toEqual(new Set(['auto']));
  await page.emulateMedia({ media: 'print' });
  expect(new Set(await skipping())).toEqual(new Set(['visible']));
});

test('selecting a province on the map filters the view and the URL', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const before = await summary(page).textContent();
  // Takeo (KH-21): click its shape.
  const takeo = page.locator('path[aria-label^="Takeo"]');
  await takeo.click();
  await expect(page).toHaveURL(/province=KH-21(?!\d)/);
  await expect(summary(page)).not.toHaveText(before!);
  for (const cell of await tableRows(page).locator('td:nth-child(4)').allTextContents()) expect(cell).toContain('Takeo');
  // The other provinces stay on the map, dimmed; the shape toggles off again.
  await expect(page.locator('path[aria-label^="Kampot"]')).toBeVisible();
  await takeo.click();
  await expect(page).not.toHaveURL(/province=/);
});

test('a province can be chosen from the keyboard and from the list', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.locator('path[aria-label^="Kampot"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/province=KH-7(?!\d)/);
  const takeoInList = (await openProvinceList(page)).getByRole('button', { name: /^Takeo/ });
  await takeoInList.click();
  await expect(page).toHaveURL(/province=KH-21,KH-7|province=KH-7,KH-21/);
  await expect(takeoInList).toHaveAttribute('aria-pressed', 'true');
});

test('brushing the timeline sets the date filter, and the date inputs follow', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const overlay = page.locator('.brush .overlay');
  const box = (await overlay.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=2017-\d\d-\d\d&to=2017-\d\d-\d\d/);
  const from = new URL(page.url()).searchParams.get('from')!;
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(summary(page)).toContainText('between');
});

test("the timeline's figures as a table list each bar and the claims, and follow the filters", async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const figures = page.locator('figure.timeline details');
  const [bins, claims] = [figures.locator('table.figures').nth(0), figures.locator('table.figures').nth(1)];
  const bars = page.locator('figure.timeline rect.bar');
  const people = async () => (await bins.locator('tbody td:nth-child(2)').allTextContents()).reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
  await figures.locator('summary').click();
  await expect(bins.locator('tbody tr')).toHaveCount(await bars.count());
  await expect(claims.locator('tbody tr').first()).toBeVisible();
  const everyone = await people();
  expect(everyone).toBeGreaterThan(0);
  await page.locator('path[aria-label^="Takeo"]').click();
  await expect(page).toHaveURL(/province=KH-21(?!\d)/);
  await expect.poll(people).toBeLessThan(everyone);
  await expect(bins.locator('tbody tr')).toHaveCount(await bars.count());
});

test('an option list offers only the choices the other filters leave, and the rest again once those are cleared', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  const roles = page.locator('details.group').filter({ has: page.locator('summary', { hasText: /^Role/ }) });
  await roles.locator('summary').click();
  const offered = roles.getByRole('checkbox');
  const everyRole = await offered.count();
  expect(everyRole).toBeGreaterThan(1);
  await page.getByTestId('search-input').fill('Kong Bora');
  await expect(tableRows(page)).toHaveCount(1);
  await expect(offered).toHaveCount(1);
  await page.getByTestId('search-input').fill('');
  await expect(offered).toHaveCount(everyRole);
});

test('typing a name finds it in any recorded spelling', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.getByTestId('search-input').fill('Chin Choy');
  await expect(page).toHaveURL(/q=Chin\+Choy|q=Chin%20Choy/);
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText('Chen Choy');
});

test('a search that narrows or empties the table and is then cleared fills the rows it hid, instead of building new ones', async ({ page }) => {
  await page.goto(ALL);
  await untilInteractive(page);
  await expect(tableRows(page)).toHaveCount(recordFiles.length);
  const everyRow = page.locator('section[aria-labelledby="records-title"] tbody tr');
  const built = await everyRow.count();
  // A row element built after this has no mark.
  await everyRow.evaluateAll((rows) => rows.forEach((row) => row.setAttribute('data-test-seen', '')));
  await page.getByTestId('search-input').fill('Chin Choy');
  await expect(tableRows(page)).toHaveCount(1);
  // The spare rows are hidden from everyone: the table reads as its header and one row.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.getByTestId('search-input').fill('');
  await expect(tableRows(page)).toHaveCount(recordFiles.length);
  await expect(everyRow).toHaveCount(built);
  const unseen = page.locator('section[aria-labelledby="records-title"] tbody tr:not([data-test-seen])');
  await expect(unseen).toHaveCount(0);
  // A search that matches nothing hides the table; clearing it shows the same row elements again.
  await page.getByTestId('search-input').fill('zzzzzz');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByTestId('search-input').fill('');
  await expect(tableRows(page)).toHaveCount(recordFiles.length);
  await expect(unseen).toHaveCount(0);
});

test('back and forward step through views; a reload reproduces the view', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.locator('path[aria-label^="Takeo"]').click();
  await expect(page).toHaveURL(/province=KH-21/);
  const takeoSummary = await summary(page).textContent();
  await page.locator('summary', { hasText: /^Role/ }).click();
  await page.getByLabel(/First deputy commune chief/).check();
  await expect(page).toHaveURL(/role=first-deputy-commune-chief/);
  await page.goBack();
  await expect(page).not.toHaveURL(/role=/);
  await expect(summary(page)).toHaveText(takeoSummary!);
  await page.goForward();
  await expect(page).toHaveURL(/role=first-deputy-commune-chief/);
  const shared = page.url();
  const sharedSummary = await summary(page).textContent();
  await page.goto('about:blank');
  await page.goto(shared);
  await untilInteractive(page);
  await expect(summary(page)).toHaveText(sharedSummary!);
  await expect(page.locator('path[aria-label^="Takeo"]')).toHaveAttribute('aria-pressed', 'true');
});

test('a garbage URL still shows the dashboard, with a notice of what was ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?province=KH-99,KH-3&from=yesterday&role=mayor&stance=toString&%3Cscript%3E=1&sort=sideways');
  await untilInteractive(page);
  const notice = page.getByTestId('ignored-params');
  await expect(notice).toContainText('province=KH-99');
  await expect(notice).toContainText('from=yesterday');
  await expect(notice).toContainText('role=mayor');
  await expect(notice).toContainText('stance=toString');
  await expect(page).toHaveURL(/province=KH-99,KH-3/);
  await expect(page.locator('path[aria-label^="Kampong Cham"]')).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('a search the URL garbled (?q=%E0%B8, not UTF-8) is ignored with a notice, and the headline claims no search', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await expect(summary(page)).toContainText('sourced defection records');
  const unfiltered = await summary(page).textContent();

  await page.goto('/?q=%E0%B8');
  await untilInteractive(page);
  const notice = page.getByTestId('ignored-params');
  await expect(notice).toContainText('q=\uFFFD (no readable text to search for)');
  await expect(summary(page)).toHaveText(unfiltered!);
  await expect(summary(page)).not.toContainText('matching');
  await expect(page.getByTestId('search-input')).toHaveValue('');

  // Nothing searchable (the search drops punctuation) is the same case; in Khmer too, and in an embed (one parser).
  await page.goto('/km/?q=--');
  await expect(page.getByTestId('ignored-params')).toContainText('q=-- (គ្មានអត្ថបទដែលអាចអានបានសម្រាប់ស្វែងរក)');
  await expect(summary(page)).not.toContainText('ដែលមានពាក្យ');
  await page.goto('/embed/map/?q=%E0%B8');
  await expect(summary(page)).toHaveText(unfiltered!);
});

test('an empty view says which filter emptied it, and clear-all restores everything', async ({ page }) => {
  await page.goto('/?q=zzzzzz');
  await untilInteractive(page);
  await expect(page.getByTestId('empty-state')).toContainText('search text');
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByTestId('clear-all').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(tableRows(page).first()).toBeVisible();
});

test('the dashboard makes no third-party request', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  const ownHost = new URL(baseURL!).host;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.host !== ownHost) foreign.push(request.url());
  });
  await page.goto('/');
  await untilInteractive(page);
  expect(foreign).toEqual([]);
});

test('a missing boundary file leaves a working dashboard, with the built-in map and a note that zooming failed', async ({ page }) => {
  await page.route('**/geo/provinces.topo.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await untilInteractive(page);
  await zoomButton(page).click();
  await expect(page.locator('.map-figure [role="status"]')).toContainText('could not be loaded');
  await expect(page.locator('.map[data-engine="svg"] path[aria-label^="Kampot"]')).toBeVisible();
  await (await openProvinceList(page)).getByRole('button', { name: /^Takeo/ }).click();
  await expect(page).toHaveURL(/province=KH-21/);
});
