// A view on the dashboard moves intact: the language switch carries every filter on screen, including those set after
// the page loaded (the address changes by shallow routing), and back/forward bring the search box along with the view.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const summary = (page: Page) => page.getByTestId('summary');

test('the language switch keeps the filters set since the page loaded, and follows back and forward', async ({ page }) => {
  await page.goto('/?province=KH-3');
  await untilInteractive(page);
  const language = page.getByTestId('language-switch');
  await expect(language).toHaveAttribute('href', '/km/?province=KH-3');

  await page.getByLabel('Period').selectOption('all');
  await expect(page).toHaveURL(/wave=all/);
  await page.getByTestId('search-input').fill('ul');
  await expect(page).toHaveURL(/q=ul/);
  const query = new URL(page.url()).search;
  await expect(language).toHaveAttribute('href', `/km/${query}`);

  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(language).toHaveAttribute('href', `/km/${new URL(page.url()).search}`);
  await page.goForward();
  await expect(page).toHaveURL(/q=ul/);
  await expect(language).toHaveAttribute('href', `/km/${query}`);

  // The Khmer page opens on the same view.
  await language.click();
  await expect(page).toHaveURL((url) => url.pathname === '/km/' && url.search === query);
  await expect(page.getByTestId('search-input')).toHaveValue('ul');
  await expect(page.locator('section.filters select').first()).toHaveValue('all');
});

test('back and forward set the search box to the search of the view they bring back, even while it has focus', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  const box = page.getByTestId('search-input');
  const everything = await summary(page).textContent();
  await box.fill('srak');
  await expect(page).toHaveURL(/q=srak/);
  const found = await summary(page).textContent();
  expect(found).not.toBe(everything);
  await expect(box).toBeFocused();

  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect(summary(page)).toHaveText(everything!);
  await expect(box).toHaveValue('');
  await page.goForward();
  await expect(summary(page)).toHaveText(found!);
  await expect(box).toHaveValue('srak');

  // Typing is never rewritten under the reader's fingers: a trailing space stays in the box.
  await box.fill('srak ');
  await expect(box).toHaveValue('srak ');
});

test('a download made after changing the filters is named after, and describes, the view on screen', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.locator('path[aria-label^="Takeo"]').click();
  await expect(page).toHaveURL(/province=KH-21/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download button.about').click()]);
  expect(download.suggestedFilename()).not.toContain('default-view');
  expect(download.suggestedFilename()).toMatch(/takeo|KH-21/i);
  const about = readFileSync((await download.path())!, 'utf8');
  expect(about).toMatch(/^View: \S+\/\?province=KH-21$/m);
  expect(about).not.toMatch(/^Filters: none/m);
  expect(about).toMatch(/^Filters: .*Takeo/m);
});
