// Embeds in a newsroom's article on another origin: the Embed code's iframe and script, the frame as tall as its content
// at every column width, the credit always in view, the theme parameter, and a heading for assistive tech.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';

/** The article's server: another origin than the site's (another host name and port). */
let host: Server;
let hostOrigin: string;
/** The article's body, by path: each test writes its own. */
const articles = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((request, response) => {
    const body = articles.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** An article with the embed code in a column `width` px wide, served from the other origin. */
async function openArticle(page: Page, name: string, code: string, width: number) {
  articles.set(`/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
    <body style="margin:0"><main><h1>A newsroom article</h1><div style="width:${width}px">${code}</div><p>After the chart.</p></main></body></html>`);
  await page.setViewportSize({ width: Math.max(width, 320), height: 1600 });
  await page.goto(`${hostOrigin}/${name}`);
}

/** The Embed code the dashboard gives for a view (`lang`: '' or '/km'). */
async function embedCode(page: Page, view: string, chart: 'map' | 'timeline', lang = '') {
  await page.goto(`${lang}/${view}`);
  // The Embed disclosure appears once the records have loaded.
  await page.locator('details.embed summary').click();
  return page.getByTestId(`embed-${chart}`).inputValue();
}

/** Waits for the chart to be drawn with its counts: its height is then final. */
async function untilDrawn(frame: FrameLocator, chart: 'map' | 'timeline') {
  if (chart === 'map') await expect(frame.locator('.map[data-counts="ready"]')).toBeVisible();
  else await expect(frame.locator('svg .bar').first()).toBeVisible();
  await expect(frame.getByTestId('summary')).not.toContainText(/Loading|កំពុងផ្ទុក/);
}

const contentHeight = (page: Page) =>
  page.frames()[1].evaluate(() => ({ content: Math.ceil(document.body.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, inner: innerHeight }));

for (const chart of ['map', 'timeline'] as const) {
  test(`with the script, the ${chart} embed's frame takes its content's height at 320, 720 and 1280 px, credit in view`, async ({ page, baseURL }) => {
    const code = await embedCode(page, '?province=KH-21', chart);
    expect(code).toContain(`<script async src="${baseURL}/embed-host.js"></script>`);
    await expect(page.getByTestId('embed-script-note')).toContainText('theme=light or theme=dark');
    for (const width of [320, 720, 1280]) {
      await openArticle(page, `${chart}-${width}`, code, width);
      const frame = page.frameLocator('iframe');
      await untilDrawn(frame, chart);
      await expect
        .poll(async () => {
          const frameHeight = await page.locator('iframe').evaluate((element) => Math.round(element.getBoundingClientRect().height));
          return frameHeight - (await contentHeight(page)).content;
        })
        .toBe(0);
      // Nothing left to scroll inside the frame: all of it is in the article (polled: the timeline places its labels
      // once mounted, which may change the height once more, and the frame follows).
      await expect.poll(async () => {
        const { scroll, inner } = await contentHeight(page);
        return scroll <= inner;
      }).toBe(true);
      await expect(frame.locator('.credit')).toBeInViewport({ ratio: 1 });
      await expect(frame.getByRole('link', { name: 'Open the full dashboard' })).toBeInViewport({ ratio: 1 });
    }
  });
}

test('the frame follows its content when it changes: a filter clicked inside the embed', async ({ page, baseURL }) => {
  await openArticle(page, 'resize', `<iframe src="${baseURL}/embed/map/" width="100%" height="200" style="border:0"></iframe><script async src="${baseURL}/embed-host.js"></script>`, 390);
  const frame = page.frameLocator('iframe');
  await untilDrawn(frame, 'map');
  const iframe = page.locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(400);
  const before = (await iframe.boundingBox())!.height;
  await frame.locator('details.province-list summary').click();
  await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before + 100);
  expect(Math.round((await iframe.boundingBox())!.height)).toBe((await contentHeight(page)).content);
});

test('the host script ignores height messages from elsewhere: wrong shape, another frame, the page itself', async ({ page, baseURL }) => {
  await openArticle(
    page,
    'hostile',
    `<iframe id="embed" src="${baseURL}/embed/commune/srak-030613/" width="100%" height="150" style="border:0"></iframe>
     <iframe id="other" srcdoc="<p>other</p>" height="150"></iframe>
     <script src="${baseURL}/embed-host.js"></script>`,
    720
  );
  const embed = page.locator('#embed');
  await expect.poll(async () => Math.round((await embed.boundingBox())!.height)).toBe((await contentHeight(page)).content);
  const settled = (await embed.boundingBox())!.height;
  const other = (await page.locator('#other').boundingBox())!.height;
  // From the page itself, and from a frame that is not an embed: neither may size the embed or any frame.
  await page.evaluate(() => {
    window.postMessage({ type: 'defection-tracker:height', height: 999 }, '*');
    window.postMessage('defection-tracker:height', '*');
  });
  const otherFrame = page.frames().find((frame) => frame.url() === 'about:srcdoc')!;
  await otherFrame.evaluate(() => {
    parent.postMessage({ type: 'defection-tracker:height', height: 999 }, '*');
    parent.postMessage({ type: 'defection-tracker:height', height: 'javascript:alert(1)' }, '*');
  });
  await page.waitForTimeout(300);
  expect((await embed.boundingBox())!.height).toBe(settled);
  expect((await page.locator('#other').boundingBox())!.height).toBe(other);
});

test('the host script sends nothing to an embed that has not loaded yet (no warning on the article), and each sizes itself once loaded', async ({ page, baseURL }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/postMessage|target origin/i.test(message.text())) warnings.push(message.text());
  });
  // The Embed code's shape: lazy frames, and the script (async) between them, as a newsroom's editor may paste it twice.
  const frame = (chart: string) => `<iframe src="${baseURL}/embed/${chart}/?province=KH-3" width="100%" height="900" style="border:0;width:100%" loading="lazy"></iframe>`;
  const script = `<script async src="${baseURL}/embed-host.js"></script>`;
  await openArticle(page, 'lazy', `${frame('map')}${script}${frame('timeline')}${script}`, 390);
  for (const [index, chart] of (['map', 'timeline'] as const).entries()) {
    const iframe = page.locator('iframe').nth(index);
    await iframe.scrollIntoViewIfNeeded();
    await untilDrawn(page.frameLocator('iframe').nth(index), chart);
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height)).toBeLessThan(900);
  }
  expect(warnings).toEqual([]);
});

for (const lang of ['', '/km'] as const) {
  test(`without the script, the Embed code's heights hold the whole embed at 320, 720 and 1280 px${lang ? ' (Khmer)' : ''}`, async ({ page }) => {
    for (const chart of ['map', 'timeline'] as const) {
      const code = (await embedCode(page, '', chart, lang)).replace(/<script[^>]*><\/script>/, '');
      expect(code).not.toContain('<script');
      for (const width of [320, 720, 1280]) {
        await openArticle(page, `plain-${chart}-${lang.slice(1)}-${width}`, code, width);
        const frame = page.frameLocator('iframe');
        await untilDrawn(frame, chart);
        const { scroll, inner } = await contentHeight(page);
        expect(scroll, `${chart} at ${width} px`).toBeLessThanOrEqual(inner);
        await expect(frame.locator('.credit a')).toBeInViewport({ ratio: 1 });
      }
    }
  });
}

test('in a frame shorter than its content the credit line and the link stay in view', async ({ page, baseURL }) => {
  await openArticle(page, 'short', `<iframe src="${baseURL}/km/embed/timeline/" width="100%" height="300" style="border:0"></iframe>`, 320);
  const frame = page.frameLocator('iframe');
  await untilDrawn(frame, 'timeline');
  await expect(frame.locator('.credit a')).toBeInViewport({ ratio: 1 });
  await page.frames()[1].evaluate(() => window.scrollTo(0, 200));
  await expect(frame.locator('.credit a')).toBeInViewport({ ratio: 1 });
});

const background = (page: Page) => page.frames()[1].evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('theme=light in a dark-scheme browser', () => {
  test.use({ colorScheme: 'dark' });
  test('stays light, and the theme is no filter: not read as one nor in the full dashboard link; it stays through a filter change and a reload', async ({ page, baseURL }) => {
    await openArticle(page, 'light', `<iframe src="${baseURL}/embed/map/?theme=light&province=KH-21" width="100%" height="1000" style="border:0"></iframe>`, 720);
    const frame = page.frameLocator('iframe');
    await untilDrawn(frame, 'map');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await expect(frame.locator('path[aria-label^="Takeo"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(frame.locator('.credit a')).toHaveAttribute('href', '/?province=KH-21');
    // A filter changed inside the embed keeps the theme in its address, and a reload keeps it light.
    await frame.locator('path[aria-label^="Takeo"]').click();
    await expect.poll(() => new URL(page.frames()[1].url()).search).toBe('?theme=light');
    await page.frames()[1].evaluate(() => location.reload());
    await untilDrawn(frame, 'map');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
  });

  test('without a theme (auto) follows the reader’s system, as before', async ({ page, baseURL }) => {
    await openArticle(page, 'auto-dark', `<iframe src="${baseURL}/embed/commune/srak-030613/" width="100%" height="300" style="border:0"></iframe>`, 720);
    await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
    expect(await background(page)).toBe('rgb(21, 21, 26)');
  });
});

test.describe('theme=dark in a light-scheme browser', () => {
  test.use({ colorScheme: 'light' });
  test('stays dark, on the charts and on the commune card (which ships no app script)', async ({ page, baseURL }) => {
    await openArticle(page, 'dark', `<iframe src="${baseURL}/km/embed/timeline/?theme=dark" width="100%" height="1200" style="border:0"></iframe>`, 720);
    await untilDrawn(page.frameLocator('iframe'), 'timeline');
    expect(await background(page)).toBe('rgb(21, 21, 26)');
    await openArticle(page, 'dark-card', `<iframe src="${baseURL}/embed/commune/srak-030613/?theme=dark" width="100%" height="300" style="border:0"></iframe>`, 720);
    await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
    expect(await background(page)).toBe('rgb(21, 21, 26)');
  });
});

for (const path of ['/embed/map/', '/embed/timeline/', '/embed/commune/srak-030613/', '/km/embed/map/', '/km/embed/timeline/', '/km/embed/commune/srak-030613/']) {
  test(`${path} has a level-one heading for assistive tech (axe page-has-heading-one)`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    const { violations } = await new AxeBuilder({ page }).withRules(['page-has-heading-one']).analyze();
    expect(violations).toEqual([]);
  });
}
