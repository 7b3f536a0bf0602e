// /contribute/ as a reporter uses it (issue 26): fill in one record on a phone, make the usual mistakes, see each marked
// next to its field, fix them, download the file, and import it with the CLI into a copy of data/ that then validates.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const run = promisify(execFile);
const KHMER = /[\u1780-\u17FF]/;
const PHONE = { width: 390, height: 844 };

async function shoot(page: Page, name: string) {
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: `screenshots/contribute-${name}.png`, fullPage: true });
}

/** The control is marked invalid and described by its problem, which says `text`. */
/** The page is prerendered: it answers once its script has run, which it shows by loading the districts and communes. */
async function untilReady(page: Page) {
  await expect(page.locator('fieldset p[role="status"]')).toHaveCount(0);
}

async function expectProblem(page: Page, id: string, text: RegExp | string) {
  const control = page.locator(`#${id}`);
  await expect(control).toHaveAttribute('aria-invalid', 'true');
  await expect(control).toHaveAttribute('aria-describedby', new RegExp(`\\b${id}-error\\b`));
  await expect(page.locator(`#${id}-error`)).toContainText(text);
}

async function expectFixed(page: Page, id: string) {
  await expect(page.locator(`#${id}`)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${id}-error`)).toHaveCount(0);
}

test('a reporter fills the form on a phone, fixes what it marks, and the downloaded file imports into data/ and validates', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize(PHONE);
  await page.goto('/contribute/');
  await untilReady(page);
  const form = page.getByTestId('contribute-form');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a record');

  await page.getByLabel('Name as the source prints it').fill('Example Form Reporter');
  await page.locator('#f-role').selectOption('commune-councillor');
  await page.locator('#f-role-in-source').fill('commune councillor');
  // The district list appears once the gazetteer has arrived; the commune is forgotten (a mistake).
  await page.getByLabel('Province').selectOption('03');
  await expect(page.getByLabel('District')).toBeEnabled();
  await page.getByLabel('District').selectOption('0306');
  await page.locator('#f-date-value').fill('3 Nov 2017');
  await page.locator('#f-sources-0-outlet').fill('Example Daily');
  // The source's link is left empty (a mistake).
  await form.getByRole('button', { name: 'Check the record' }).click();

  await expect(page.getByRole('heading', { name: '3 things to fix' })).toBeVisible();
  await expectProblem(page, 'f-date-value', 'YYYY-MM-DD');
  await expectProblem(page, 'f-sources-0-url', 'Required.');
  await expectProblem(page, 'f-place-commune', 'Choose the commune');
  // The first marked field in the page has the focus, so a keyboard or screen-reader user lands on it.
  await expect(page.locator('#f-place-commune')).toBeFocused();
  await expect(page.getByTestId('contribution-ready')).toHaveCount(0);
  await shoot(page, 'errors-en-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'errors-en-1280');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'errors-en-1280-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(PHONE);

  // Second try: a date in the future and a link without its scheme.
  await page.locator('#f-date-value').fill('2999-11-03');
  await page.locator('#f-sources-0-url').fill('www.example.org/news/form-reporter');
  await expectProblem(page, 'f-sources-0-url', 'https://');
  // As in npm run validate, the cross-checks (the date against today and the period) run once the record parses.
  await page.locator('#f-sources-0-url').fill('https://example.org/news/form-reporter');
  await expectFixed(page, 'f-sources-0-url');
  await expectProblem(page, 'f-date-value', 'in the future');
  await page.locator('#f-date-value').fill('2017-11-03');
  await expectFixed(page, 'f-date-value');
  await page.getByLabel('Commune').selectOption('030613');
  await expectFixed(page, 'f-place-commune');

  // A reaction, as a repeatable group; one with no words is marked.
  await form.getByRole('button', { name: 'Add a reaction' }).click();
  await page.locator('#f-reactions-0-stance').selectOption('critical');
  await expectProblem(page, 'f-reactions-0-summary', 'Give their words or a summary.');
  await page.locator('#f-reactions-0-quote').fill('He left the voters who elected him.');
  await expectFixed(page, 'f-reactions-0-summary');

  await form.getByRole('button', { name: 'Check the record' }).click();
  const ready = page.getByTestId('contribution-ready');
  await expect(ready).toBeVisible();
  await expect(ready).toBeFocused();
  await expect(ready.locator('.preview')).toContainText('Example Form Reporter');
  await expect(ready.locator('.preview')).toContainText('He left the voters who elected him.');
  await expect(ready.locator('.preview a[href="https://example.org/news/form-reporter"]')).toBeVisible();
  await shoot(page, 'ready-en-390');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-contribution').click()]);
  expect(download.suggestedFilename()).toBe('contribution-example-form-reporter.csv');
  const root = mkdtempSync(join(tmpdir(), 'contribute-e2e-'));
  try {
    cpSync('data', join(root, 'data'), { recursive: true });
    const file = join(root, download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\[\{/);

    const imported = await run('npx', ['tsx', 'scripts/import.ts', file, '--data-dir', join(root, 'data'), '--reason', 'From the contribution form (e2e test).']);
    expect(imported.stdout).toContain('+ example-form-reporter (row 2)');
    const yaml = readFileSync(join(root, 'data', 'defections', 'example-form-reporter.yaml'), 'utf8');
    expect(yaml).toContain('commune: "030613"');
    expect(yaml).toContain('url: https://example.org/news/form-reporter');
    expect(yaml).toContain('stance: critical');
    const validated = await run('npx', ['tsx', 'scripts/validate.ts', root]);
    expect(validated.stdout).toMatch(/✓/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  expect(existsSync('data/defections/example-form-reporter.yaml')).toBe(false);
});

test('the Khmer form marks what is missing in Khmer, next to each field', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/km/contribute/');
  await untilReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('បន្ថែមកំណត់ត្រា');
  await page.locator('#f-sources-0-url').fill('ftp://example.org/file');
  await page.locator('#f-date-value').fill('2017-13-45');
  await page.getByRole('button', { name: 'ត្រួតពិនិត្យកំណត់ត្រា' }).click();
  await expect(page.locator('#problems h2')).toHaveText(KHMER);
  await expectProblem(page, 'f-role', 'ត្រូវតែបំពេញ');
  await expectProblem(page, 'f-sources-0-url', 'https://');
  await expectProblem(page, 'f-date-value', 'YYYY-MM-DD');
  await expect(page.locator('#f-sources-0-url-error')).toHaveText(KHMER);
  // No name, so no id can be made from it: the id is the first field marked.
  await expectProblem(page, 'f-id', 'ត្រូវតែបំពេញ');
  await expect(page.locator('#f-id')).toBeFocused();
  await shoot(page, 'errors-km-390');
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'errors-km-1280');
});

test('the data page and the footer lead to the form and the spreadsheet template, in both languages', async ({ page, request }) => {
  for (const path of ['/data/', '/km/data/']) {
    await page.goto(path);
    await expect(page.locator('#main a[href="/contribute/template.csv"]')).toBeVisible();
    await expect(page.locator('#main a[href="/contribute/codes.csv"]')).toBeVisible();
    await expect(page.locator(`#main a[href="${path.startsWith('/km/') ? '/km' : ''}/contribute/"]`)).toBeVisible();
    await expect(page.locator(`footer a[href="${path.startsWith('/km/') ? '/km' : ''}/contribute/"]`)).toBeVisible();
  }
  const template = await (await request.get('/contribute/template.csv')).text();
  expect(template.split('\n')[0]).toContain('source_1_url');
  expect(template).not.toMatch(/\[\{/);
  const codes = await (await request.get('/contribute/codes.csv')).text();
  expect(codes).toContain('reaction_N_stance,critical');
  expect(codes).toMatch(KHMER);
});

for (const [path, check] of [['/contribute/', 'Check the record'], ['/km/contribute/', 'ត្រួតពិនិត្យកំណត់ត្រា']]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} with its problems shown has no serious accessibility problems (axe, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await untilReady(page);
      await page.locator('#f-sources-0-url').fill('www.example.org');
      await page.getByRole('button', { name: check }).click();
      await expect(page.locator('#problems')).toBeVisible();
      await page.getByRole('button', { name: path.startsWith('/km/') ? 'បន្ថែមប្រតិកម្ម' : 'Add a reaction' }).click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
