// Adapter: maps the peer probe's (measure.mjs, in the peers folder) semantic interactions onto this project's dashboard
// (the built site at `/`). Kept here, beside the page it drives, so a change to the dashboard's controls updates it
// too; bench/peer/run.sh passes it to the probe.
// Same shape as adapter-observable.mjs; the optional fields startEvents / prepare / readyPredicate are described at
// the top of measure.mjs. Every set* is one user action on the page's own controls (a click, see `click` below, or a fill):
//   provinces  the map panel's "Provinces as a list" disclosure: one toggle button per province (aria-pressed), exact
//              ISO codes (on the SVG map, Kampong Cham's shape selects KH-3 and KH-25 together, so the list is used).
//              A button click fires no input/change event, hence startEvents adds 'click'. Where the peer changes its
//              multi-select in one event (KH-3,KH-12 -> KH-17; none -> KH-1,KH-2,KH-8), prepare() makes all but the last
//              toggle first, untimed, and the timed step is the last toggle (one user action, as on the peer).
//   dates      the From / To date fields under the timeline (fill: input + change, as the peer's date inputs).
//   role       the Role disclosure's checkboxes (a click ticks or unticks one); role names map 1:1 ("commune councillor"
//              -> "Commune councillor", "commune chief" -> "Commune chief"); null unticks the ticked one.
//   search     the dashboard's search box (data-testid=search-input; not the site header's search), fill: one input event.
const MAP = 'section.map-panel';
const LIST = 'details.province-list';
const roleGroup = (page) => page.locator('details.group').filter({ has: page.locator('summary', { hasText: /^Role/ }) });
const SETTLE_MS = 400; // = measure.mjs's default quiet period: what each timed step waits for before the next one

// A toggle or checkbox is clicked on the element, as the peer's adapter sets its selects: without moving the pointer,
// whose hover frame just before a click delays the next frame whatever the page does (a page that changes one text
// node, control/, measures 10-15 ms per pointer click, 2-6 ms per element click, on this machine). PEER_MOUSE=1 clicks
// with Playwright's pointer instead.
const click = (locator) => (process.env.PEER_MOUSE ? locator.click() : locator.evaluate((element) => element.click()));

// Opens a disclosure the way a reader does (a click on its summary), before the probe is armed.
async function open(d) {
  const page = d.page();
  if (!(await d.evaluate((el) => el.open))) {
    await d.locator('summary').first().click();
    await page.waitForTimeout(SETTLE_MS);
  }
}

// Province list state: [{ iso, pressed, index }] from the map's shapes (data-iso + aria-label "Name (Khmer), …") and the
// list's buttons (first text node = English name, aria-pressed).
const provinceButtons = (page) => page.evaluate(({ MAP, LIST }) => {
  const isoByName = new Map();
  for (const p of document.querySelectorAll(`${MAP} path.shape[data-iso]`)) isoByName.set(p.getAttribute('aria-label').split(' (')[0].trim(), p.dataset.iso);
  isoByName.set('Tbong Khmum', 'KH-25'); // drawn inside Kampong Cham's shape (the boundaries predate the split)
  return [...document.querySelectorAll(`${LIST} li button`)].map((b, index) => {
    const name = [...b.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim())?.textContent.trim();
    return { iso: isoByName.get(name) ?? name, pressed: b.getAttribute('aria-pressed') === 'true', index };
  });
}, { MAP, LIST });

// The toggles that turn the current selection into `codes`: unticks first, then ticks (the last one is the timed step).
async function provinceToggles(page, codes) {
  const want = new Set(codes);
  const buttons = await provinceButtons(page);
  return [...buttons.filter((b) => b.pressed && !want.has(b.iso)), ...buttons.filter((b) => !b.pressed && want.has(b.iso))];
}

const roleBoxes = (page) => roleGroup(page).locator('input[type=checkbox]');
async function roleState(page) {
  return roleGroup(page).locator('label').evaluateAll((labels) =>
    labels.map((l, index) => ({ index, label: l.querySelector('span')?.textContent.trim().toLowerCase(), checked: l.querySelector('input').checked })));
}

// Waits for one untimed filter change to be drawn and written to the URL (the page's own measure, then a quiet period).
async function settle(page, before) {
  await page.waitForFunction((n) => performance.getEntriesByName('filter-to-rendered').length > n, before, { polling: 'raf', timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
}
const measuresSoFar = (page) => page.evaluate(() => performance.getEntriesByName('filter-to-rendered').length);

export default {
  name: 'sveltekit-defection-tracker',
  // The three panels (each a <section> of the dashboard page, there for the page's lifetime): map (+ its province list),
  // timeline (+ its date fields), records (heading with the matching count, download/embed, table).
  targets: [MAP, 'section.timeline-panel', 'section[aria-labelledby="records-title"]'],
  // 24 province paths in the SVG map + the timeline's SVG + at least one table row (true in the prerendered HTML).
  renderedPredicate: `document.querySelectorAll('section.map-panel .map svg path.shape').length >= 24 && !!document.querySelector('section.timeline-panel svg') && document.querySelectorAll('section[aria-labelledby="records-title"] table tbody tr').length > 0`,
  // The page marks 'dashboard-rendered' in the frame after every row has loaded and the views were drawn from them
  // (before that it shows the build-time default view, and a filter change waits for the rows).
  readyPredicate: `performance.getEntriesByName('dashboard-rendered')[0]?.startTime`,
  startEvents: ['input', 'change', 'click'],
  rowCount: () => `${document.querySelector('#records-title')?.textContent.trim()} | ${location.search}`,

  async prepare(page, fn, val) {
    if (fn === 'setProvinces') {
      await open(page.locator(LIST));
      const toggles = await provinceToggles(page, val);
      for (const t of toggles.slice(0, -1)) {
        const n = await measuresSoFar(page);
        await click(page.locator(`${LIST} li button`).nth(t.index));
        await settle(page, n);
      }
    } else if (fn === 'setRole') {
      await open(roleGroup(page));
      // a different role ticked before: untick it first (not needed by the current interaction list: role goes x -> null)
      if (val != null) for (const r of await roleState(page)) if (r.checked && r.label !== val) {
        const n = await measuresSoFar(page);
        await click(roleBoxes(page).nth(r.index));
        await settle(page, n);
      }
    }
  },
  async setProvinces(page, codes) {
    const toggles = await provinceToggles(page, codes);
    if (!toggles.length) return;
    for (const t of toggles) await click(page.locator(`${LIST} li button`).nth(t.index)); // one, after prepare()
  },
  async setDateFrom(page, iso) { await page.locator('section.timeline-panel input[type=date]').nth(0).fill(iso); },
  async setDateTo(page, iso) { await page.locator('section.timeline-panel input[type=date]').nth(1).fill(iso); },
  async setRole(page, role) {
    const roles = await roleState(page);
    const target = role == null ? roles.find((r) => r.checked) : roles.find((r) => r.label === role && !r.checked);
    if (!target) throw new Error(`role ${JSON.stringify(role)}: no such checkbox to change (labels: ${roles.map((r) => r.label).join(', ')})`);
    await click(roleBoxes(page).nth(target.index));
  },
  async setSearch(page, text) { await page.fill('[data-testid="search-input"]', text); },
};
