// The data page's column reference (/data/#columns): English shows the export's own descriptions and type names (those
// datapackage.json carries); Khmer describes every column and names every type in Khmer, column names and codes as written.
import { expect, test, type Page } from '@playwright/test';

const KHMER = /[\u1780-\u17FF]/;

/** The row of the column reference for one column: its name, type, whether required, and what it means. */
const columnRow = (page: Page, name: string) =>
  page.locator('#columns ~ .table-wrap tbody tr').filter({ has: page.locator('td:first-child code', { hasText: new RegExp(`^${name}$`) }) });
const cells = (page: Page, name: string) => {
  const row = columnRow(page, name);
  return { row, type: row.locator('td').nth(1), meaning: row.locator('td').nth(3) };
};

test('the English column reference gives the export’s descriptions and Table Schema type names', async ({ page }) => {
  await page.goto('/data/');
  const id = cells(page, 'id');
  await expect(id.row).toHaveCount(1);
  await expect(id.type).toHaveText('string');
  await expect(id.meaning).toContainText('Record id: a lower-case slug, also the file name in data/defections/.');
  await expect(cells(page, 'people').type).toHaveText('integer');
  await expect(cells(page, 'person_romanisation_tentative').type).toHaveText('boolean');
  await expect(cells(page, 'date_not_before').type).toHaveText('date');
  await expect(cells(page, 'reason_tags').type).toHaveText('list');
  await expect(cells(page, 'sources').type).toHaveText('JSON list');
  await expect(cells(page, 'status').meaning).toContainText('confirmed (two or more independent outlets), reported (one outlet) or disputed.');
});

test('the Khmer column reference describes every column in Khmer and names the types in Khmer', async ({ page }) => {
  await page.goto('/km/data/');
  const rows = page.locator('#columns ~ .table-wrap tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  expect(count).toBeGreaterThan(30);
  // Every description has Khmer prose, and none is marked as an English run.
  for (let i = 0; i < count; i++) await expect(rows.nth(i).locator('td').nth(3), `row ${i + 1}`).toContainText(KHMER);
  await expect(page.locator('#columns ~ .table-wrap td [lang="en"]')).toHaveCount(0);

  const id = cells(page, 'id');
  await expect(id.meaning).toContainText('លេខសម្គាល់កំណត់ត្រា');
  await expect(id.meaning).not.toContainText('Record id');
  await expect(id.meaning).not.toContainText('lower-case slug');
  // Column names and files in a description stay as written, as code.
  await expect(id.meaning.locator('code', { hasText: 'person_name' })).toHaveCount(1);
  await expect(cells(page, 'status').meaning).not.toContainText('two or more independent outlets');
  await expect(cells(page, 'status').meaning).toContainText('បានបញ្ជាក់');
  await expect(cells(page, 'province').meaning).not.toContainText('Province code');
  await expect(cells(page, 'sources').meaning).not.toContainText('as a JSON list of objects');
  await expect(cells(page, 'retracted_date').meaning).not.toContainText('When the record was retracted');

  // No type is left in English: string, integer, boolean and date have Khmer names like the lists.
  for (const name of ['id', 'people', 'person_romanisation_tentative', 'date_not_before', 'reason_tags', 'sources']) {
    const type = cells(page, name).type;
    await expect(type, name).toContainText(KHMER);
    await expect(type, name).not.toHaveText(/^(string|integer|boolean|date|list)$/);
  }
  await expect(cells(page, 'id').type).toHaveText('អត្ថបទ');
  await expect(cells(page, 'people').type).toHaveText('ចំនួនគត់');
  await expect(cells(page, 'date_not_before').type).toHaveText('កាលបរិច្ឆេទ');
  // The codes a column allows stay as they are written in the data.
  await expect(cells(page, 'status').meaning.locator('.muted code', { hasText: /^disputed$/ })).toHaveCount(1);
});

test('no word of the column reference is broken across lines: types and "required" whole, names after an underscore', async ({ browser }) => {
  for (const width of [390, 1280]) {
    for (const path of ['/data/', '/km/data/']) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(path);
      const broken = await page.locator('#columns ~ .table-wrap table').evaluate((table) => {
        // The lines a word lies on: more than one, and it was broken inside.
        const linesOf = (node: Node, start: number, end: number) => {
          const range = document.createRange();
          range.setStart(node, start);
          range.setEnd(node, end);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        };
        const found: string[] = [];
        for (const cell of table.querySelectorAll('th:nth-child(2), th:nth-child(3), td:nth-child(1) code, td:nth-child(2), td:nth-child(3)')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            // Latin words only: Khmer, written without spaces, breaks between its words by the browser's dictionary.
            for (const match of text.matchAll(/[A-Za-z0-9]+_?/g)) if (linesOf(node, match.index!, match.index! + match[0].length) > 1) found.push(match[0]);
          }
        }
        return found;
      });
      expect(broken, `${path} at ${width} px`).toEqual([]);
      await context.close();
    }
  }
});

test('on a phone each file and each column is a block: its short fields on a line, its prose across the width', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const path of ['/data/', '/km/data/']) {
    await page.goto(path);
    for (const table of ['#files ~ table', '#columns ~ .table-wrap table']) {
      const prose = page.locator(`${table} tbody tr`).first().locator('td').last();
      const width = await prose.evaluate((el) => el.getBoundingClientRect().width);
      const tableWidth = await page.locator(table).evaluate((el) => el.getBoundingClientRect().width);
      expect(width, `${path} ${table}`).toBeGreaterThan(tableWidth * 0.9);
    }
    // A short field says what it is where the header row is out of sight.
    const required = page.locator('#columns ~ .table-wrap tbody tr').first().locator('td').nth(2);
    expect(await required.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(path === '/data/' ? /Required/ : /[\u1780-\u17FF]/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  // Laid out as blocks, they are still tables to a screen reader: the browser's accessibility tree has both, with rows.
  const devtools = await context.newCDPSession(page);
  const { nodes } = (await devtools.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
  const roles = nodes.map((node) => node.role?.value);
  expect(roles.filter((role) => role === 'table')).toHaveLength(2);
  expect(roles.filter((role) => role === 'row').length).toBeGreaterThan(40);
  await context.close();
});
