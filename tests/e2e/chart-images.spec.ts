// Chart images: the map and the timeline of the current view, downloaded as SVG and PNG, carry the title, the filters
// in words, the source line and the date of the data, and open on their own.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

async function download(page: Page, chart: 'map' | 'timeline', format: 'SVG' | 'PNG') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`${chart}-image`).getByRole('button', { name: format, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

/** The SVG parsed by the browser's XML parser: its parse error, else its text lines and size. */
async function parseSvg(page: Page, svg: string) {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = document.querySelector('parsererror')?.textContent ?? null;
    const root = document.documentElement;
    return {
      error,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      font: root.getAttribute('font-family') ?? '',
      texts: [...document.querySelectorAll('text')].map((text) => text.textContent ?? ''),
      paths: document.querySelectorAll('path').length,
      bars: document.querySelectorAll('rect').length
    };
  }, svg);
}

/** A PNG's width and height, from its signature and header chunk. */
function pngSize(body: Buffer) {
  expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test('the map and the timeline of a filtered view download as SVG with title, filters, source and date', async ({ page }) => {
  await page.goto('/?province=KH-21&q=%3Cscript%3E%26');
  await expect(page.getByTestId('map-image').getByRole('button', { name: 'SVG' })).toBeEnabled();
  for (const chart of ['map', 'timeline'] as const) {
    const { name, body } = await download(page, chart, 'SVG');
    expect(name).toBe(`defections_province-takeo_search-script_${chart}.svg`);
    const svg = body.toString('utf8');
    const parsed = await parseSvg(page, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // The search text is written as text, escaped: no element comes of it.
    expect(svg).not.toContain('<script');
    const text = parsed.texts.join(' ');
    expect(text).toContain(`CNRP officials who joined the CPP, 2017: ${chart === 'map' ? 'by province' : 'over time'}`);
    expect(text).toContain('Shown: The call to defect, Oct–Nov 2017; in Takeo; matching “<script>&”.');
    expect(text).toMatch(/Source: Defection Tracker, https?:\/\/\S+\/\?province=KH-21&q=%3Cscript%3E%26/);
    expect(text).toMatch(/Data as of \d{1,2} \w{3} \d{4}\./);
    if (chart === 'map') {
      // Every province shape, the selected one outlined again, and the legend.
      expect(parsed.paths).toBeGreaterThanOrEqual(25);
      expect(text).toContain('People in the records shown');
    } else {
      expect(parsed.bars).toBeGreaterThan(1);
      expect(text).toContain('1 Nov');
    }
    expect(parsed.width).toBeGreaterThanOrEqual(480);
  }
});

test('the PNGs are images at twice the SVG’s size', async ({ page }) => {
  await page.goto('/?province=KH-21');
  await expect(page.getByTestId('timeline-image').getByRole('button', { name: 'PNG' })).toBeEnabled();
  for (const chart of ['map', 'timeline'] as const) {
    const svg = await parseSvg(page, (await download(page, chart, 'SVG')).body.toString('utf8'));
    const { name, body } = await download(page, chart, 'PNG');
    expect(name).toBe(`defections_province-takeo_${chart}.png`);
    const size = pngSize(body);
    expect(size).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    expect(size.width).toBeGreaterThan(900);
    expect(size.height).toBeGreaterThan(600);
    // Drawn, not blank: a PNG of one flat colour compresses to a few hundred bytes.
    expect(body.length).toBeGreaterThan(20_000);
  }
});

test('in Khmer the image speaks Khmer and names a Khmer font', async ({ page }) => {
  await page.goto('/km/?province=KH-21');
  await expect(page.getByTestId('map-image').getByRole('button', { name: 'SVG' })).toBeEnabled();
  const { name, body } = await download(page, 'map', 'SVG');
  expect(name).toBe('defections_province-takeo_map_km.svg');
  const parsed = await parseSvg(page, body.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.font).toMatch(/^'Noto Sans Khmer'/);
  const text = parsed.texts.join(' ');
  expect(text).toContain('តាមខេត្ត');
  expect(text).toContain('តាកែវ');
  expect(text).toMatch(/ទិន្នន័យគិតត្រឹម [០-៩]/);
  pngSize((await download(page, 'timeline', 'PNG')).body);
});

test('the map image is drawn from the SVG shapes when Leaflet shows the map', async ({ page }) => {
  await page.goto('/');
  const zoom = page.locator('.map button.zoom');
  await zoom.click();
  await expect(page.locator('.map[data-engine="leaflet"]')).toBeVisible();
  const parsed = await parseSvg(page, (await download(page, 'map', 'SVG')).body.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed.paths).toBeGreaterThanOrEqual(24);
});
