import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DefectionRow } from '$lib/data/rows';
import { row } from '../fixtures/rows';
import { DEFAULT_WAVE } from '../fixtures/waves';
import { toDefectionRows } from '$lib/data/rows';
import { loadDataset } from '$lib/server/read-data';
import { emptyingDimensions, filterRows, predicatesFor, sortRows, uncertainlyInWindow } from './filters';
import { defaultFilterState, type Dimension, type FilterState } from '$lib/filters/state';


const state = (overrides: Partial<FilterState> = {}): FilterState => ({ ...defaultFilterState(DEFAULT_WAVE), ...overrides });
const ids = (rows: readonly DefectionRow[]) => rows.map((r) => r.id);

const ROWS: DefectionRow[] = [
  row({ id: 'a', name: 'Ul Pov', provinceIso: 'KH-3', provinceName: 'Kampong Cham', role: 'commune-councillor', start: '2017-10-28', end: '2017-10-28', tags: ['party-leader-prosecuted'], reactions: ['constituent:critical', 'party:neutral'], communeName: 'Srak', searchText: 'ul pov' }),
  row({ id: 'b', name: 'Chen Choy', provinceIso: 'KH-21', provinceName: 'Takeo', role: 'first-deputy-commune-chief', datePrecision: 'approximate', start: '2017-10-22', end: '2017-10-31', status: 'confirmed', tags: ['party-leader-prosecuted'], reactions: ['defector:critical'], communeName: 'Champei', communeAliases: 'Champey', provinceNameKm: 'តាកែវ', searchText: 'chen choy | chin choy' }),
  row({ id: 'c', name: 'Group of 40', people: 40, provinceIso: 'KH-1', provinceName: 'Banteay Meanchey', role: 'member-supporter', datePrecision: 'month', start: '2017-11-01', end: '2017-11-30', toParty: 'CPP', tags: ['keep-position'], provinceNameKm: 'បន្ទាយមានជ័យ', searchText: '' }),
  row({ id: 'd', name: 'Unnamed commune chief', unnamed: true, role: 'commune-chief', datePrecision: 'unknown', start: undefined, end: undefined, status: 'disputed', searchText: 'unnamed' }),
  row({ id: 'e', name: 'Kong Bora', fromParty: 'SRP', toParty: 'FUNCINPEC', wave: 'pre-election-2017', start: '2017-05-01', end: '2017-05-01', searchText: 'kong bora' }),
  row({ id: 'r', name: 'Retracted', retracted: true, start: '2017-10-28', end: '2017-10-28', searchText: 'retracted' })
];

describe('filterRows', () => {
  it('defaults: the default wave, confirmed and reported records, never retracted ones', () => {
    expect(ids(filterRows(ROWS, state()))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRows(ROWS, state({ wave: 'all', status: ['confirmed', 'reported', 'disputed'] })))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each<[string, Partial<FilterState>, string[]]>([
    ['province', { province: ['KH-21', 'KH-1'] }, ['b', 'c']],
    ['role', { role: ['commune-councillor'] }, ['a']],
    ['from party', { fromParty: ['SRP'], wave: 'all' }, ['e']],
    ['to party', { toParty: ['FUNCINPEC'], wave: 'all' }, ['e']],
    ['reason tag (any of)', { reason: ['keep-position', 'broken-promise'] }, ['c']],
    ['reaction stance, any voice', { stance: ['neutral'] }, ['a']],
    ['reaction stances (any of), any voice', { stance: ['critical', 'supportive'] }, ['a', 'b']],
    ['who reacted, any stance', { voice: ['defector'] }, ['b']],
    ['who reacted and how, in one reaction', { voice: ['constituent'], stance: ['critical'] }, ['a']],
    ['a stance no reaction of that voice takes', { voice: ['party'], stance: ['critical'] }, []],
    ['status', { status: ['confirmed'] }, ['b']],
    ['status disputed', { status: ['disputed'] }, ['d']],
    ['wave', { wave: 'pre-election-2017' }, ['e']],
    ['text, every word, case- and accent-insensitive', { q: '  CHAMPÉY   Takeo ' }, ['b']],
    ['text, no match', { q: 'champey kampong' }, []]
  ])('filters by %s', (_, overrides, expected) => {
    expect(ids(filterRows(ROWS, state(overrides)))).toEqual(expected);
  });

  it('combines dimensions with AND', () => {
    expect(ids(filterRows(ROWS, state({ province: ['KH-3', 'KH-21'], role: ['first-deputy-commune-chief'] })))).toEqual(['b']);
  });

  describe('dates: a record counts when its whole known span lies in the window', () => {
    it.each<[string, Partial<FilterState>, string[], string[]]>([
      // [case, window, counted (within), counted with dates=overlap]
      ['a range inside a month-precision row’s month', { from: '2017-11-10', to: '2017-11-12' }, [], ['c']],
      ['a single day inside an approximate row’s window', { from: '2017-10-30', to: '2017-10-30' }, [], ['b']],
      ['a range touching a row’s first day', { from: '2017-10-20', to: '2017-10-22' }, [], ['b']],
      ['a range holding a row’s whole window', { from: '2017-10-20', to: '2017-10-31' }, ['a', 'b'], ['a', 'b']],
      ['from only (open end)', { from: '2017-10-29' }, ['c'], ['b', 'c']],
      ['to only (open start)', { to: '2017-10-27' }, [], ['b']],
      ['a day the exact-day row falls on', { from: '2017-10-28', to: '2017-10-28' }, ['a'], ['a', 'b']],
      ['a range after everything', { from: '2017-12-01' }, [], []]
    ])('%s', (_, window, within, overlap) => {
      expect(ids(filterRows(ROWS, state(window)))).toEqual(within);
      expect(ids(filterRows(ROWS, state({ ...window, dates: 'overlap' })))).toEqual(overlap);
      // What the two rules disagree on is what may fall in the window: reported apart, whichever rule counts.
      const uncertain = overlap.filter((id) => !within.includes(id));
      expect(ids(uncertainlyInWindow(ROWS, state(window)))).toEqual(uncertain);
      expect(ids(uncertainlyInWindow(ROWS, state({ ...window, dates: 'overlap' })))).toEqual(uncertain);
    });

    it('the records that may fall in the window pass every other filter', () => {
      expect(ids(uncertainlyInWindow(ROWS, state({ from: '2017-10-30', to: '2017-10-30', province: ['KH-3'] })))).toEqual([]);
      expect(ids(uncertainlyInWindow(ROWS, state()))).toEqual([]);
    });

    it('undated rows drop out when a date filter is active, and count when none is', () => {
      const all = { wave: 'all', status: ['disputed' as const] };
      expect(ids(filterRows(ROWS, state(all)))).toEqual(['d']);
      for (const dates of ['within', 'overlap'] as const) {
        expect(ids(filterRows(ROWS, state({ ...all, dates, from: '0001-01-01' })))).toEqual([]);
        expect(ids(filterRows(ROWS, state({ ...all, dates, to: '9999-12-31' })))).toEqual([]);
      }
    });
  });

  it('retracted rows never count, whatever the filters', () => {
    fc.assert(
      fc.property(
        fc.record({
          q: fc.constantFrom('', 'retracted', 'pov'),
          wave: fc.constantFrom('all', 'win-win-2017'),
          from: fc.constantFrom(undefined, '2017-10-28'),
          status: fc.constantFrom<FilterState['status']>(['reported'], ['confirmed', 'reported', 'disputed'])
        }),
        fc.subarray(['province', 'date', 'role', 'fromParty', 'toParty', 'reason', 'reaction', 'status', 'wave', 'text'] as Dimension[]),
        (overrides, except) => {
          expect(ids(filterRows(ROWS, state(overrides), except))).not.toContain('r');
        }
      )
    );
    expect(ids(filterRows(ROWS, state({ q: 'retracted' })))).toEqual([]);
  });

  it('cross-filtering: except leaves the listed dimensions out', () => {
    const s = state({ province: ['KH-21'], role: ['commune-councillor'] });
    expect(ids(filterRows(ROWS, s))).toEqual([]);
    // The province chart shows what the role filter alone allows, and vice versa.
    expect(ids(filterRows(ROWS, s, ['province']))).toEqual(['a']);
    expect(ids(filterRows(ROWS, s, ['role']))).toEqual(['b']);
    expect(ids(filterRows(ROWS, s, ['province', 'role']))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRows(ROWS, state({ from: '2017-11-10' }), ['date']))).toEqual(['a', 'b', 'c']);
    expect(ids(filterRows(ROWS, state({ wave: 'pre-election-2017' }), ['wave']))).toEqual(['a', 'b', 'c', 'e']);
  });

  it('leaving out a dimension never removes rows', () => {
    const dims: Dimension[] = ['province', 'date', 'role', 'fromParty', 'toParty', 'reason', 'reaction', 'status', 'wave', 'text'];
    fc.assert(
      fc.property(
        fc.record({
          province: fc.subarray(['KH-1', 'KH-3', 'KH-21']),
          role: fc.subarray(['commune-chief', 'commune-councillor', 'member-supporter'] as FilterState['role']),
          from: fc.constantFrom(undefined, '2017-10-25', '2017-11-05'),
          wave: fc.constantFrom('all', 'win-win-2017')
        }),
        fc.subarray(dims),
        (overrides, except) => {
          const s = state(overrides);
          const filtered = new Set(ids(filterRows(ROWS, s)));
          const wider = ids(filterRows(ROWS, s, except));
          for (const id of filtered) expect(wider).toContain(id);
        }
      )
    );
  });

  it('predicatesFor has entries only for active dimensions', () => {
    expect([...predicatesFor(state({ wave: 'all' })).keys()]).toEqual(['status']);
    expect([...predicatesFor(state({ q: '   ', province: ['KH-3'], to: '2017-11-01' })).keys()].sort()).toEqual(['date', 'province', 'status', 'wave']);
  });
});

describe('emptyingDimensions', () => {
  it('names the dimension that empties the view', () => {
    expect(emptyingDimensions(ROWS, state({ province: ['KH-25'] }))).toEqual(['province']);
    expect(emptyingDimensions(ROWS, state({ from: '2018-01-01' }))).toEqual(['date']);
    expect(emptyingDimensions(ROWS, state({ q: 'nobody' }))).toEqual(['text']);
  });

  it('names nothing when each filter alone leaves rows (the combination is what empties)', () => {
    const s = state({ province: ['KH-21'], role: ['commune-councillor'] });
    expect(filterRows(ROWS, s)).toEqual([]);
    expect(emptyingDimensions(ROWS, s)).toEqual([]);
  });

  it('ignores retracted rows: a filter matching only a retracted record empties the view', () => {
    expect(emptyingDimensions(ROWS, state({ q: 'retracted' }))).toEqual(['text']);
  });

  it('names every dimension that alone empties the view', () => {
    expect(emptyingDimensions(ROWS, state({ province: ['KH-25'], q: 'nobody', role: ['commune-chief'] })).sort()).toEqual(['province', 'text']);
  });
});

describe('sortRows', () => {
  const live = () => ROWS.filter((r) => !r.retracted);

  it('by date ascending, undated last', () => {
    expect(ids(sortRows(live(), { sort: 'date', descending: false }))).toEqual(['e', 'b', 'a', 'c', 'd']);
  });

  it('by date descending, undated still last', () => {
    expect(ids(sortRows(live(), { sort: 'date', descending: true }))).toEqual(['c', 'a', 'b', 'e', 'd']);
  });

  it('by date: a span known on one side only sits at its known day, a span after its first day', () => {
    const rows = [
      row({ id: 'by-26', start: '0000-01-01', end: '2017-10-26' }),
      row({ id: 'after-28', start: '2017-10-28', end: '9999-12-31' }),
      row({ id: 'on-22', start: '2017-10-22', end: '2017-10-22' }),
      row({ id: 'from-22', start: '2017-10-22', end: '2017-11-21' })
    ];
    expect(ids(sortRows(rows, { sort: 'date', descending: false }))).toEqual(['on-22', 'from-22', 'by-26', 'after-28']);
  });

  it('by name, case-insensitive, both directions', () => {
    const rows = [row({ id: 'x', name: 'bun Vichet' }), row({ id: 'y', name: 'Ul Pov' }), row({ id: 'z', name: 'Chen Choy' })];
    expect(ids(sortRows([...rows], { sort: 'name', descending: false }))).toEqual(['x', 'z', 'y']);
    expect(ids(sortRows([...rows], { sort: 'name', descending: true }))).toEqual(['y', 'z', 'x']);
  });

  it('by province name, both directions', () => {
    expect(ids(sortRows(live(), { sort: 'province', descending: false }))).toEqual(['c', 'a', 'd', 'e', 'b']);
    expect(ids(sortRows(live(), { sort: 'province', descending: true }))).toEqual(['b', 'a', 'd', 'e', 'c']);
  });

  it('by role seniority (vocabulary order), both directions', () => {
    expect(ids(sortRows(live(), { sort: 'role', descending: false }))).toEqual(['d', 'b', 'a', 'e', 'c']);
    expect(ids(sortRows(live(), { sort: 'role', descending: true }))).toEqual(['c', 'a', 'e', 'b', 'd']);
  });

  it('ties break by id, ascending, whatever the direction', () => {
    const rows = [row({ id: 'b2' }), row({ id: 'a1' }), row({ id: 'c3' })];
    expect(ids(sortRows([...rows], { sort: 'province', descending: true }))).toEqual(['a1', 'b2', 'c3']);
  });

  it('is a total order: the result does not depend on the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(live(), { minLength: live().length }),
        fc.constantFrom('date' as const, 'name' as const, 'province' as const, 'role' as const),
        fc.boolean(),
        (shuffled, sort, descending) => {
          expect(ids(sortRows([...shuffled], { sort, descending }))).toEqual(ids(sortRows(live(), { sort, descending })));
        }
      )
    );
  });
});

describe('rows built from the fixture dataset', () => {
  const { dataset } = loadDataset(join(fileURLToPath(new URL('../../', import.meta.url)), 'tests/fixtures/valid'));
  const rows = toDefectionRows(dataset);

  it('carry place names, ISO codes and date intervals', () => {
    const chen = rows.find((r) => r.id === 'chen-choy')!;
    // An approximate date stands for its day: not_before/not_after (22–31 Oct) only narrow, so they change nothing here.
    expect(chen).toMatchObject({ provinceIso: 'KH-21', provinceName: 'Takeo', communeName: 'Champei', start: '2017-10-23', end: '2017-10-23', status: 'confirmed', sourceCount: 2 });
    const ulPov = rows.find((r) => r.id === 'ul-pov')!;
    expect(ulPov).toMatchObject({ provinceIso: 'KH-3', districtName: 'Kampong Siem', communeName: 'Srak', communeSlug: 'srak-030613', start: '2017-10-28', end: '2017-10-28', people: 1 });
    expect(ulPov.reactions).toEqual(['constituent:critical', 'party:distrustful', 'defector:neutral']);
  });

  it('can be found by alias and alternative spelling', () => {
    expect(ids(filterRows(rows, state({ q: 'Champey' })))).toEqual(['chen-choy']);
    expect(ids(filterRows(rows, state({ q: 'chin choy' })))).toEqual(['chen-choy']);
    // A press spelling of the province, folded as the site search folds it (Kompong → Kampong).
    expect(ids(filterRows(rows, state({ q: 'kompong cham' })))).toEqual(['ul-pov']);
    expect(ids(filterRows(rows, state({ q: 'srak' })))).toEqual(['ul-pov']);
  });

  it('filter by province ISO code and by date', () => {
    expect(ids(filterRows(rows, state({ province: ['KH-3'] })))).toEqual(['ul-pov']);
    expect(ids(filterRows(rows, state({ from: '2017-10-23', to: '2017-10-27' })))).toEqual(['chen-choy']);
    expect(ids(filterRows(rows, state({ from: '2017-10-24', to: '2017-10-31' })))).toEqual(['ul-pov']);
    expect(ids(filterRows(rows, state({ from: '2017-10-01', to: '2017-10-31' })))).toEqual(['chen-choy', 'ul-pov']);
  });
});
