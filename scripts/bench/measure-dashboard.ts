// The dashboard in headless Chromium: first render after navigation, and filter-to-paint latency over a realistic sequence
// of province click, timeline brush, typed search and role filter (read from the page's own performance marks).
import type { Browser, Page } from '@playwright/test';
import { browserUiPages, collectResponses, type FirstLoadBytes } from './browser';
import { profiled, type HotFunction } from './profile';
import { median, percentile } from './stats';

/** How the benchmark finds things on the dashboard (the same hooks as tests/e2e/dashboard.spec.ts). */
const SELECTORS = {
  mapReady: '.map[data-status="ready"]',
  tableRow: 'section[aria-labelledby="records-title"] tbody tr',
  timelineBar: '.timeline-panel rect.bar',
  brush: '.brush .overlay',
  search: '[data-testid="search-input"]'
};
const PROVINCE = 'Takeo';
const SEARCH = 'person 12';
const VIEWPORT = { width: 1280, height: 800 };
const TIMEOUT = 60_000;
const ACTION_TIMEOUT = 15_000;
// A reader pauses between actions; it also lets each step finish before the next starts, so measures never overlap.
const THINK_MS = 50;

// Finds the first frame in which the map, the timeline's bars and the table's rows all exist: what the reader sees as
// "loaded". 'bench:first-frame' marks that frame's start (a requestAnimationFrame callback, before the frame's style,
// layout and paint); 'bench:first-render' marks a task queued from it, which runs once that rendering is done: the page
// is drawn. A cold first frame lays out the whole page and looks up its fonts, so the two differ by hundreds of ms.
const FIRST_RENDER_PROBE = `(() => {
  const S = ${JSON.stringify(SELECTORS)};
  const seen = {};
  const check = () => {
    for (const [name, selector] of [['map', S.mapReady], ['timeline', S.timelineBar], ['table', S.tableRow]]) {
      if (!seen[name] && document.querySelector(selector)) { seen[name] = true; performance.mark('bench:' + name); }
    }
    if (seen.map && seen.timeline && seen.table) {
      performance.mark('bench:first-frame');
      setTimeout(() => performance.mark('bench:first-render'));
    } else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

export interface LoadTiming {
  /** ms from navigation start to the end of the first frame with map, timeline and table: drawn. */
  firstRender: number;
  /** ms from navigation start to the start of that frame (before its style, layout and paint). */
  firstFrame: number;
  /** The page's own 'dashboard-rendered' mark (rows decoded and rendered). */
  rowsRendered: number;
  mapReady: number;
}

export interface FilterSample {
  step: string;
  /** Input to the next frame's start (requestAnimationFrame), DOM updated: what the budget is about. */
  ms: number;
  /** Input to the end of that frame's rendering (style, layout, paint), read from a task queued in the frame. */
  renderedMs: number;
  /** Input to the DOM updated, before the wait for the next frame: the page's own work. */
  updatedMs: number;
}

export interface Spread {
  count: number;
  median: number;
  p95: number;
  max: number;
}

export interface DashboardResult {
  loads: LoadTiming[];
  /** One province click per load, made the moment the rows are rendered: the first change's cost, reported apart. */
  firstChanges: FilterSample[];
  firstRender: Spread;
  firstFrame: Spread;
  firstLoad: FirstLoadBytes;
  /** Browser interface pages (chrome://…) seen beside the dashboard while it loaded: none, or first renders are slowed. */
  browserUiPages: string[];
  firstChange: Spread;
  samples: FilterSample[];
  filterToPaint: Spread;
  filterToRendered: Spread;
  filterToUpdated: Spread;
  byStep: Record<string, Spread>;
  profile?: { load: { tracePath: string; hot: HotFunction[] }; filters: { tracePath: string; hot: HotFunction[] } };
}

export interface DashboardOptions {
  /** The served folder, to size what the page downloads. */
  buildDir: string;
  loads: number;
  rounds: number;
  /** ms between the rows being rendered and the round's first change (a reader looks before acting); 0: none. */
  readerPauseMs: number;
  /** Where to write Chrome traces; no profiling when absent. */
  traceDir?: string;
  label: string;
}

const spread = (values: number[]): Spread => ({ count: values.length, median: median(values), p95: percentile(values, 95), max: Math.max(...values) });

async function openDashboard(browser: Browser, origin: string, buildDir: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT);
  await page.addInitScript(FIRST_RENDER_PROBE);
  const responses = collectResponses(page, buildDir);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('bench:first-render').length > 0 && performance.getEntriesByName('dashboard-rendered').length > 0, null, { timeout: TIMEOUT });
  if (errors.length) throw new Error(`The dashboard threw: ${errors.join('; ')}`);
  // A string, not a function: tsx would wrap a nested helper in __name(), which the page does not define.
  const timing = (await page.evaluate(`(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    return { firstRender: at('bench:first-render'), firstFrame: at('bench:first-frame'), rowsRendered: at('dashboard-rendered'), mapReady: at('bench:map') };
  })()`)) as LoadTiming;
  return { page, timing, responses };
}

async function measured(page: Page, step: string, action: () => Promise<void>): Promise<FilterSample> {
  const before = await page.evaluate(() => performance.getEntriesByName('filter-to-rendered').length);
  try {
    await action();
  } catch (error) {
    throw new Error(`Step "${step}" could not be done: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  try {
    await page.waitForFunction((n) => performance.getEntriesByName('filter-to-rendered').length > n, before, { timeout: TIMEOUT });
  } catch (error) {
    throw new Error(`Step "${step}" changed no filter (no filter-to-rendered measure within ${TIMEOUT / 1000} s): has the dashboard's markup changed?`, { cause: error });
  }
  const [ms, renderedMs, updatedMs] = await page.evaluate(() =>
    ['filter-to-paint', 'filter-to-rendered', 'filter-to-updated'].map((name) => performance.getEntriesByName(name).at(-1)!.duration)
  );
  await page.waitForTimeout(THINK_MS);
  return { step, ms, renderedMs, updatedMs };
}

/** One round: narrow the view step by step, then undo each step, as someone exploring would. */
async function filterRound(page: Page): Promise<FilterSample[]> {
  const samples: FilterSample[] = [];
  const step = async (name: string, action: () => Promise<void>) => samples.push(await measured(page, name, action));
  const province = page.locator(`path[aria-label^="${PROVINCE}"]`);
  const overlay = page.locator(SELECTORS.brush);
  const search = page.locator(SELECTORS.search);
  const roleGroup = page.locator('details.group').filter({ has: page.locator('summary', { hasText: /^Role/ }) });
  const drag = async (from: number, to: number) => {
    const box = (await overlay.boundingBox())!;
    await page.mouse.move(box.x + box.width * from, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * to, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
  };

  await step('province', () => province.click());
  await step('brush', () => drag(0.35, 0.8));
  await search.click();
  for (const character of SEARCH) await step('search', () => search.pressSequentially(character));
  if (!(await roleGroup.evaluate((details) => (details as HTMLDetailsElement).open))) await roleGroup.locator('summary').click();
  // The group lists only roles present in the current view: take the first (the most senior).
  const role = roleGroup.locator('label:not([hidden]) input').first();
  if ((await role.count()) > 0) {
    await step('role', () => role.check());
    await step('role', () => role.uncheck());
  }
  await step('search', () => search.fill(''));
  await step('brush', async () => {
    const box = (await overlay.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.05, box.y + box.height / 2);
  });
  await step('province', () => province.click());
  return samples;
}

export async function measureDashboard(browser: Browser, origin: string, options: DashboardOptions): Promise<DashboardResult> {
  const loads: LoadTiming[] = [];
  let firstLoad: FirstLoadBytes | undefined;
  const uiPages = new Set<string>();
  const firstChanges: FilterSample[] = [];
  for (let i = 0; i < options.loads; i++) {
    const { page, timing, responses } = await openDashboard(browser, origin, options.buildDir);
    // Before anything waits: background work the page queued once the rows arrived is still running.
    firstChanges.push(await measured(page, 'province', () => page.locator(`path[aria-label^="${PROVINCE}"]`).click()));
    await page.waitForLoadState('networkidle');
    for (const url of await browserUiPages(browser)) uiPages.add(url);
    if (i === 0) firstLoad = responses.sizes();
    loads.push(timing);
    await page.context().close();
  }

  const { page } = await openDashboard(browser, origin, options.buildDir);
  await page.waitForTimeout(options.readerPauseMs);
  const samples: FilterSample[] = [];
  for (let round = 0; round < options.rounds; round++) samples.push(...(await filterRound(page)));
  await page.context().close();

  const byStep: Record<string, Spread> = {};
  for (const name of new Set(samples.map((sample) => sample.step))) {
    byStep[name] = spread(samples.filter((sample) => sample.step === name).map((sample) => sample.ms));
  }
  const result: DashboardResult = {
    loads,
    firstRender: spread(loads.map((load) => load.firstRender)),
    firstFrame: spread(loads.map((load) => load.firstFrame)),
    firstLoad: firstLoad!,
    browserUiPages: [...uiPages],
    firstChanges,
    firstChange: spread(firstChanges.map((sample) => sample.ms)),
    samples,
    filterToPaint: spread(samples.map((sample) => sample.ms)),
    filterToRendered: spread(samples.map((sample) => sample.renderedMs)),
    filterToUpdated: spread(samples.map((sample) => sample.updatedMs)),
    byStep
  };
  if (options.traceDir) result.profile = await profileDashboard(browser, origin, options.traceDir, options.label);
  return result;
}

/** A separate, unmeasured pass under the profiler (profiling slows the page): one load and one filter round. */
async function profileDashboard(browser: Browser, origin: string, traceDir: string, label: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT);
  await page.addInitScript(FIRST_RENDER_PROBE);
  const load = await profiled(browser, page, `${traceDir}/trace-${label}-load.json`, async () => {
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('bench:first-render').length > 0, null, { timeout: TIMEOUT });
  });
  const filters = await profiled(browser, page, `${traceDir}/trace-${label}-filters.json`, () => filterRound(page));
  await context.close();
  return { load: { tracePath: load.tracePath, hot: load.hot }, filters: { tracePath: filters.tracePath, hot: filters.hot } };
}
