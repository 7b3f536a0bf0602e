// Every number honest (issue 22): what the headline counts, what it shows without counting, under which filters,
// and against which seats — read off the built site as a reporter would quote it.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { untilInteractive } from './interactive';

const summary = (page: Page) => page.getByTestId('summary');

/** The records' status and wave, read from data/ without the site's code. */
const records = readdirSync('data/defections')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => readFileSync(`data/defections/${name}`, 'utf8'))
  .filter((text) => !/^retracted:/m.test(text))
  .map((text) => ({ status: /^status: (\w+)$/m.exec(text)![1], wave: /^wave: ([\w-]+)$/m.exec(text)![1] }));
const inDefaultWave = records.filter((record) => record.wave === 'win-win-2017');
const confirmed = inDefaultWave.filter((record) => record.status === 'confirmed').length;
const reported = inDefaultWave.filter((record) => record.status === 'reported').length;
const disputed = records.filter((record) => record.status === 'disputed').length;

test('the headline names each status for what it is; nothing on the dashboard calls a record verified', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await expect(summary(page)).toContainText(
    `${confirmed + reported} sourced defection records (${confirmed} confirmed by two outlets, ${reported} reported by one) covering`
  );
  // The counting rule stays beside the number and says what the two words mean.
  await expect(page.locator('.intro .rule')).toContainText('confirmed: two independent outlets report it; reported: one outlet');
  for (const part of ['.intro', '.map-panel', '.timeline-panel']) await expect(page.locator(part)).not.toContainText(/verified/i);
  await expect(page.locator('meta[name="description"]')).not.toHaveAttribute('content', /verified/i);
  await expect(page.locator('.map-panel')).toContainText('People in the records shown');

  await page.goto('/km/');
  await expect(summary(page)).toContainText('បានបញ្ជាក់ដោយសារព័ត៌មានពីរ');
  await expect(summary(page)).toContainText('បានរាយការណ៍ដោយសារព័ត៌មានតែមួយ');
  // The counting rule may say that a status is not this tracker's own verification (ការផ្ទៀងផ្ទាត់); nothing else names it.
  for (const part of ['[data-testid="summary"]', '.map-panel', '.timeline-panel']) await expect(page.locator(part)).not.toContainText('ផ្ទៀងផ្ទាត់');

  await page.goto('/about/');
  await expect(page.locator('main')).toContainText('whose status is confirmed or reported: confirmed means two independent outlets report it');
  await expect(page.locator('main')).not.toContainText(/verification level/i);
});

const runningTotal = (page: Page) => page.locator('#timeline-desc');

test('disputed records are shown when asked for, never counted and never set against a claim', async ({ page }) => {
  expect(disputed).toBeGreaterThan(0);
  await page.goto('/?status=disputed&wave=all');
  await untilInteractive(page);
  await expect(summary(page)).toContainText(new RegExp(`^${disputed} disputed records?, not counted`));
  await expect(summary(page)).not.toContainText('defection record');
  await expect(page.getByTestId('claim-gap')).not.toContainText('fewer');
  await expect(page.getByTestId('claim-gap')).toContainText('Disputed records are not counted');
  // The timeline's running total, set against the claims, holds none of them.
  await expect(runningTotal(page)).toContainText('disputed ones left out (0)');

  // Shown beside counted records, they change neither the count, the gap nor the running total.
  await page.goto('/?wave=all');
  await untilInteractive(page);
  const countedGap = await page.getByTestId('claim-gap').textContent();
  const countedHeadline = (await summary(page).textContent())!;
  const countedTotal = (await runningTotal(page).textContent())!;
  await page.goto('/?status=confirmed,reported,disputed&wave=all');
  await untilInteractive(page);
  await expect(page.getByTestId('claim-gap')).toHaveText(countedGap!);
  await expect(runningTotal(page)).toHaveText(countedTotal);
  await expect(summary(page)).toHaveText(`${countedHeadline} Also shown: ${disputed} disputed record${disputed === 1 ? '' : 's'}, not counted.`);
});

test('the headline names the active filters, on the dashboard and in embeds, in both languages', async ({ page }) => {
  await page.goto('/?province=KH-6&from=2017-10-20&to=2017-10-31&role=commune-chief,first-deputy-commune-chief');
  await untilInteractive(page);
  await expect(summary(page)).toContainText(/^The call to defect, Oct–Nov 2017, in Kampong Thom, as commune chief or first deputy[^:]*: \d+ sourced defection records? \(/);
  await expect(summary(page)).toContainText('between 20 Oct 2017 and 31 Oct 2017');
  // Nothing matching still says what was asked for.
  await page.goto('/?province=KH-6&q=zzzz&from=2017-10-20&to=2017-10-31');
  await expect(summary(page)).toHaveText('The call to defect, Oct–Nov 2017, in Kampong Thom, matching “zzzz”: no record matches between 20 Oct 2017 and 31 Oct 2017.');

  await page.goto('/embed/map/?province=KH-6&reason=keep-position');
  await expect(summary(page)).toContainText(/^The call to defect, Oct–Nov 2017, in Kampong Thom, with stated reason keep/);
  await expect(page.locator('.embed-frame .rule')).toHaveText('Counted: records confirmed by two outlets or reported by one outlet; disputed records are never counted.');

  await page.goto('/km/embed/timeline/?province=KH-6&wave=all');
  await expect(summary(page)).toContainText(/^នៅកំពង់ធំ៖ /);
});

test('a view of commune officials is set against the seats the CNRP won in those roles, with the source linked', async ({ page }) => {
  await page.goto('/?role=commune-chief');
  await untilInteractive(page);
  const share = page.getByTestId('seat-share');
  await expect(share).toContainText(/^Of the 489 seats in these roles that the CNRP won on 4 Jun 2017, \d+ (person|people) \([\d.]+%\)/);
  await expect(share.locator('a')).toHaveAttribute('href', 'https://www.khmertimeskh.com/92365/');

  await page.goto('/?role=commune-chief,commune-councillor,first-deputy-commune-chief');
  await untilInteractive(page);
  await expect(page.getByTestId('seat-share')).toContainText('Of the 5,007 seats');

  // Not for a province (its seats are not known here), nor for a view that is not only of commune officials.
  for (const url of ['/?role=commune-chief&province=KH-6', '/', '/?role=commune-chief,national-assembly-member']) {
    await page.goto(url);
    await untilInteractive(page);
    await expect(page.getByTestId('seat-share')).toHaveCount(0);
  }

  await page.goto('/km/embed/map/?role=commune-chief');
  await expect(page.getByTestId('seat-share')).toContainText('ក្នុងចំណោមអាសនៈ ៤៨៩');
});
