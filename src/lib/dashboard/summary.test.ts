import { describe, expect, it } from 'vitest';
import { toDefectionRows } from '$lib/data/rows';
import { filterRows } from '$lib/filters/apply';
import { defaultFilterState } from '$lib/filters/state';
import { en } from '$lib/i18n/messages/en';
import { km } from '$lib/i18n/messages/km';
import { loadDataset } from '$lib/server/read-data';
import { summarise } from './summary';
import { summaryCounts } from './view';
import { toDashboardData } from './view-data';

const dataset = loadDataset().dataset;
const data = toDashboardData(dataset);
const rows = toDefectionRows(dataset);

describe('the summary sentence', () => {
  it('counts records, people and provinces of the default view, and states the counting rule', () => {
    const state = defaultFilterState();
    const view = filterRows(rows, state);
    const people = view.reduce((sum, row) => sum + row.people, 0);
    const summary = summarise(summaryCounts(view), state, data, en);
    expect(summary.headline).toContain(`${view.length} verified defection records covering ${people} people`);
    expect(summary.countingRule).toContain('confirmed or reported');
    expect(summary.claim).toMatch(/a claim, not a count of named people\. This tracker has sourced records for/);
  });

  it('computes no gap against national claims for a filtered view', () => {
    const state = { ...defaultFilterState(), provinces: ['KH-21'] };
    expect(summarise(summaryCounts(filterRows(rows, state)), state, data, en).claim).toContain('no gap is computed');
  });

  it('says so when nothing matches, and reads in Khmer with Khmer digits', () => {
    const state = { ...defaultFilterState(), q: 'zzzz' };
    expect(summarise(summaryCounts([]), state, data, en).headline).toBe('No verified defection matches these filters.');
    const inKhmer = summarise(summaryCounts(filterRows(rows, defaultFilterState())), defaultFilterState(), data, km, 'km');
    expect(inKhmer.headline).toMatch(/[០-៩]/);
    expect(inKhmer.headline).not.toMatch(/[0-9]/);
  });
});
