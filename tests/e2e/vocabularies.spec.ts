// The /data/ page documents every controlled vocabulary, a definition per code, in English and in Khmer (issue 26).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const KHMER = /[\u1780-\u17FF]/;

/** The entry of the vocabulary section that defines one code: the code and its label, then the definition. */
const codeRow = (page: Page, code: string) =>
  page.locator('#vocabularies dl > div').filter({ has: page.locator('dt code', { hasText: new RegExp(`^${code}$`) }) });

test('the English data page defines each code: statuses, reason tags, voices, precisions', async ({ page }) => {
  await page.goto('/data/');
  const section = page.locator('#vocabularies');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Codes and conventions');
  await expect(codeRow(page, 'reported')).toContainText('Reported by one outlet only; not yet corroborated.');
  await expect(codeRow(page, 'keep-position')).toContainText('Keep position or salary');
  await expect(codeRow(page, 'keep-position')).toContainText('to keep an elected seat');
  await expect(codeRow(page, 'constituent')).toContainText('A voter or local resident');
  await expect(codeRow(page, 'approximate')).toContainText('report');
  // The conventions for dates, ages and group records sit beside the codes.
  await expect(section.getByRole('heading', { name: 'Dates' })).toBeVisible();
  await expect(section).toContainText('not_before');
  await expect(section).toContainText('as_of');
  await expect(section).toContainText('people');
});

test('the Khmer data page gives the same codes with Khmer definitions', async ({ page }) => {
  await page.goto('/km/data/');
  const reported = codeRow(page, 'reported');
  await expect(reported).toHaveCount(1);
  await expect(reported).toContainText(KHMER);
  await expect(reported).not.toContainText('Reported by one outlet');
  const tag = codeRow(page, 'keep-position');
  await expect(tag).toContainText('រក្សាតំណែង');
  await expect(tag).not.toContainText('to keep an elected seat');
  // The codes themselves stay as they are written in the data.
  await expect(codeRow(page, 'commune-chief')).toContainText('មេឃុំ');
  await expect(page.locator('#vocabularies')).toContainText('not_before');
});

for (const path of ['/data/', '/km/data/']) {
  test(`${path} has no serious accessibility problems (axe)`, async ({ page }) => {
    await page.goto(path, { waitUntil: 'networkidle' });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
