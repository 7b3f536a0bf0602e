// Without JavaScript the dashboard shows the view drawn at build time: a filtered link must say so, in plain words,
// and its filter controls must not look as if they worked.
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

for (const [lang, path, title, view] of [
  ['English', '/?province=KH-3', 'The filters need JavaScript.', /What you see is the default view: all records of the period “.+”\./],
  ['Khmer', '/km/?province=KH-3', 'តម្រងត្រូវការ JavaScript.', /អ្វីដែលអ្នកឃើញគឺជាទិដ្ឋភាពលំនាំដើម៖ កំណត់ត្រាទាំងអស់នៃរយៈពេល «.+»។/]
] as const) {
  test(`a filtered link without JavaScript says the filters need it and that the default view is shown (${lang})`, async ({ page }) => {
    await page.goto(path);
    const notice = page.getByTestId('no-js');
    await expect(notice).toBeVisible();
    await expect(notice.locator('strong')).toHaveText(title);
    await expect(notice).toContainText(view);
    await expect(notice.getByRole('link')).toHaveAttribute('href', lang === 'Khmer' ? '/km/about/' : '/about/');
    // The headline is the default one, not Kampong Cham's.
    const headline = await page.getByTestId('summary').textContent();
    await page.goto(lang === 'Khmer' ? '/km/' : '/');
    await expect(page.getByTestId('summary')).toHaveText(headline!);
  });
}

test('without JavaScript the filter column looks inactive and takes no clicks', async ({ page }) => {
  await page.goto('/?province=KH-3');
  const filters = page.locator('section.filters');
  await expect(filters).toHaveCSS('pointer-events', 'none');
  expect(Number(await filters.evaluate((element) => getComputedStyle(element).opacity))).toBeLessThan(0.6);
  const box = page.getByTestId('search-input');
  await expect(box).toBeVisible();
  // A click lands on nothing: the box does not take the focus.
  await box.click({ force: true });
  await expect(box).not.toBeFocused();
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('the notice and the dimming stay away', async ({ page }) => {
    await page.goto('/?province=KH-3');
    await expect(page.getByTestId('no-js')).toHaveCount(0);
    await expect(page.locator('section.filters')).toHaveCSS('pointer-events', 'auto');
    await expect(page.locator('section.filters')).toHaveCSS('opacity', '1');
  });
});
