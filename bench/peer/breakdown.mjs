// Where a filter change's time goes under the peer probe's interactions: drives the built dashboard through this
// folder's adapter with the probe's 20 changes and, for each, splits input → painted (the last DOM change in the
// adapter's targets drawn: a task queued from the frame after it, as the probe ends its measure) into the page's own
// work (its `filter-to-updated` measure: every view's DOM updated) and the rest (the frame's style, layout, paint and
// commit, and any wait for it). Prints every step of the last run and the medians and p95s over all runs.
//
//   node bench/peer/breakdown.mjs http://127.0.0.1:4173/ [--runs 3]      (PEER_MOUSE=1: clicks with the pointer, see adapter.mjs)
//
// Needs a built dashboard served (e.g. `npx vite preview`) and Chromium at CHROMIUM_PATH (default /usr/bin/chromium).
import { chromium } from 'playwright';
import adapter from './adapter.mjs';

const args = process.argv.slice(2);
const url = args.find((arg) => !arg.startsWith('--'));
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
if (!url) {
  console.error('usage: node bench/peer/breakdown.mjs URL [--runs N]');
  process.exit(2);
}

// The probe's interactions (measure.mjs, interactions()), in its order.
const STEPS = [
  ['setProvinces', ['KH-3']], ['setProvinces', ['KH-3', 'KH-12']], ['setDateFrom', '2017-11-01'], ['setDateTo', '2017-11-20'],
  ['setRole', 'commune councillor'], ['setSearch', 'sok'], ['setSearch', 'chan'], ['setProvinces', ['KH-17']], ['setRole', null],
  ['setSearch', ''], ['setDateFrom', '2017-10-20'], ['setDateTo', '2017-11-30'], ['setProvinces', []], ['setRole', 'commune chief'],
  ['setSearch', 'kem'], ['setDateFrom', '2017-11-10'], ['setProvinces', ['KH-1', 'KH-2', 'KH-8']], ['setRole', null], ['setSearch', ''],
  ['setDateTo', '2017-11-25']
];

// In the page: from the first input/change/click, the last DOM mutation in the adapter's targets, the frame after it
// and the moment that frame is painted.
function arm(targets) {
  const log = (window.__breakdown = { t0: undefined, frame: undefined, painted: undefined, mutations: 0 });
  const start = () => (log.t0 ??= performance.now());
  for (const type of ['input', 'change', 'click']) addEventListener(type, start, { capture: true, once: true });
  const observer = new MutationObserver((records) => {
    if (log.t0 === undefined) return;
    log.mutations += records.length;
    requestAnimationFrame(() => {
      log.frame = performance.now() - log.t0;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (log.painted = performance.now() - log.t0);
      channel.port2.postMessage(0);
    });
  });
  window.__breakdownObserver?.disconnect();
  window.__breakdownObserver = observer;
  for (const selector of targets) observer.observe(document.querySelector(selector), { subtree: true, childList: true, attributes: true, characterData: true });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'] });
const rows = [];
for (let run = 0; run < runs; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('dashboard-rendered').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  for (const [fn, value] of STEPS) {
    await adapter.prepare?.(page, fn, value);
    await page.evaluate(arm, adapter.targets);
    await adapter[fn](page, value);
    await page.waitForTimeout(450);
    const log = await page.evaluate(() => ({ ...window.__breakdown, work: performance.getEntriesByName('filter-to-updated').at(-1)?.duration }));
    rows.push({ step: `${fn}(${JSON.stringify(value)})`, ...log });
  }
  await context.close();
}
await browser.close();

const ms = (value) => (value === undefined ? '   —' : value.toFixed(1).padStart(5));
console.log('step                                 page work  frame starts  painted  mutations');
for (const row of rows.slice(-STEPS.length)) console.log(`${row.step.padEnd(36)} ${ms(row.work)}      ${ms(row.frame)}     ${ms(row.painted)}  ${String(row.mutations).padStart(6)}`);
const sorted = (values) => values.filter((v) => v !== undefined).sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor((sorted(values).length - 1) / 2)];
const p95 = (values) => sorted(values)[Math.ceil(0.95 * sorted(values).length) - 1];
const parts = {
  'input → painted': rows.map((r) => r.painted),
  'page work (filter-to-updated)': rows.map((r) => r.work),
  'the rest: frame, style, layout, paint': rows.map((r) => (r.painted === undefined || r.work === undefined ? undefined : r.painted - r.work))
};
console.log(`\nover ${runs} run(s) × ${STEPS.length} changes (${process.env.PEER_MOUSE ? 'pointer clicks' : 'element clicks'}), median / p95 ms:`);
for (const [name, values] of Object.entries(parts)) console.log(`  ${name.padEnd(38)} ${ms(median(values))} / ${ms(p95(values))}`);
