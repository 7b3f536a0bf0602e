import { describe, expect, it } from 'vitest';
import { toDefectionRows } from '$lib/data/rows';
import { filterRows, summaryCounts } from '../../../tests/reference/filters';
import { defaultFilterState, type FilterState } from '$lib/filters/state';
import { en } from '$lib/i18n/messages/en';
import { km } from '$lib/i18n/messages/km';
import { loadDataset } from '$lib/server/read-data';
import { summarise } from './summary';
import { viewOf } from './view';
import { toDashboardData } from './view-data';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';
import { indexOver } from '../../../tests/fixtures/rows';

const dataset = loadDataset().dataset;
const data = toDashboardData(dataset);
const rows = toDefectionRows(dataset);
const index = indexOver(rows);

const state = (patch: Partial<FilterState> = {}): FilterState => ({ ...defaultFilterState(DEFAULT_WAVE), ...patch });
/** The summary as the dashboard computes it: from the typed-column view. */
const summaryOf = (filters: FilterState, locale: 'en' | 'km' = 'en') =>
  summarise(viewOf(index, filters, 'week').counts, filters, data, locale === 'en' ? en : km, locale);
const viewCounts = (filters: FilterState) => viewOf(index, filters, 'week').counts;
const shown = (filters: FilterState) => filterRows(rows, filters);
const count = (list: readonly { status: string }[], status: string) => list.filter((row) => row.status === status).length;
const peopleIn = (list: readonly { people: number }[]) => list.reduce((sum, row) => sum + row.people, 0);

describe('the summary sentence', () => {
  it('names each status for what it is, with the counting rule beside it, and never says "verified"', () => {
    const view = shown(state());
    const summary = summaryOf(state());
    expect(summary.headline).toContain(
      `${view.length} sourced defection records (${count(view, 'confirmed')} confirmed by two outlets, ${count(view, 'reported')} reported by one) covering ${peopleIn(view)} people`
    );
    expect(summary.headline).not.toMatch(/verified/i);
    expect(summary.countingRule).toContain('confirmed or reported');
    expect(summary.shortRule).toBe('Counted: records confirmed by two outlets or reported by one outlet; disputed records are never counted.');
    expect(summary.countingRule).toContain('Disputed records are shown when the status filter asks for them, never counted');
    expect(summary.claim).toMatch(/a claim, not a count of named people\. This tracker has counted records \(confirmed or reported\) for/);
  });

  it('shows disputed records without counting them, and sets no claim against them', () => {
    const disputed = state({ status: ['disputed'], wave: 'all' });
    const view = shown(disputed);
    expect(view.length).toBeGreaterThan(0);
    const summary = summaryOf(disputed);
    expect(summary.headline).toMatch(new RegExp(`^${view.length} disputed records?, not counted`));
    expect(summary.headline).not.toMatch(/\(.*\(/);
    expect(summary.shortRule).toBe('Disputed records are shown here, never counted.');
    expect(summary.headline).not.toMatch(/defection records|verified/);
    expect(summary.claim).not.toContain('fewer');
    expect(summary.claim).toContain('Disputed records are not counted');
    expect(summary.countingRule).toMatch(/^Nothing shown here is counted/);
  });

  it('counts only confirmed and reported records when disputed ones are shown beside them, gap included', () => {
    const everything = state({ status: ['confirmed', 'reported', 'disputed'], wave: 'all' });
    const counted = shown(state({ wave: 'all' }));
    const disputed = count(shown(everything), 'disputed');
    const summary = summaryOf(everything);
    expect(summary.headline).toContain(`${counted.length} sourced defection records (`);
    expect(summary.headline).toContain(`covering ${peopleIn(counted)} people`);
    // People, provinces and dates are the counted records' own: the disputed ones only add the last sentence.
    expect(summary.headline).toBe(`${summaryOf(state({ wave: 'all' })).headline} Also shown: ${disputed} disputed records, not counted.`);
    expect(summary.claim).toBe(summaryOf(state({ wave: 'all' })).claim);
  });

  it('counts as the reference does, whichever statuses are shown', () => {
    for (const statuses of [['confirmed', 'reported', 'disputed'], ['disputed'], ['reported', 'disputed'], ['confirmed'], ['confirmed', 'reported']] as const) {
      for (const wave of ['all', 'win-win-2017']) {
        const filters = state({ status: [...statuses], wave });
        expect(viewOf(index, filters, 'week').counts).toEqual(summaryCounts(shown(filters)));
      }
    }
  });

  it('names the active filters in words', () => {
    const filters = state({ province: ['KH-6', 'KH-3'], role: ['commune-chief', 'commune-councillor'], fromParty: ['CNRP'], reason: ['keep-position'], q: 'srak' });
    const { headline } = summaryOf(filters);
    expect(headline).toMatch(
      /^The call to defect, Oct–Nov 2017, in Kampong Thom or Kampong Cham, as commune chief or commune councillor, from CNRP, with stated reason [^,]+, matching “srak”: /
    );
    expect(summaryOf(state({ voice: ['constituent'], stance: ['critical'], wave: 'all' })).headline).toMatch(
      /^With critical reactions by constituents: /
    );
    expect(summaryOf(state({ voice: ['party', 'defector'], wave: 'all' })).headline).toMatch(/^With reactions by a party official or the defector: /);
    // Claims are national totals of every defection: any filter, a reaction's voice too, leaves the gap uncomputed.
    expect(summaryOf(state()).claim).toMatch(/fewer\.$/);
    expect(summaryOf(state({ voice: ['constituent'] })).claim).toContain('no gap is computed for a filtered view');
    expect(summaryOf(state({ voice: ['constituent'], stance: ['critical'], wave: 'all' }), 'km').headline).toMatch(/^ប្រតិកម្ម រិះគន់ ពីប្រជាពលរដ្ឋ៖ /);
    // Even when nothing matches, the sentence says what was asked for.
    expect(summaryOf(state({ province: ['KH-6'], q: 'zzzz', from: '2017-10-20', to: '2017-10-31' })).headline).toBe(
      'The call to defect, Oct–Nov 2017, in Kampong Thom, matching “zzzz”: no record matches between 20 Oct 2017 and 31 Oct 2017.'
    );
    expect(summaryOf(state({ from: '2017-10-20', to: '2017-10-31' })).headline).toContain('between 20 Oct 2017 and 31 Oct 2017');
    // Records whose known span only reaches into the window are named beside the count, or counted when asked.
    const window = state({ from: '2017-10-20', to: '2017-10-31' });
    const mayFall = index.count(window).datesUncertain;
    expect(mayFall).toBeGreaterThan(0);
    expect(summarise(viewCounts(window), window, data, en, 'en', mayFall).headline).toContain(
      `between 20 Oct 2017 and 31 Oct 2017 (and ${mayFall} more record${mayFall === 1 ? '' : 's'} that may fall in this period, not counted here).`
    );
    const overlap = state({ from: '2017-10-20', to: '2017-10-31', dates: 'overlap' });
    expect(summarise(viewCounts(overlap), overlap, data, en, 'en', 0).headline).toContain('whose dates fall, or may fall, between 20 Oct 2017 and 31 Oct 2017.');
    expect(summarise(viewCounts(window), window, data, km, 'km', mayFall).headline).toContain('ទៀតដែលអាចស្ថិតក្នុងរយៈពេលនេះ មិនបានរាប់នៅទីនេះ');
    expect(summaryOf(filters, 'km').headline).toContain('នៅកំពង់ធំ');
  });

  it('sets a view of commune officials against the seats the party won in those roles, with the source', () => {
    const chiefs = state({ role: ['commune-chief'] });
    const people = peopleIn(shown(chiefs));
    const seats = summaryOf(chiefs).seats!;
    expect(seats.text).toContain(`Of the 489 seats in these roles that the CNRP won on 4 Jun 2017, ${people} `);
    expect(seats.text).toContain(`(${Math.round((people / 489) * 1000) / 10}%)`);
    expect(seats).toMatchObject({ outlet: 'Khmer Times', url: 'https://www.khmertimeskh.com/92365/' });
    expect(summaryOf(state({ role: ['commune-chief', 'commune-councillor'] })).seats?.text).toContain('Of the 5,007 seats');
    // Not for a province (its seats are not known here), nor for roles no tally counts.
    expect(summaryOf(state({ role: ['commune-chief'], province: ['KH-6'] })).seats).toBeUndefined();
    expect(summaryOf(state({ role: ['commune-chief', 'national-assembly-member'] })).seats).toBeUndefined();
    expect(summaryOf(state()).seats).toBeUndefined();
    expect(summaryOf(chiefs, 'km').seats?.text).toMatch(/^ក្នុងចំណោមអាសនៈ ៤៨៩ /);
  });

  it('says so when nothing matches, and reads in Khmer with Khmer digits and the status terms', () => {
    const nothing = state({ q: 'zzzz', wave: 'all' });
    expect(summarise(summaryCounts([]), nothing, data, en).headline).toBe('Matching “zzzz”: no record matches.');
    expect(summarise(summaryCounts([]), state({ wave: 'all' }), data, en).headline).toBe('No record matches these filters.');
    const inKhmer = summaryOf(state(), 'km');
    expect(inKhmer.headline).toMatch(/[០-៩]/);
    expect(inKhmer.headline).not.toMatch(/[0-9]/);
    expect(inKhmer.headline).toContain('បានបញ្ជាក់ដោយសារព័ត៌មានពីរ');
    expect(inKhmer.headline).toContain('បានរាយការណ៍ដោយសារព័ត៌មានតែមួយ');
    expect(inKhmer.headline).not.toContain('ផ្ទៀងផ្ទាត់');
    expect(summaryOf(state({ status: ['disputed'], wave: 'all' }), 'km').headline).toContain('មិនត្រូវបានរាប់ទេ');
  });
});
