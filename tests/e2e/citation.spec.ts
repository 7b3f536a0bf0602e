// Issue 22, items 8–11: one address for the site, a real corrections channel, "data as of" and an access date in every
// citation, and downloads that say what they are. Run against a build made with this environment's PUBLIC_SITE_ORIGIN
// and PUBLIC_CORRECTIONS_URL (unset: the documented default origin, and the About page's corrections section).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readSiteConfig } from '../../src/lib/site-config';
import { untilInteractive } from './interactive';

const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const config = readSiteConfig(process.env);
const ORIGIN = config.origin;
/** The newest entry of the corrections log: when the data last changed. */
const DATA_AS_OF = (parse(readFileSync('data/changes.yaml', 'utf8')) as { date: string }[])
  .map((change) => String(change.date).slice(0, 10))
  .sort()
  .at(-1)!;

function builtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? builtFiles(path) : /\.(html|xml|json|csv|geojson|txt|js)$/.test(name) ? [path] : [];
  });
}

test.describe('one address for the site', () => {
  test('every absolute link to the site in the build uses the configured origin', () => {
    const files = builtFiles(BUILD_DIR);
    expect(files.length).toBeGreaterThan(50);
    const host = new URL(ORIGIN).host;
    const strays = new Set<string>();
    let links = 0;
    for (const file of files) {
      for (const [url] of readFileSync(file, 'utf8').matchAll(/https?:\/\/[a-z0-9.:-]+/gi)) {
        const found = new URL(url).host;
        // The site's own hosts: the configured one, and any other the project has ever used (github.io, .example).
        if (found !== host && !found.includes('defection-tracker')) continue;
        links++;
        if (url !== ORIGIN) strays.add(`${url} in ${file}`);
      }
    }
    expect([...strays].slice(0, 10)).toEqual([]);
    expect(links).toBeGreaterThan(100);
  });

  test('permalinks, citations, the sitemap, the feed and every export name it', async ({ page, request }) => {
    await page.goto('/person/ul-pov/');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ORIGIN}/person/ul-pov/`);
    await expect(page.getByTestId('citation')).toContainText(`${ORIGIN}/person/ul-pov/`);
    await page.goto('/data/');
    await expect(page.locator('blockquote.citation')).toContainText(`${ORIGIN}/data/`);
    const datapackage = await (await request.get('/data/datapackage.json')).json();
    expect(datapackage.homepage).toBe(`${ORIGIN}/data/`);
    expect(datapackage.citation).toContain(`${ORIGIN}/data/`);
    expect(await (await request.get('/data/defections.csv')).text()).toContain(`Cite as: ${'Defection Tracker'}`);
    expect(await (await request.get('/data/defections.csv')).text()).toContain(`${ORIGIN}/data/`);
    expect(await (await request.get('/feed.xml')).text()).toContain(`<id>${ORIGIN}/changes/</id>`);
    expect(await (await request.get('/sitemap.xml')).text()).toContain(`<loc>${ORIGIN}/person/ul-pov/</loc>`);
  });
});

test.describe('a real way to report a correction', () => {
  test('a record’s “Report a correction” opens the configured channel with the record’s id and address filled in', async ({ page }) => {
    await page.goto('/person/ul-pov/');
    const href = (await page.getByTestId('correction-link').getAttribute('href'))!;
    if (!config.correctionsUrl) {
      expect(href).toBe('/about/#corrections');
      return;
    }
    if (config.correctionsUrl.startsWith('mailto:')) {
      expect(href.startsWith(`${config.correctionsUrl}?subject=Correction%3A%20ul-pov&body=`)).toBe(true);
      expect(decodeURIComponent(href)).toContain(`Record: ${ORIGIN}/person/ul-pov/`);
    } else {
      const url = new URL(href);
      expect(`${url.origin}${url.pathname}`).toBe(config.correctionsUrl.replace(/\?.*$/, ''));
      expect(url.searchParams.get('title')).toBe('Correction: ul-pov');
      expect(url.searchParams.get('body')).toContain(`Record: ${ORIGIN}/person/ul-pov/`);
    }
    // The Khmer page prefills the Khmer page's address.
    await page.goto('/km/person/ul-pov/');
    expect(decodeURIComponent((await page.getByTestId('correction-link').getAttribute('href'))!)).toContain(`${ORIGIN}/km/person/ul-pov/`);
  });

  for (const [path, words] of [
    ['/about/', { issue: 'open an issue', email: 'write to' }],
    ['/km/about/', { issue: 'បើក issue', email: 'សរសេរមកកាន់' }]
  ] as const) {
    test(`the About page’s corrections section gives the channel (${path})`, async ({ page }) => {
      await page.goto(`${path}#corrections`);
      const section = page.getByTestId('corrections-channel');
      if (!config.correctionsUrl) {
        await expect(section).toContainText('PUBLIC_CORRECTIONS_URL');
        return;
      }
      const email = config.correctionsUrl.startsWith('mailto:');
      await expect(section).toContainText(email ? words.email : words.issue);
      const link = page.getByTestId('corrections-address');
      await expect(link).toHaveAttribute('href', email ? new RegExp(`^${config.correctionsUrl.split('?')[0]}\\?subject=`) : config.correctionsUrl);
      await expect(link).toBeVisible();
    });
  }
});

test.describe('data as of, and an access date', () => {
  async function copiedCitation(page: Page): Promise<string> {
    await page.getByTestId('copy-citation').click();
    await expect(page.getByTestId('cite-block').getByRole('status')).not.toBeEmpty();
    return page.evaluate(() => navigator.clipboard.readText());
  }

  test('the dashboard says when the data last changed', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('data-as-of')).toContainText('Data as of');
    await expect(page.getByTestId('data-as-of').locator('time')).toHaveAttribute('datetime', `${DATA_AS_OF}T00:00:00Z`);
  });

  test('a person’s cite block gives the date of the data and of access, and copies the whole citation', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/person/ul-pov/');
    const block = page.getByTestId('cite-block');
    await expect(block.getByTestId('data-as-of').locator('time')).toHaveAttribute('datetime', DATA_AS_OF);
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await expect(block.getByTestId('accessed').locator('time')).toHaveAttribute('datetime', today);
    await expect(block.locator('.citation')).toHaveText(/ul-pov\/ Data as of \d{1,2} \w+ \d{4}\. Accessed \d{1,2} \w+ \d{4}\.$/);
    const copied = await copiedCitation(page);
    expect(copied).toContain(`record ul-pov`);
    expect(copied).toContain(`${ORIGIN}/person/ul-pov/`);
    expect(copied).toMatch(/Data as of \d{1,2} \w+ \d{4}\. Accessed \d{1,2} \w+ \d{4}\.$/);
    await expect(block.getByRole('status')).toHaveText('Copied.');
    expect(violations).toEqual([]);
  });

  test('in Khmer too', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/km/person/ul-pov/');
    await expect(page.getByTestId('cite-block').getByTestId('data-as-of')).toContainText('ទិន្នន័យគិតត្រឹម');
    const copied = await copiedCitation(page);
    expect(copied).toContain('ទិន្នន័យគិតត្រឹម');
    expect(copied).toContain('បានចូលមើលនៅ');
  });

  test('every export carries the same date', async ({ request }) => {
    const stamp = `${DATA_AS_OF}T00:00:00Z`;
    expect((await (await request.get('/data/datapackage.json')).json()).created).toBe(stamp);
    expect((await (await request.get('/data/defections.json')).json()).meta.generated).toBe(stamp);
    expect((await (await request.get('/data/popolo.json')).json()).meta.generated).toBe(stamp);
    expect((await (await request.get('/data/provinces.geojson')).json()).metadata.generated).toBe(stamp);
    expect(await (await request.get('/data/defections.csv')).text()).toContain(`generated ${stamp}`);
    expect(await (await request.get('/feed.xml')).text()).toContain(`<updated>${stamp}</updated>`);
  });
});

test.describe('downloads say what they are', () => {
  const VIEW = '/?province=KH-6&from=2017-10-20&to=2017-10-31';
  const NAME = 'defections_province-kampong-thom_2017-10-20_2017-10-31';

  async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: /Download this view/ }).getByRole('button', { name: button, exact: true }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  test('a filtered view’s CSV is named after its filters, is a table from its first line, and has its “about” beside it', async ({ page }) => {
    await page.goto(VIEW);
    await untilInteractive(page);
    const csv = await downloaded(page, 'CSV');
    expect(csv.name).toBe(`${NAME}.csv`);
    expect(csv.text.startsWith('id,')).toBe(true);
    expect(csv.text).not.toMatch(/^#/m);

    const about = await downloaded(page, 'About the CSV (.txt)');
    expect(about.name).toBe(`${NAME}.about.txt`);
    expect(about.text).toContain(`About ${NAME}.csv`);
    expect(about.text).toMatch(new RegExp(`View: ${ORIGIN}/\\?province=KH-6&from=2017-10-20&to=2017-10-31`));
    expect(about.text).toContain('(Kampong Thom)');
    expect(about.text).toContain('Counting rule: The dashboard counts defection records whose status is confirmed or reported');
    expect(about.text).toContain(`Data as of: ${DATA_AS_OF}`);
  });

  test('its JSON carries the same in its meta object', async ({ page }) => {
    await page.goto(VIEW);
    await untilInteractive(page);
    const json = await downloaded(page, 'JSON');
    expect(json.name).toBe(`${NAME}.json`);
    const { meta } = JSON.parse(json.text);
    expect(meta.generated).toBe(`${DATA_AS_OF}T00:00:00Z`);
    expect(meta.selection.view).toMatch(new RegExp(`^${ORIGIN}/\\?province=KH-6&from=2017-10-20&to=2017-10-31`));
    expect(meta.selection.countingRule).toContain(`${ORIGIN}/about/#definition`);
  });
});
