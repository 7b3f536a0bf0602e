// Touch targets, phone record cards and layouts that must not cut or break text (issue 25): driven as a reader on a
// phone or with a keyboard, in both languages and both themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';


const ALL = '?wave=all&status=confirmed,disputed,reported';
const locales = [
  { lang: 'en', prefix: '/', source: /^(1 source|\d+ sources)( for |$)/, one: '1 source', labels: ['Role', 'Commune', 'Province', 'Date'] },
  { lang: 'km', prefix: '/km/', source: /^ប្រភព [០-៩]+( សម្រាប់ |$)/, one: 'ប្រភព ១', labels: ['តួនាទី', 'ឃុំ', 'ខេត្ត', 'កាលបរិច្ឆេទ'] }
];

/** The map is ready and the page hydrated (its zoom button appears then), in either language. */
async function untilInteractive(page: Page) {
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Zoom and pan|ពង្រីក និងរំកិលផែនទី)$/ })).toBeVisible();
}

async function openFilters(page: Page) {
  const groups = page.locator('.filters details');
  for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).locator('summary').click();
}

for (const { lang, prefix, source, labels } of locales) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${lang}, ${colorScheme}: the dashboard's targets are at least 24 px (axe target-size), the figures summary too`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(prefix + ALL);
      await untilInteractive(page);
      await openFilters(page);
      const { violations } = await new AxeBuilder({ page }).include('.filters').include('.timeline').withRules(['target-size']).analyze();
      expect(violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')))).toEqual([]);

      const checkboxLabels = page.locator('.filters details label:not([hidden])');
      expect(await checkboxLabels.count()).toBeGreaterThan(10);
      for (const box of await checkboxLabels.evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height))) {
        expect(box).toBeGreaterThanOrEqual(24);
      }
      const figures = page.locator('.timeline details > summary');
      expect((await figures.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    });
  }

  test(`${lang}: a focused date field shows a focus ring`, async ({ page }) => {
    await page.goto(prefix + ALL);
    await untilInteractive(page);
    const from = page.locator('.range input[type="date"]').first();
    // As a keyboard user reaches it: a click on the field, then Tab through its parts.
    await from.click();
    await page.keyboard.press('Tab');
    const outline = await from.evaluate((input) => {
      const style = getComputedStyle(input);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test(`${lang}: on a 390 px phone a record card labels its fields and says how many sources it has`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(prefix + ALL);
    await untilInteractive(page);
    const card = page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden])').first();
    await card.scrollIntoViewIfNeeded();
    const shown = await card.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content.replace(/^"|"$/g, '')));
    for (const label of labels) expect(shown).toContain(label);
    const summaries = page.locator('section[aria-labelledby="records-title"] tbody tr:not([hidden]) summary');
    for (const name of await summaries.evaluateAll((items) => items.map((item) => item.textContent!.trim()))) {
      expect(name).toMatch(source);
      if (lang === 'en') expect(name).not.toMatch(/^1 sources/);
    }
    const first = await summaries.first().evaluate((item) => item.textContent!.trim());
    await expect(card.getByText(first.split(/ (for|សម្រាប់) /)[0], { exact: false }).first()).toBeVisible();
  });

  test(`${lang}: at 1280 px the /data/ file names keep to one line; at 1280 and 1024 px the Period select shows its whole option`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${prefix}data/`);
    const names = page.locator('td.file a, #files + table tbody td:first-child a');
    expect(await names.count()).toBeGreaterThan(3);
    for (const lines of await names.evaluateAll((links) => links.map((link) => new Set([...link.getClientRects()].map((rect) => Math.round(rect.top))).size))) expect(lines).toBe(1);

    // Also at 1024 px, where the filters share the width with the map only.
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(prefix + ALL.replace('wave=all', 'wave=win-win-2017'));
      await untilInteractive(page);
      const fits = await page.locator('.filters select').evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = select.selectedOptions[0].text;
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        // The drop-down arrow takes about 20 px beside the padding.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { text, room };
      });
      expect(fits.text, `${width} px`).toBeLessThanOrEqual(fits.room);
    }
  });
}
