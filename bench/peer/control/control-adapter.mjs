// The probe's adapter for the control page (index.html here): provinces, dates and search change as on the peer
// (a select set in the page, fills); role is a button clicked on the element, or with Playwright's pointer when
// PEER_MOUSE=1 (as ../adapter.mjs clicks the dashboard's toggles).
export default {
  name: 'probe-control',
  targets: ['#out'],
  renderedPredicate: `document.querySelectorAll('#rows tr').length === 50`,
  startEvents: ['input', 'change', 'click'],
  async setProvinces(page, codes) { await page.selectOption('#provinces', codes); },
  async setDateFrom(page, iso) { await page.fill('#from', iso); },
  async setDateTo(page, iso) { await page.fill('#to', iso); },
  async setRole(page) { await (process.env.PEER_MOUSE ? page.click('#role') : page.locator('#role').evaluate((el) => el.click())); },
  async setSearch(page, text) { await page.fill('#search', text); }
};
