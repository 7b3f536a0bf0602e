// Issue 27: the filters' option counts, at a size where they pass 1,000, read as the page's other numbers do — grouped,
// in Khmer numerals on /km/ — and are never split across two lines. Built from synthetic records (scripts/bench), in a
// temporary folder, served on a port of its own beside the main build's preview.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildDirOf, buildSite } from '../../scripts/bench/measure-build';
import { serveStatic, type StaticServer } from '../../scripts/bench/static-server';
import { writeSyntheticProject } from '../../scripts/bench/synthetic-project';

const RECORDS = 3000;
const WIDTHS = [390, 1280, 1340, 1400];
const GROUPED = { en: /^\d{1,3}(,\d{3})*$/, km: /^[០-៩]{1,3}(\.[០-៩]{3})*$/ };
const LARGE = { en: /^\d{1,3}(,\d{3})+$/, km: /^[០-៩]{1,3}(\.[០-៩]{3})+$/ };

interface Count {
  group: string;
  text: string;
  /** Lines the count's text is laid out on. */
  lines: number;
}

/** Every filter group opened, and each option count's text and the number of lines it takes. */
async function optionCounts(page: Page): Promise<Count[]> {
  return page.locator('.filters details.group').evaluateAll((groups) =>
    groups.flatMap((group) => {
      (group as HTMLDetailsElement).open = true;
      return [...group.querySelectorAll<HTMLElement>('label:not([hidden]) .count')].map((count) => {
        const range = document.createRange();
        range.selectNodeContents(count);
        return {
          group: group.querySelector('legend')?.textContent ?? '',
          text: count.textContent ?? '',
          lines: new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size
        };
      });
    })
  );
}

const western = (khmer: string) => khmer.replace(/[០-៩]/g, (digit) => String('០១២៣៤៥៦៧៨៩'.indexOf(digit))).replaceAll('.', '');

test.describe(`option counts over ${RECORDS} synthetic records`, () => {
  test.describe.configure({ mode: 'serial' });
  let work = '';
  let server: StaticServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    work = mkdtempSync(join(tmpdir(), 'option-counts-'));
    writeSyntheticProject({ count: RECORDS, out: work, sourceRoot: resolve('.') });
    const build = await buildSite(resolve('.'), work);
    if (!build.ok) throw new Error(`synthetic build failed:\n${build.error}`);
    server = await serveStatic(buildDirOf(work));
  });

  test.afterAll(async () => {
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('are grouped in the reader\'s numerals and stay on one line, in English and Khmer', async ({ page }) => {
    test.setTimeout(120_000);
    const english: Record<number, string[]> = {};
    for (const locale of ['en', 'km'] as const) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server!.origin}${locale === 'km' ? '/km' : ''}/?wave=all`);
        // The counts are final once every record is loaded and drawn: the page marks that moment. (The map is ready
        // earlier, from the build's default view, before a filtered link's own counts exist.)
        await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0);
        await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
        const counts = await optionCounts(page);
        const where = `${locale} at ${width} px`;
        expect(counts.length, where).toBeGreaterThan(20);
        expect(counts.filter((count) => !GROUPED[locale].test(count.text)), `${where}: counts not in the page's number format`).toEqual([]);
        expect(counts.some((count) => LARGE[locale].test(count.text)), `${where}: a count above 1,000`).toBe(true);
        expect(counts.filter((count) => count.lines !== 1), `${where}: counts split across lines`).toEqual([]);
        // The map's list of provinces follows the same rule.
        const provinceLines = await page.locator('details.province-list').evaluate((list) => {
          (list as HTMLDetailsElement).open = true;
          return [...list.querySelectorAll<HTMLElement>('.count')].map((count) => {
            const range = document.createRange();
            range.selectNodeContents(count);
            return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
          });
        });
        expect(provinceLines.length, where).toBeGreaterThan(20);
        expect(provinceLines.filter((lines) => lines !== 1), `${where}: province counts split across lines`).toEqual([]);
        // Khmer shows the same numbers as English, in its own numerals.
        if (locale === 'en') english[width] = counts.map((count) => count.text.replaceAll(',', ''));
        else expect(counts.map((count) => western(count.text)), where).toEqual(english[width]);
      }
    }
  });
});
