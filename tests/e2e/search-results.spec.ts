// The site search as a reader uses it: names one letter off found as close spellings, set apart from exact matches;
// each place found says how many records it has; a commune's name lists its officials. In English and Khmer.
import { expect, test, type Page } from '@playwright/test';

const summary = (page: Page) => page.getByTestId('search-summary');
const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test('a name one letter off finds the person under “Close spellings”, in the search page and the header box', async ({ page }) => {
  await page.goto('/search/?q=Chheng+Chanta');
  await expect(summary(page)).toHaveText('No exact match for “Chheng Chanta”. Did you mean one of the close spellings below?');
  await expect(page.getByRole('heading', { name: 'Close spellings', exact: true })).toBeVisible();
  const near = section(page, /^People: close spellings/);
  await expect(near.getByRole('link', { name: 'Chheng Chantha' })).toHaveAttribute('href', '/person/chheng-chantha/');

  const box = page.getByRole('combobox', { name: 'Search people and places' });
  await box.fill('Hai Pengleab');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('group', { name: 'People: close spellings' }).getByRole('option')).toHaveText([/Hai Pengleap/]);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/person\/hai-pengleap\/$/);
});

test('exact matches come first; close spellings follow, apart', async ({ page }) => {
  await page.goto('/search/?q=Damrei+Chaonkhla');
  await expect(summary(page)).toContainText('No exact match');
  await expect(section(page, /^Communes: close spellings/).getByRole('link', { name: 'Damrei Choan Khla' })).toBeVisible();
  await page.goto('/search/?q=Takeo');
  await expect(summary(page)).toContainText(/\d+ match(es)? for “Takeo”/);
  await expect(section(page, /^Provinces/).getByRole('link', { name: 'Takeo', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Close spellings', exact: true })).toHaveCount(0);
});

test('places found say how many records they have, or none', async ({ page }) => {
  await page.goto('/search/?q=Damrei+Choankhla');
  const commune = section(page, /^Communes/).getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Damrei Choan Khla' }) });
  await expect(commune.getByTestId('records')).toHaveText('3 records');
  await page.goto('/search/?q=Battambang');
  await expect(section(page, /^Provinces/).getByTestId('records')).toHaveText(['no records']);
  // People carry no count: they are records.
  await page.goto('/search/?q=Chheng+Chantha');
  await expect(section(page, /^People/).getByTestId('records')).toHaveCount(0);
});

test('searching a commune lists its officials: Damrei Choankhla → Chheng Chantha', async ({ page }) => {
  await page.goto('/search/?q=Damrei+Choankhla');
  const people = section(page, /^People \(/);
  await expect(people.getByRole('link', { name: 'Chheng Chantha' })).toHaveAttribute('href', '/person/chheng-chantha/');
  await expect(people.getByRole('link')).toHaveCount(3);
});

test('in Khmer: close spellings of a Khmer name, Khmer record counts, and the officials of a commune', async ({ page }) => {
  await page.goto('/km/search/?q=' + encodeURIComponent('ដំរីជាន់ខ្លៅ'));
  await expect(summary(page)).toContainText('រកមិនឃើញ «ដំរីជាន់ខ្លៅ» ពិតប្រាកដទេ');
  await expect(page.getByRole('heading', { name: 'អក្ខរាវិរុទ្ធជិតគ្នា', exact: true })).toBeVisible();
  const communes = section(page, /^ឃុំ សង្កាត់៖ អក្ខរាវិរុទ្ធជិតគ្នា/);
  await expect(communes.getByRole('link', { name: 'ដំរីជាន់ខ្លា' })).toHaveAttribute('href', '/km/commune/damrei-choan-khla-060301/');
  await expect(communes.getByTestId('records')).toHaveText(['កំណត់ត្រា ៣']);

  await page.goto('/km/search/?q=' + encodeURIComponent('ដំរីជាន់ខ្លា'));
  await expect(section(page, /^មនុស្ស \(/).getByRole('link', { name: 'Chheng Chantha' })).toHaveAttribute('href', '/km/person/chheng-chantha/');
  await page.goto('/km/search/?q=Battambang');
  await expect(section(page, /^ខេត្ត/).getByTestId('records')).toHaveText(['គ្មានកំណត់ត្រា']);

  await page.goto('/km/search/?q=Chheng+Chanta');
  await expect(section(page, /^មនុស្ស៖ អក្ខរាវិរុទ្ធជិតគ្នា/).getByRole('link', { name: 'Chheng Chantha' })).toHaveAttribute('href', '/km/person/chheng-chantha/');
});
