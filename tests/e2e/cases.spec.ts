// Every case beside Cambodia's is a folder under data/cases/: its dashboard (map, timeline, filters in the URL), a
// person with several switches, its places and exports, driven in a browser. Expected figures are read from the
// case's own files, so the tests follow the data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

const CASE = 'malaysia-2018';
const dir = join('data/cases', CASE);
const readDir = <T>(name: string): T[] =>
  readdirSync(join(dir, name))
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => parse(readFileSync(join(dir, name, file), 'utf8')) as T);

interface SwitchFile { id: string; person: string; status: string; left: { party: string; date: { value?: string } }; joined?: { party: string } }
interface PersonFile { id: string; name: string; mandates: { place: string }[] }
const meta = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as { counting: { statuses: string[] }; strings: { subject: { en: string } } };
const switches = readDir<SwitchFile>('switches');
const people = readDir<PersonFile>('people');
const constituencies = readFileSync(join(dir, 'places/constituencies.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(','));
const stateOf = new Map(constituencies.map(([code, , , state]) => [code, state]));
const stateOfPerson = new Map(people.map((person) => [person.id, stateOf.get(person.mandates[0].place)]));
const countedPeople = (list: SwitchFile[]) => new Set(list.filter((s) => meta.counting.statuses.includes(s.status)).map((s) => s.person)).size;
// The person with the most switches: the sequence the person page must show.
const mostMoves = [...people].sort((a, b) => switches.filter((s) => s.person === b.id).length - switches.filter((s) => s.person === a.id).length)[0];

// The case folders the build reads (data/cases/ minus stray files and hidden folders), beside Cambodia's case.
const OTHER_CASES = readdirSync('data/cases', { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).length;
const ready = (page: Page) => expect(page.locator('.case-dashboard[data-ready="true"]')).toBeVisible();
const recordsHeading = (page: Page) => page.locator('#records-title');

test('the home page lists every wave the site tracks, in both languages, and leads to each', async ({ page }) => {
  const title = (parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as { title: { en: string } }).title.en;
  for (const home of ['/', '/km/']) {
    await page.goto(home);
    const list = page.getByTestId('case-list');
    // Cambodia's own dashboard is the page itself; each other case is a link with its sourced count.
    await expect(list.locator('[aria-current="page"]')).toHaveAttribute('href', home);
    await expect(list.getByRole('link', { name: title })).toHaveAttribute('href', `/cases/${CASE}/`);
    await expect(list).toContainText(new RegExp(`${countedPeople(switches)} MPs counted: \\d+\\.\\d% of the \\d+ seats`));
    // The waves side by side, behind a disclosure so the dashboard stays first: a chart per case, each with its line.
    const sideBySide = page.getByTestId('side-by-side');
    await expect(sideBySide.getByTestId('wave-panel').first()).toBeHidden();
    await sideBySide.locator('summary').click();
    await expect(sideBySide.getByTestId('wave-panel')).toHaveCount(1 + OTHER_CASES);
    await expect(sideBySide.locator('svg path.total')).toHaveCount(1 + OTHER_CASES);
    await expect(sideBySide.getByRole('link', { name: /→/ })).toHaveAttribute('href', '/cases/');
    // Open, in light and dark, the list and the charts pass axe's WCAG 2.2 AA checks.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).include('[data-testid="case-list"]').analyze();
      expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`)), `${home} ${colorScheme}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  await page.getByTestId('case-list').getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(`/cases/${CASE}/`);
  await ready(page);
});

test('the cases page lists every case and sets the waves side by side', async ({ page }) => {
  await page.goto('/cases/');
  await expect(page.getByTestId('case-card')).toHaveCount(1 + OTHER_CASES);
  await expect(page.getByRole('link', { name: /Cambodia/ }).first()).toHaveAttribute('href', '/');
  await expect(page.getByRole('link', { name: /Malaysia/ }).first()).toHaveAttribute('href', `/cases/${CASE}/`);
  await expect(page.getByTestId('wave-panel')).toHaveCount(2);
  await expect(page.getByTestId('wave-panel').locator('svg path.total')).toHaveCount(2);
  // Cambodia's figure is the one its dashboard gives for the view the card links.
  const cambodia = page.getByTestId('case-card').filter({ hasText: 'Cambodia' });
  const figure = parseInt((await cambodia.locator('.figures strong').innerText()).replace(/,/g, ''), 10);
  await cambodia.getByRole('link', { name: 'The records behind this figure' }).click();
  await expect(page.getByText(/Of the 5,007 seats in these roles/)).toContainText(`, ${figure} people (`);
  // The site header reaches it from the Cambodian dashboard.
  await page.goto('/');
  await page.getByRole('link', { name: 'All cases' }).click();
  await expect(page).toHaveURL(/\/cases\/$/);
});

test('the Malaysian dashboard counts people by the case’s rule, and its map and filters write the URL', async ({ page }) => {
  await page.goto(`/cases/${CASE}/`);
  await ready(page);
  const total = countedPeople(switches);
  await expect(page.getByTestId('case-headline')).toContainText(`${total} ${meta.strings.subject.en} left their party`);
  await expect(page.getByTestId('case-share')).toContainText(`${((total / 222) * 100).toFixed(1)}% of the 222 seats`);
  await expect(recordsHeading(page)).toHaveText(`${switches.length} switches`);
  await expect(page.locator('section.map-panel svg path[data-code]')).toHaveCount(16);
  await expect(page.locator('section.timeline-panel svg path.total')).toHaveCount(1);
  expect(await page.locator('section.timeline-panel svg circle.claim').count()).toBeGreaterThan(0);

  // A click on Sabah's button (the map's keyboard twin) filters to its MPs and writes place= to the URL.
  const sabah = switches.filter((s) => stateOfPerson.get(s.person) === 'MY-12');
  await page.locator('.place-list button[data-code="MY-12"]').click();
  await expect(page).toHaveURL(/[?&]place=MY-12(&|$)/);
  await expect(recordsHeading(page)).toHaveText(`${sabah.length} switches matching the filters`);
  await expect(page.getByTestId('case-headline')).toContainText(`${countedPeople(sabah)} `);

  // Party left: Umno, through its checkbox; both filters are in the address, and a reload keeps the view.
  await page.locator('details.group summary', { hasText: 'Party left' }).click();
  await page.locator('details.group', { hasText: 'Party left' }).getByRole('checkbox', { name: /^UMNO/ }).check();
  await expect(page).toHaveURL(/from=UMNO/);
  const both = sabah.filter((s) => s.left.party === 'UMNO');
  await expect(recordsHeading(page)).toHaveText(`${both.length} ${both.length === 1 ? 'switch' : 'switches'} matching the filters`);
  await page.reload();
  await ready(page);
  await expect(recordsHeading(page)).toHaveText(`${both.length} ${both.length === 1 ? 'switch' : 'switches'} matching the filters`);
});

test('a shared address with unknown values and parameters opens the view it can', async ({ page }) => {
  await page.goto(`/cases/${CASE}/?place=MY-99,MY-12&bogus=1&from=`);
  await ready(page);
  const sabah = switches.filter((s) => stateOfPerson.get(s.person) === 'MY-12');
  await expect(recordsHeading(page)).toHaveText(`${sabah.length} switches matching the filters`);
});

test('a shared address says which of its parts the dashboard ignored, and a valid one says nothing', async ({ page }) => {
  await page.goto(`/cases/${CASE}/?state=XX&bogus=1`);
  await ready(page);
  // The whole case is shown, and the notice names each ignored part with its reason, as the Cambodian dashboard does.
  await expect(recordsHeading(page)).toHaveText(`${switches.length} switches`);
  const notice = page.getByTestId('ignored-params');
  await expect(notice).toHaveText('Some parts of this link were ignored: state=XX (unknown parameter); bogus=1 (unknown parameter).');
  await page.goto(`/cases/${CASE}/?place=MY-99,MY-12&status=maybe&q=--`);
  await ready(page);
  await expect(notice).toHaveText('Some parts of this link were ignored: place=MY-99 (unknown value); status=maybe (unknown value); q=-- (no readable text to search for).');
  // Once the reader changes the view, the address is the view's own and nothing in it is ignored.
  await page.locator('.place-list button[data-code="MY-12"]').click();
  await expect(notice).toBeHidden();
  await page.goto(`/cases/${CASE}/?place=MY-12&from=UMNO&q=a`);
  await ready(page);
  await expect(recordsHeading(page)).toContainText('matching the filters');
  await expect(notice).toHaveCount(0);
});

test('back and forward step through the dashboard’s filter changes, one search one step, the search box following', async ({ page }) => {
  const sabahUmno = switches.filter((s) => stateOfPerson.get(s.person) === 'MY-12' && s.left.party === 'UMNO');
  const typed = people.find((p) => p.id === sabahUmno[0].person)!.name.split(' ')[0].slice(0, 3);
  await page.goto(`/cases/${CASE}/`);
  await ready(page);
  const box = page.getByTestId('case-search');
  const heading = () => recordsHeading(page).textContent();
  const views = [{ url: /\/cases\/malaysia-2018\/$/, heading: await heading(), search: '' }];

  await page.locator('.place-list button[data-code="MY-12"]').click();
  await expect(page).toHaveURL(/\?place=MY-12$/);
  views.push({ url: /\?place=MY-12$/, heading: await heading(), search: '' });
  await page.locator('details.group summary', { hasText: 'Party left' }).click();
  await page.locator('details.group', { hasText: 'Party left' }).getByRole('checkbox', { name: /^UMNO/ }).check();
  await expect(page).toHaveURL(/\?place=MY-12&from=UMNO$/);
  views.push({ url: /\?place=MY-12&from=UMNO$/, heading: await heading(), search: '' });
  // Letter by letter: the first starts a history entry, the others rewrite it.
  await box.pressSequentially(typed);
  await expect(page).toHaveURL(new RegExp(`\\?place=MY-12&from=UMNO&q=${typed}$`));
  views.push({ url: new RegExp(`&q=${typed}$`), heading: await heading(), search: typed });
  expect(new Set(views.map((view) => view.heading)).size).toBeGreaterThan(2);

  const expectView = async (view: (typeof views)[number]) => {
    await expect(page).toHaveURL(view.url);
    await expect(recordsHeading(page)).toHaveText(view.heading!);
    await expect(box).toHaveValue(view.search);
  };
  for (const view of views.slice(0, -1).reverse()) {
    await page.goBack();
    await expectView(view);
  }
  for (const view of views.slice(1)) {
    await page.goForward();
    await expectView(view);
  }
  // The filters on screen are the restored view's, and a change from a restored view starts from it.
  await page.goBack();
  await page.goBack();
  await expectView(views[1]);
  await expect(page.locator('details.group', { hasText: 'Party left' }).getByRole('checkbox', { name: /^UMNO/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expectView(views[0]);
  await page.goBack();
  await expectView(views[1]);
});

test('the search finds an MP by another spelling of the name', async ({ page }) => {
  const person = people.find((p) => (p as PersonFile & { other_spellings?: string[] }).other_spellings?.length) as PersonFile & { other_spellings: string[] };
  await page.goto(`/cases/${CASE}/`);
  await ready(page);
  await page.getByTestId('case-search').fill(person.other_spellings[0]);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.locator('table.switches tbody tr').first()).toContainText(person.name);
});

test('a person with several switches has a page showing them in order', async ({ page }) => {
  const own = switches.filter((s) => s.person === mostMoves.id).sort((a, b) => (a.left.date.value ?? '').localeCompare(b.left.date.value ?? ''));
  expect(own.length).toBeGreaterThan(1);
  await page.goto(`/cases/${CASE}/`);
  await page.getByRole('link', { name: mostMoves.name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mostMoves.name);
  await expect(page.getByTestId('switch')).toHaveCount(own.length);
  const ids = await page.getByTestId('switch').evaluateAll((items) => items.map((item) => item.id));
  expect(ids).toEqual(own.map((s) => s.id));
  await expect(page.getByTestId('party-path')).toBeVisible();
});

test('a constituency page and a state page', async ({ page }) => {
  const [code, name, , state] = constituencies[0];
  await page.goto(`/cases/${CASE}/place/${code}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.locator('.locator svg path.class-here')).toHaveAttribute('data-code', state);
  await page.locator('.crumbs a').last().click();
  await expect(page).toHaveURL(new RegExp(`/cases/${CASE}/place/${state}/$`));
  await expect(page.getByRole('link', { name: new RegExp(`${code.replace('.', '\\.')} ${name}`) })).toBeVisible();
});

test('the exports download, and an unknown person is a real 404', async ({ page, request }) => {
  await page.goto(`/cases/${CASE}/`);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  // A header and a row per switch, after the file's '#' lines (title, licence, how to cite).
  const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\n').filter((line) => !line.startsWith('#'));
  expect(csv[0]).toMatch(/^id,person,name,/);
  expect(csv).toHaveLength(switches.length + 1);
  for (const file of ['case.json', 'popolo.json', 'places.geojson', 'datapackage.json', 'feed.xml']) {
    expect((await request.get(`/cases/${CASE}/${file}`)).status(), file).toBe(200);
  }
  expect((await request.get(`/cases/${CASE}/person/nobody-at-all/`)).status()).toBe(404);
  // The fictitious test case is never built into the site.
  expect((await request.get('/cases/examplia-2011/')).status()).toBe(404);
});

test('the header search finds another case’s MP, from an English or a Khmer page, at the case’s own address', async ({ page }) => {
  for (const start of ['/', '/km/']) {
    await page.goto(start);
    await page.locator('#site-search').fill(mostMoves.name);
    const option = page.getByRole('listbox').getByRole('option', { name: new RegExp(mostMoves.name) });
    await expect(option).toBeVisible();
    await option.click();
    await expect(page).toHaveURL(new RegExp(`/cases/${CASE}/person/${mostMoves.id}/$`));
  }
  await page.goto(`/search/?q=${encodeURIComponent(mostMoves.name)}`);
  await expect(page.getByRole('region', { name: /^In the other cases/ }).getByRole('link', { name: mostMoves.name })).toHaveAttribute('href', `/cases/${CASE}/person/${mostMoves.id}/`);
});

test('on a phone the switches and the claims are cards of labelled fields, on a desktop table rows', async ({ browser }) => {
  for (const [width, display] of [[390, 'block'], [1280, 'table-row']] as const) {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(`/cases/${CASE}/`);
    for (const table of ['table.switches', 'table.claims']) {
      const row = page.locator(`${table} tbody tr`).first();
      expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe(display);
      const labelled = row.locator('td[data-label]').first();
      const label = await labelled.getAttribute('data-label');
      const before = await labelled.evaluate((el) => getComputedStyle(el, '::before').content);
      expect(before).toBe(width === 390 ? `"${label}: "` : 'none');
      // The header row stays for screen readers, out of sight on a phone.
      expect(await page.locator(`${table} thead`).evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(width === 390 ? 1 : 100);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  }
});
