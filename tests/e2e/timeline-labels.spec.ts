// The timeline's labels and claims (issue 25): no two labels on top of each other (claim tallies, event numbers) at
// phone and desktop widths for the default period and for all periods; each claim read on hover, tap and keyboard
// focus; every number on the Khmer timeline in Khmer numerals.
import { expect, test, type Page } from '@playwright/test';

type Rect = { left: number; right: number; top: number; bottom: number; text: string };

async function untilDrawn(page: Page) {
  await expect(page.locator('.map[data-status="ready"]')).toBeVisible();
  await expect(page.getByTestId('timeline-claims')).toBeVisible();
}

/** The drawn boxes of the chart's labels and claim dots. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const rect = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom, text: element.textContent ?? '' };
    };
    return {
      labels: [...document.querySelectorAll('.timeline svg .claim-label, .timeline svg .event-label')].map(rect),
      dots: [...document.querySelectorAll('.timeline svg circle.claim')].map(rect)
    };
  });
}

const overlap = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const width of [390, 1280]) {
  for (const { lang, path } of [
    { lang: 'en', path: '/' },
    { lang: 'km', path: '/km/' }
  ]) {
    for (const period of ['', '?wave=all']) {
      test(`${lang}, ${width} px, ${period ? 'all periods' : 'default period'}: no label covers another or a claim's dot`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path + period);
        await untilDrawn(page);
        const { labels, dots } = await drawn(page);
        expect(labels.length).toBeGreaterThan(3);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i], labels[j]), `"${labels[i].text}" and "${labels[j].text}"`).toBe(false);
          for (const dot of dots) expect(overlap(labels[i], dot), `"${labels[i].text}" on a dot`).toBe(false);
        }
      });
    }
  }
}

test('the Khmer timeline writes every number in Khmer numerals: ticks, labels, claims and counts', async ({ page }) => {
  await page.goto('/km/?wave=all');
  await untilDrawn(page);
  const texts = await page.locator('.timeline svg text').allTextContents();
  expect(texts.some((text) => /[០-៩]/.test(text))).toBe(true);
  expect(texts.filter((text) => /[0-9]/.test(text))).toEqual([]);
  await expect(page.locator('.timeline svg .claim-label').first()).toHaveText(/^[~≤≥]?[០-៩.]+$/);
  await page.getByTestId('timeline-claims').focus();
  await expect(page.getByTestId('claim-detail').locator('strong')).toHaveText(/^[~≤≥]?[០-៩.]+$/);
  await page.locator('.timeline details summary').click();
  // The tables are written when the disclosure opens: wait for their rows before reading them.
  const cells = page.locator('.timeline table.figures').nth(1).locator('tbody td:nth-child(-n+2)');
  await expect(cells.first()).toBeVisible();
  const claimCells = await cells.allTextContents();
  expect(claimCells.length).toBeGreaterThan(3);
  expect(claimCells.filter((text) => /[0-9]/.test(text))).toEqual([]);
});

test('the claims are one keyboard stop: focus shows a claim, the arrows go from claim to claim, Escape hides it', async ({ page }) => {
  await page.goto('/?wave=all');
  await untilDrawn(page);
  const claims = page.getByTestId('timeline-claims');
  const detail = page.getByTestId('claim-detail');
  await expect(detail).toHaveCount(0);
  await claims.focus();
  await expect(detail).toBeVisible();
  const first = await detail.textContent();
  const count = await detail.locator('strong').textContent();
  expect((await claims.getAttribute('aria-valuetext'))!.startsWith(`${count} — `)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(detail).not.toHaveText(first!);
  await expect(claims).toHaveAttribute('aria-valuenow', '2');
  await page.keyboard.press('End');
  await expect(claims).toHaveAttribute('aria-valuenow', String(await page.locator('.timeline svg circle.claim').count()));
  await expect(page.locator('.timeline svg circle.claim.shown')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);
  // The detail stays inside the chart.
  await page.keyboard.press('Home');
  const chart = (await page.locator('.timeline .chart').boundingBox())!;
  const box = (await detail.locator('[role="tooltip"]').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(chart.x);
  expect(box.x + box.width).toBeLessThanOrEqual(chart.x + chart.width);
});

test('a mouse over a claim shows it', async ({ page }) => {
  await page.goto('/?wave=all');
  await untilDrawn(page);
  const dot = (await page.locator('.timeline svg circle.claim').last().boundingBox())!;
  await page.mouse.move(dot.x + dot.width / 2, dot.y + dot.height / 2);
  await expect(page.getByTestId('claim-detail')).toBeVisible();
  await page.mouse.move(0, 0);
  await expect(page.getByTestId('claim-detail')).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a claim shows who claimed it, another tap hides it', async ({ page }) => {
    await page.goto('/?wave=all');
    await untilDrawn(page);
    await page.locator('.timeline svg').scrollIntoViewIfNeeded();
    // The largest claim, about 2,500, is the highest dot.
    const dots = await page.locator('.timeline svg circle.claim').evaluateAll((circles) =>
      circles.map((circle) => circle.getBoundingClientRect()).map((box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 }))
    );
    const top = dots.reduce((a, b) => (b.y < a.y ? b : a));
    await page.touchscreen.tap(top.x, top.y);
    const detail = page.getByTestId('claim-detail');
    await expect(detail).toBeVisible();
    await expect(detail.locator('strong')).toHaveText('~2,500');
    await expect(detail).toContainText('Sok Eysan');
    await page.touchscreen.tap(top.x, top.y);
    await expect(detail).toHaveCount(0);
  });
});
