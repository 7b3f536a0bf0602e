// A filter added by its declaration alone: the URL, the index's counts, the options and the reference follow.
import { describe, expect, it } from 'vitest';
import type { DashboardLists } from '$lib/dashboard/lists';
import { viewOf } from '$lib/dashboard/view';
import { en } from '$lib/i18n/messages/en';
import { row } from '../../../tests/fixtures/rows';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';
import { encodeRows } from './columns';
import { FILTERS, type OneOf } from './dimensions';
import { controlsOf } from './options';
import { filterRows } from '../../../tests/reference/filters';
import { RowIndex } from './row-index';
import { defaultFilterState, valuesOf } from './state';
import { parseFilterParams, serializeFilterState } from './url';

// Throwaway: the district, which the dashboard does not filter by.
const district = {
  key: 'district',
  kind: 'one-of',
  param: 'district',
  column: 'district',
  of: (r) => r.district ?? '',
  known: ['0301', '0302'],
  labels: () => [['0301', 'Batheay'], ['0302', 'Chamkar Leu']]
} satisfies OneOf & { key: string };
const filters = [...FILTERS, district];

const rows = [
  row({ id: 'a', district: '0301' }),
  row({ id: 'b', district: '0302' }),
  row({ id: 'c', district: '0302', role: 'commune-chief' }),
  row({ id: 'd' })
];
const vocabulary = { provinces: new Set(['KH-3']), parties: new Set(['CNRP', 'CPP']), waves: new Set([DEFAULT_WAVE]), defaultWave: DEFAULT_WAVE };
const lists = { parties: [], provinces: [], waves: [], claims: [], events: [], seats: [], recordCount: rows.length, refusals: 0 } satisfies DashboardLists;

describe('a filter declared and nothing else', () => {
  const { state, ignored } = parseFilterParams(new URLSearchParams('district=0302,9999&role=commune-chief'), vocabulary, filters);

  it('is read from the URL and written back to it, unknown values reported', () => {
    expect(valuesOf(state).district).toEqual(['0302']);
    expect(ignored).toEqual([{ param: 'district', value: '9999', reason: 'unknown value' }]);
    expect(serializeFilterState(state, DEFAULT_WAVE, filters)).toBe('role=commune-chief&district=0302');
    expect(serializeFilterState(defaultFilterState(DEFAULT_WAVE, filters), DEFAULT_WAVE, filters)).toBe('');
  });

  it('filters and counts in the index as in the reference, its options counted with the other filters held', () => {
    const index = new RowIndex(encodeRows(rows, filters), filters);
    const view = viewOf(index, state, 'day');
    expect(view.tableRows.slice().map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, state, [], filters).map((r) => r.id)).toEqual(['c']);
    // The district's counts hold the role filter; the role's hold the district filter.
    expect(view.options.district).toEqual(new Map([['0302', 1]]));
    expect(view.options.role).toEqual(new Map([['commune-chief', 1], ['commune-councillor', 1]]));
    expect(index.emptying({ ...state, ...{ district: ['0301'] }, role: ['commune-chief'] })).toEqual([]);

    const control = controlsOf(state, view.options, en as never, lists, filters).find((c) => c.key === 'district');
    expect(control).toMatchObject({
      selected: ['0302'],
      options: [
        { value: '0301', label: 'Batheay', count: 0, hidden: true },
        { value: '0302', label: 'Chamkar Leu', count: 1, hidden: false }
      ]
    });
  });
});
