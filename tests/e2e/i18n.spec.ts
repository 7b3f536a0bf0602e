// Khmer and English, as readers meet them: the header switcher keeps the page, a shared /km/ link stays Khmer all the
// way through, dates use Khmer digits, the Khmer font really loads, and every kind of Khmer page passes axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const KHMER_DATE = /[០-៩]{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) [០-៩]{4}/;

/** Links to pages of this site (not files, anchors or other sites) inside the page body. */
async function internalPageLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.filter((href) => !/\.(xml|csv|json|geojson)$/.test(href));
}

test('the header switcher lands on the same page in the other language, and back', async ({ page }) => {
  await page.goto('/province/KH-3/');
  await expect(h1(page)).toContainText('Kampong Cham province');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/km\/province\/KH-3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(h1(page)).toContainText('ខេត្តកំពង់ចាម');
  await expect(page.getByRole('heading', { level: 2, name: 'ឃុំ និងសង្កាត់' })).toBeVisible();

  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/province\/KH-3\/$/);
  await expect(page).not.toHaveURL(/\/km\//);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1(page)).toContainText('Kampong Cham province');
});

test('a shared /km/ link stays Khmer: headings, links and the pages they lead to', async ({ page }) => {
  await page.goto('/km/commune/srak-030613/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(h1(page)).toContainText('ឃុំស្រក');
  await expect(page.getByRole('heading', { level: 2, name: 'អ្នកដែលបានប្តូរគណបក្ស' })).toBeVisible();
  const links = await internalPageLinks(page);
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((href) => !href.startsWith('/km/') && !href.startsWith('#'))).toEqual([]);
  // English data text is marked so screen readers switch voice.
  await expect(page.locator('main [lang="en"]', { hasText: 'They are not cruel' })).toHaveCount(1);

  await page.getByRole('link', { name: 'កំណត់ត្រាពេញលេញ និងរបៀបយោង' }).click();
  await expect(page).toHaveURL(/\/km\/person\/ul-pov\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'km');
  await expect(page.getByTestId('citation')).toContainText('/km/person/ul-pov/');
  await page.getByRole('navigation', { name: 'ផ្លូវរុករក' }).getByRole('link', { name: 'កំពង់ចាម' }).click();
  await expect(page).toHaveURL(/\/km\/province\/KH-3\/$/);
  await expect(h1(page)).toContainText('ខេត្តកំពង់ចាម');
});

test('the Khmer dashboard’s table names communes and provinces in Khmer script', async ({ page }) => {
  await page.goto('/km/?q=ul+pov');
  const row = page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])').filter({ hasText: 'Ul Pov' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'ស្រក', exact: true })).toHaveAttribute('href', '/km/commune/srak-030613/');
  await expect(row.getByRole('link', { name: 'កំពង់ចាម', exact: true })).toHaveAttribute('href', '/km/province/KH-3/');
  await expect(row).not.toContainText('Kampong Cham');
  // People no source names are described in Khmer, not by the source's English wording.
  await page.goto('/km/?wave=all&status=confirmed,disputed,reported&q=damrei');
  const table = page.locator('section[aria-labelledby="records-title"] tbody');
  await expect(table.getByRole('link', { name: 'មេឃុំម្នាក់ ដែលមិនបញ្ចេញឈ្មោះ', exact: true })).toHaveCount(1);
  await expect(table).not.toContainText('Unnamed');
  // The map names a province's top communes in Khmer too (its shapes' labels hold what their tooltips say).
  await page.goto('/km/?wave=all&status=confirmed,disputed,reported');
  const kampongCham = page.locator('path[aria-label^="កំពង់ចាម"]');
  await expect(kampongCham).toHaveAttribute('aria-label', /ស្រក/);
  await expect(kampongCham).not.toHaveAttribute('aria-label', /Srak/);
});

test('dates and counts use Khmer digits', async ({ page }) => {
  await page.goto('/km/person/ul-pov/');
  await expect(page.locator('dl.facts')).toContainText('២៨ តុលា ២០១៧');
  await page.goto('/km/province/KH-3/');
  await expect(page.locator('main')).toContainText(KHMER_DATE);
  expect(await page.locator('main .lead').first().textContent()).not.toMatch(/[0-9]/);
});

test('a Khmer commune page reads without JavaScript and fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/km/commune/damrei-choan-khla-060301/');
  await expect(h1(page)).toContainText('សង្កាត់ដំរីជាន់ខ្លា');
  await expect(page.locator('main .lead')).toContainText('មានការប្តូរគណបក្ស ៣ ករណី');
  await expect(page.locator('section[aria-labelledby="sources"] li')).not.toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('the Khmer font loads and renders Khmer script', async ({ page }) => {
  await page.goto('/km/about/');
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      check: document.fonts.check('16px "Noto Sans Khmer"', 'ក'),
      loaded: [...document.fonts].filter((face) => face.family.replace(/"/g, '') === 'Noto Sans Khmer' && face.status === 'loaded').length
    };
  });
  expect(font.check).toBe(true);
  expect(font.loaded).toBeGreaterThan(0);
});

test('the search box on a Khmer page suggests Khmer names first and opens the Khmer page', async ({ page }) => {
  await page.goto('/km/about/');
  const box = page.getByRole('combobox', { name: 'ស្វែងរកមនុស្ស និងទីកន្លែង' });
  await box.fill('srak');
  const listbox = page.getByRole('listbox', { name: 'ការណែនាំ' });
  const option = listbox.getByRole('group', { name: 'ឃុំ សង្កាត់' }).getByRole('option').first();
  await expect(option).toContainText('ស្រក');
  await expect(option).toContainText('ខេត្តកំពង់ចាម');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/km\/commune\/srak-030613\/$/);
});

test('an unknown Khmer address is a real 404, in Khmer', async ({ page }) => {
  for (const path of ['/km/province/KH-99/', '/km/commune/xyz/', '/km/person/nobody/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await expect(h1(page)).toHaveText('រកមិនឃើញទំព័រ');
    await expect(page.getByRole('link', { name: 'ទៅផ្ទាំងទិន្នន័យ' })).toHaveAttribute('href', '/km/');
  }
});

test.describe('accessibility in Khmer (axe): no serious or critical violations', () => {
  const pages = {
    'province with records': '/km/province/KH-6/',
    'province without records': '/km/province/KH-13/',
    'commune with records': '/km/commune/srak-030613/',
    'commune without records': '/km/commune/champei-070103/',
    'person (defection)': '/km/person/chheu-sophoak/',
    'person (refusal)': '/km/person/sin-rozeth/',
    about: '/km/about/',
    search: '/km/search/?q=kampong',
    data: '/km/data/',
    changes: '/km/changes/',
    'not found': '/km/commune/xyz/'
  };
  for (const [kind, path] of Object.entries(pages)) {
    test(kind, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });
      await expect(page.locator('html')).toHaveAttribute('lang', 'km');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('on the Khmer dashboard the number of ticked options beside a filter is in Khmer numerals', async ({ page }) => {
  await page.goto('/km/?role=commune-chief,commune-councillor');
  await expect(page.locator('details.group summary .badge').first()).toHaveText('២');
  await page.goto('/?role=commune-chief,commune-councillor');
  await expect(page.locator('details.group summary .badge').first()).toHaveText('2');
});
