// The corrections log in public: a correction made by editing data/ and logging it in data/changes.yaml (here the
// first real ones, from issue 28) must be readable, with its reason, fields and evidence, on /changes/ and in the
// Atom feed /feed.xml that reporters follow.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface ChangeFile {
  date: string;
  kind: string;
  records: string[];
  summary: string;
  fields?: string[];
  reason: string;
  sources?: { outlet: string; url: string }[];
}

const changes = parse(readFileSync('data/changes.yaml', 'utf8')) as ChangeFile[];
// Morm Noy's status, corrected from disputed to reported.
const correction = changes.find((change) => change.kind === 'amended' && change.records.includes('morm-noy') && change.fields?.includes('status'))!;
// The page and the feed number entries by date, kind and first record (see toChangeLog): this one is the first of its kind.
const anchor = `${correction.date}-amended-morm-noy`;

test('the data holds the correction this spec looks for', () => {
  expect(correction, 'an "amended" entry for morm-noy with fields: [status]').toBeDefined();
  expect(changes.filter((change) => `${change.date}-${change.kind}-${change.records[0]}` === anchor)).toHaveLength(1);
  expect(readFileSync('data/defections/morm-noy.yaml', 'utf8')).toMatch(/^status: reported$/m);
});

test('/changes/ shows the correction with what changed, why, the fields and the evidence', async ({ page }) => {
  await page.goto('/changes/');
  const entry = page.locator(`li[id="${anchor}"]`);
  await expect(entry).toHaveCount(1);
  await expect(entry.locator('h3 time')).toHaveAttribute('datetime', correction.date);
  await expect(entry.locator('h3')).toContainText('Amended');
  await expect(entry).toContainText(correction.summary);
  await expect(entry.getByText('Why:', { exact: true }).locator('..')).toContainText(correction.reason);
  await expect(entry.locator('code')).toHaveText(correction.fields!);
  await expect(entry.locator('.records')).toContainText('Morm Noy (morm-noy)');
  await expect(entry.getByRole('link', { name: /Political theatre of switching parties/ })).toHaveAttribute('href', correction.sources![0].url);
  // Newest first: a correction of today comes before the first publication's entry.
  const ids = await page.locator('ol.log > li').evaluateAll((items) => items.map((item) => item.id));
  const first = changes[0];
  expect(ids.indexOf(anchor)).toBeGreaterThanOrEqual(0);
  expect(ids.indexOf(anchor)).toBeLessThan(ids.indexOf(`${first.date}-${first.kind}-${first.records[0]}`));
});

test('/changes/ logs the disputed records and names every refusal in an "added" entry', async ({ page }) => {
  await page.goto('/changes/');
  for (const id of ['ngin-nhorn-group-2016-05-28', 'komar-reachea-youth-activists-2018-01-28']) {
    const entry = page.locator(`li[id$="-disputed-${id}"]`);
    await expect(entry, id).toHaveCount(1);
    await expect(entry.locator('h3')).toContainText('Disputed');
  }
  const refusalsAdded = page.locator('li[id$="-added-chak-botha"]');
  await expect(refusalsAdded.locator('.records li')).toHaveCount(6);
});

test('/feed.xml carries the correction as an Atom entry with its reason', async ({ page, request }) => {
  const response = await request.get('/feed.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  // Parse it as XML in the browser, as a feed reader would: a malformed feed fails here.
  await page.goto('/changes/');
  const found = await page.evaluate(
    ({ xml, anchor }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      const entry = [...doc.getElementsByTagName('entry')].find((candidate) => candidate.getElementsByTagName('id')[0]?.textContent?.endsWith(`#${anchor}`));
      if (!entry) return { error: `no entry for #${anchor}` };
      const text = (name: string) => entry.getElementsByTagName(name)[0]?.textContent ?? '';
      return {
        title: text('title'),
        updated: text('updated'),
        summary: text('summary'),
        category: entry.getElementsByTagName('category')[0]?.getAttribute('term'),
        related: [...entry.getElementsByTagName('link')].filter((link) => link.getAttribute('rel') === 'related').map((link) => link.getAttribute('href'))
      };
    },
    { xml, anchor }
  );
  expect(found).not.toHaveProperty('error');
  expect(found.title).toBe('Amended: Morm Noy');
  expect(found.category).toBe('amended');
  expect(found.updated).toBe(`${correction.date}T00:00:00Z`);
  expect(found.summary).toContain(correction.summary);
  expect(found.summary).toContain(`Why: ${correction.reason}`);
  expect(found.summary).toContain(`Fields: ${correction.fields!.join(', ')}.`);
  expect(found.related).toEqual(correction.sources!.map((source) => source.url));
});
