// What the map's colours and marks mean (issue 25): the classes read the right way in both themes and match the
// legend, provinces outside the selection are hatched and the legend says so, and a selected province whose shape
// stands for another too says that the other's records are left out.
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const ALL = '?wave=all&status=confirmed,disputed,reported';

/** WCAG 2 contrast of two rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

async function legendColours(page: Page) {
  return page.evaluate(() => {
    const swatches = [...document.querySelectorAll<HTMLElement>('.legend .key .swatch[style]')].map((swatch) => getComputedStyle(swatch).backgroundColor);
    const background = getComputedStyle(document.querySelector('.map')!).backgroundColor;
    const fills = Object.fromEntries([...document.querySelectorAll<SVGPathElement>('.map path.shape')].map((path) => [path.getAttribute('class')!.match(/\bc(\d)\b/)![1], getComputedStyle(path).fill]));
    return { swatches, background, fills };
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme}: each class stands out more from the map's background than the one below, and the map's fills are the legend's`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/' + ALL);
    await untilInteractive(page);
    await expect(page.locator('.map[data-counts="ready"]')).toBeVisible();
    const { swatches, background, fills } = await legendColours(page);
    expect(swatches).toHaveLength(6);
    const ratios = swatches.map((swatch) => contrast(swatch, background));
    for (let i = 1; i < ratios.length; i++) expect(ratios[i], `class ${i}`).toBeGreaterThan(ratios[i - 1]);
    expect(ratios[5]).toBeGreaterThanOrEqual(3);
    // Every class the map uses is drawn in its legend colour.
    expect(Object.keys(fills).length).toBeGreaterThan(1);
    for (const [index, fill] of Object.entries(fills)) expect(fill, `class ${index}`).toBe(swatches[Number(index)]);
  });
}

test('provinces outside the selection are hatched over their class colour, and the legend says what that means', async ({ page }) => {
  await page.goto('/' + ALL);
  await untilInteractive(page);
  await expect(page.getByTestId('dimmed-key')).toHaveCount(0);
  await page.locator('.map path[data-iso="KH-21"]').click();
  await expect(page.getByTestId('dimmed-key')).toHaveText('Not in the selected provinces');
  const kampot = page.locator('.map path[data-iso="KH-7"]');
  await expect(kampot).toHaveClass(/dimmed/);
  const classIndex = (await kampot.getAttribute('class'))!.match(/\bc(\d)\b/)![1];
  // A pattern of its own class colour, not the colour of a lower class.
  expect(await kampot.evaluate((path) => getComputedStyle(path).fill)).toMatch(new RegExp(`url\\("?#map-dimmed-c${classIndex}"?\\)`));
  expect(await page.locator(`#map-dimmed-c${classIndex} rect`).first().evaluate((rect) => getComputedStyle(rect).fill)).toBe(
    await page.locator(`.legend .swatch[style*="--class-${classIndex}"]`).evaluate((swatch) => getComputedStyle(swatch).backgroundColor)
  );
  await expect(page.locator('.map path[data-iso="KH-21"]')).not.toHaveClass(/dimmed/);
  await page.locator('.map path[data-iso="KH-21"]').click();
  await expect(page.getByTestId('dimmed-key')).toHaveCount(0);
});

test('selecting from the list a province whose shape stands for another says the other is left out', async ({ page }) => {
  await page.goto('/' + ALL);
  await untilInteractive(page);
  await expect(page.getByTestId('partly-selected-note')).toHaveCount(0);
  // The standing note names the provinces a shape also stands for (from provinces.csv's shown_with).
  await expect(page.getByTestId('shape-note')).toContainText('Kampong Cham’s shape also stands for Tbong Khmum');
  await page.locator('.province-list summary').click();
  await page.locator('.province-list button', { hasText: 'Kampong Cham' }).click();
  await expect(page).toHaveURL(/province=KH-3(?!\d)/);
  await expect(page.getByTestId('partly-selected-note')).toHaveText(
    'Kampong Cham is selected: its outline on the map also takes in Tbong Khmum, whose records are not included. Select Tbong Khmum in the list below to include them.'
  );
  await page.locator('.province-list button', { hasText: 'Tbong Khmum' }).click();
  await expect(page).toHaveURL(/province=KH-3,KH-25|province=KH-25,KH-3/);
  await expect(page.getByTestId('partly-selected-note')).toHaveCount(0);
  // Tbong Khmum alone: the note the other way round.
  await page.locator('.province-list button', { hasText: 'Kampong Cham' }).click();
  await expect(page.getByTestId('partly-selected-note')).toContainText('Tbong Khmum is selected: its outline on the map also takes in Kampong Cham');
});

test('in Khmer the notes name the provinces in Khmer', async ({ page }) => {
  await page.goto('/km/?province=KH-3');
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(page.getByTestId('partly-selected-note')).toContainText('បានជ្រើសខេត្តកំពង់ចាម');
  await expect(page.getByTestId('partly-selected-note')).toContainText('ខេត្តត្បូងឃ្មុំ');
  await expect(page.getByTestId('shape-note')).toContainText('រូបរាងខេត្តកំពង់ចាមក៏តំណាងឱ្យខេត្តត្បូងឃ្មុំ');
  await expect(page.getByTestId('dimmed-key')).toHaveText('មិនស្ថិតក្នុងខេត្តដែលបានជ្រើស');
});
