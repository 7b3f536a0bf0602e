import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DefectionRow } from '$lib/data/rows';
import { isDatedToDay, type Bin } from '$lib/filters/counts';
import { FILTERS, slotOf } from '$lib/filters/dimensions';
import { closeSpellings, countByProvince, countByTime, cumulativeByDay, emptyingDimensions, filterRows, optionKeys, sortRows, summaryCounts, topCommunesByProvince, uncertainlyInWindow } from '../../../tests/reference/filters';
import { defaultFilterState, SORT_KEYS, type Dimension, type FilterState } from '$lib/filters/state';
import { indexOver, row } from '../../../tests/fixtures/rows';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';
import { keepUnchanged, viewOf, type DashboardView } from './view';

/** How many rows have each key (a row with several keys counts once for each). */
function countBy(rows: readonly DefectionRow[], keys: (row: DefectionRow) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) for (const key of keys(row)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

// The view as the plain definitions give it: filterRows with one dimension left out per chart, then each aggregate.
// Facets of one column (who reacted and how) are one filter, so each one's options hold the other's choice.
function referenceView(rows: readonly DefectionRow[], state: FilterState, bin: Bin): DashboardView {
  const except = (dimension: Dimension) => filterRows(rows, state, [dimension]);
  const all = sortRows(filterRows(rows, state), state);
  return {
    tableRows: all,
    tableCount: all.length,
    counts: summaryCounts(all),
    datesUncertain: uncertainlyInWindow(rows, state).length,
    provinceCounts: countByProvince(except('province')),
    topCommunes: topCommunesByProvince(except('province')),
    bins: countByTime(except('date'), bin),
    // Set against the claims: disputed records are never in it.
    cumulative: cumulativeByDay(except('date').filter((r) => r.status !== 'disputed')),
    notOnTimeline: except('date').filter((r) => !isDatedToDay(r)).length,
    options: Object.fromEntries(FILTERS.map((d) => [d.key, countBy(except(slotOf(d) as Dimension), (r) => optionKeys(r, d, state))])),
    closeSpellings: closeSpellings(rows, state.q)
  };
}

const PROVINCES = [
  ['KH-3', 'Kampong Cham'],
  ['KH-21', 'Takeo'],
  ['KH-1', 'Banteay Meanchey'],
  ['', '']
] as const;
const COMMUNES = [undefined, 'Srak', 'Champey', 'Prey Chhor'];
const KHMER_NAMES: Record<string, string> = { Srak: 'ស្រក', Champey: 'ចំប៉ី', 'Prey Chhor': 'ព្រៃឈរ' };
const DAYS = ['2017-10-22', '2017-10-23', '2017-10-28', '2017-10-30', '2017-11-05', '2017-11-16', '2018-01-02'];

const arbitraryRow = (id: number) =>
  fc
    .record({
      province: fc.constantFrom(...PROVINCES),
      commune: fc.constantFrom(...COMMUNES),
      role: fc.constantFrom<DefectionRow['role'][]>('commune-chief', 'commune-councillor', 'member-supporter', 'party-official'),
      fromParty: fc.constantFrom('CNRP', 'SRP'),
      toParty: fc.constantFrom('CPP', 'FUNCINPEC'),
      tags: fc.subarray<DefectionRow['tags'][number]>(['party-leader-prosecuted', 'keep-position', 'broken-promise']),
      reactions: fc.subarray<DefectionRow['reactions'][number]>(['constituent:critical', 'constituent:supportive', 'party:critical', 'party:neutral', 'defector:critical']),
      status: fc.constantFrom<DefectionRow['status'][]>('confirmed', 'reported', 'disputed'),
      wave: fc.constantFrom('win-win-2017', 'pre-election-2017'),
      // A day, a span of days, or undated.
      dates: fc.oneof(
        fc.constantFrom(...DAYS).map((day) => [day, day] as const),
        fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS)).map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const))),
        fc.constant([undefined, undefined] as const)
      ),
      people: fc.integer({ min: 1, max: 40 }),
      retracted: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
      name: fc.constantFrom('Ul Pov', 'Chen Choy', 'Kong Bora', 'Sok San')
    })
    .map((r) =>
      row({
        id: `r${String(id).padStart(3, '0')}`,
        name: r.name,
        provinceIso: r.province[0],
        provinceName: r.province[1],
        communeName: r.commune,
        communeNameKm: r.commune && KHMER_NAMES[r.commune],
        role: r.role,
        fromParty: r.fromParty,
        toParty: r.toParty,
        tags: r.tags,
        reactions: r.reactions,
        status: r.status,
        wave: r.wave,
        start: r.dates[0],
        end: r.dates[1],
        people: r.people,
        retracted: r.retracted,
      })
    );

const arbitraryRows = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryRow(i))));

const arbitraryState = fc
  .record({
    province: fc.subarray(['KH-3', 'KH-21', 'KH-25']),
    role: fc.subarray<FilterState['role'][number]>(['commune-chief', 'member-supporter']),
    fromParty: fc.subarray(['SRP']),
    toParty: fc.subarray(['CPP', 'FUNCINPEC']),
    reason: fc.subarray<FilterState['reason'][number]>(['keep-position', 'broken-promise', 'excluded-from-list']),
    voice: fc.subarray<FilterState['voice'][number]>(['constituent', 'defector']),
    stance: fc.subarray<FilterState['stance'][number]>(['critical', 'mixed']),
    status: fc.subarray<FilterState['status'][number]>(['confirmed', 'reported', 'disputed'], { minLength: 1 }),
    wave: fc.constantFrom('all', 'win-win-2017', 'no-such-wave'),
    from: fc.constantFrom(undefined, '2017-10-23', '2017-11-01'),
    to: fc.constantFrom(undefined, '2017-10-29', '2017-12-31'),
    dates: fc.constantFrom<FilterState['dates'][]>('within', 'overlap'),
    // Typed as written, and a letter off ('kong bara', 'champay', 'chen chey': close spellings when nothing matches).
    q: fc.constantFrom('', 'o', 'ch', 'chen c', 'srak', 'ស្រក', 'sok champey', '  Pov ', 'zz', 'kong bara', 'champay', 'chen chey'),
    sort: fc.constantFrom(...SORT_KEYS),
    descending: fc.boolean()
  })
  .map((overrides): FilterState => ({ ...defaultFilterState(DEFAULT_WAVE), ...overrides }));

/** The view with its table rows as their ids (the rows themselves are checked against the records in columns.test.ts). */
const plain = (view: DashboardView) => ({ ...view, tableRows: view.tableRows.slice().map((r) => r.id) });

/** The ids of the rows a search finds, searched one after another on the same index (as typing does). */
const searchedIds = (index: ReturnType<typeof indexOver>) => (q: string) => viewOf(index, { ...defaultFilterState(DEFAULT_WAVE), q }, 'day').tableRows.slice().map((r) => r.id);

describe('viewOf (the typed-column pass)', () => {
  it('gives what the plain definitions give, for any rows and filters, by day and by week', () => {
    fc.assert(
      fc.property(arbitraryRows, arbitraryState, fc.constantFrom<Bin>('day', 'week'), (rows, state, bin) => {
        const index = indexOver(rows);
        expect(plain(viewOf(index, state, bin))).toEqual(plain(referenceView(rows, state, bin)));
        // An empty view names the same filters, from the index's totals rather than a pass over the rows.
        expect(index.emptying(state)).toEqual(emptyingDimensions(rows, state));
      }),
      { numRuns: 300 }
    );
  });

  it('gives the same answers through a sequence of filter changes on one index (cached search and sort orders)', () => {
    fc.assert(
      fc.property(arbitraryRows, fc.array(arbitraryState, { minLength: 2, maxLength: 6 }), (rows, states) => {
        const index = indexOver(rows);
        for (const state of states) expect(plain(viewOf(index, state, 'day'))).toEqual(plain(referenceView(rows, state, 'day')));
      }),
      { numRuns: 150 }
    );
  });

  it('narrows a typed search from the previous matches without losing rows that match the longer text', () => {
    const rows = [row({ id: 'a', name: 'chen choy' }), row({ id: 'b', name: 'choeung' }), row({ id: 'c', name: 'sam chen' })];
    const index = indexOver(rows);
    const ids = searchedIds(index);
    expect(ids('ch')).toEqual(['a', 'b', 'c']);
    expect(ids('che')).toEqual(['a', 'c']);
    expect(ids('chen y')).toEqual(['a']);
    // Not a narrowing of "chen y": every row is tested again.
    expect(ids('cho')).toEqual(['a', 'b']);
  });

  it('tests a narrowed search only for the terms its earlier matches may lack', () => {
    const rows = [row({ id: 'a', name: 'person 12' }), row({ id: 'b', name: 'person 31' }), row({ id: 'c', name: 'persona 2' })];
    const index = indexOver(rows);
    const ids = searchedIds(index);
    expect(ids('person')).toEqual(['a', 'b', 'c']);
    expect(ids('person 1')).toEqual(['a', 'b']);
    // "person" and "1" are held by every earlier match; "12" is looked for.
    expect(ids('person 12')).toEqual(['a']);
    expect(ids('person 1 12')).toEqual(['a']);
    expect(ids('persona')).toEqual(['c']);
    // "son" lies within "persona": every earlier match holds it.
    expect(ids('persona son')).toEqual(['c']);
    expect(ids('persona son 2')).toEqual(['c']);
  });

  it('matches place names once per place, and finishes preparing the search texts a search needs', () => {
    const rows = [
      row({ id: 'a', name: 'chen choy', communeName: 'Srak' }),
      row({ id: 'b', name: 'sok san', communeName: 'Srak' }),
      row({ id: 'c', name: 'srakan', communeName: 'Champei', provinceIso: 'KH-21', provinceName: 'Takeo' })
    ];
    const index = indexOver(rows);
    expect(index.prepareSearch(1)).toBe(false);
    const ids = searchedIds(index);
    expect(ids('srak')).toEqual(['a', 'b', 'c']);
    expect(ids('srak sok')).toEqual(['b']);
    expect(ids('takeo srakan')).toEqual(['c']);
    expect(index.prepareSearch()).toBe(true);
  });

  it('searches close spellings when nothing holds the words as typed, and says which', () => {
    const rows = [row({ id: 'a', name: 'Chen Choy' }), row({ id: 'b', name: 'Kong Bora' }), row({ id: 'c', name: 'Sok San', communeName: 'Champey' })];
    const index = indexOver(rows);
    const view = (q: string) => viewOf(index, { ...defaultFilterState(DEFAULT_WAVE), q }, 'day');
    expect(view('chen chey').tableRows.slice().map((r) => r.id)).toEqual(['a']);
    // 'chey' is a letter from 'choy' and from 'chen': both are searched, and either may be named.
    expect(view('chen chey').closeSpellings).toEqual(expect.arrayContaining(['choy', 'chen']));
    expect(view('champay').tableRows.slice().map((r) => r.id)).toEqual(['c']);
    // Found as typed: no close spellings, even where one exists.
    expect(view('chen').closeSpellings).toEqual([]);
    // Too short to guess at, or nothing close: nothing found.
    expect(view('zz').tableCount).toBe(0);
    expect(view('kxxx yyyy').tableCount).toBe(0);
  });

  it('gives any page of the table rows without building the others', () => {
    const rows = Array.from({ length: 120 }, (_, i) => row({ id: `r${String(i).padStart(3, '0')}`, provinceIso: i % 3 ? 'KH-3' : 'KH-21' }));
    const { tableRows } = viewOf(indexOver(rows), { ...defaultFilterState(DEFAULT_WAVE), province: ['KH-3'] }, 'day');
    const all = rows.filter((r) => r.provinceIso === 'KH-3');
    expect(tableRows.length).toBe(80);
    const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
    expect(ids(tableRows.slice(0, 50))).toEqual(ids(all.slice(0, 50)));
    expect(ids(tableRows.slice(50, 100))).toEqual(ids(all.slice(50, 100)));
    expect(ids(tableRows.slice(79))).toEqual(ids(all.slice(79)));
    expect(tableRows.slice(79)[0]).toMatchObject(all[79]);
    expect(tableRows.slice(200, 250)).toEqual([]);
  });

  it('counts a record failing one filter only for that filter\'s chart', () => {
    const rows = [
      row({ id: 'in', provinceIso: 'KH-3', role: 'commune-chief' }),
      row({ id: 'other-province', provinceIso: 'KH-21', provinceName: 'Takeo', role: 'commune-chief' }),
      row({ id: 'other-role', provinceIso: 'KH-3', role: 'commune-councillor' }),
      row({ id: 'both', provinceIso: 'KH-21', provinceName: 'Takeo', role: 'commune-councillor' })
    ];
    const view = viewOf(indexOver(rows), { ...defaultFilterState(DEFAULT_WAVE), province: ['KH-3'], role: ['commune-chief'] }, 'day');
    expect(view.tableRows.slice().map((r) => r.id)).toEqual(['in']);
    expect(view.provinceCounts).toEqual(new Map([['KH-3', { records: 1, people: 1 }], ['KH-21', { records: 1, people: 1 }]]));
    expect(view.options.role).toEqual(new Map([['commune-chief', 1], ['commune-councillor', 1]]));
    expect(view.options.status).toEqual(new Map([['reported', 1]]));
  });
});

describe('keepUnchanged', () => {
  const rows = [
    row({ id: 'a', provinceIso: 'KH-3', role: 'commune-chief', start: '2017-10-23', end: '2017-10-23' }),
    row({ id: 'b', provinceIso: 'KH-21', provinceName: 'Takeo', role: 'commune-councillor', start: '2017-10-28', end: '2017-10-28' }),
    row({ id: 'c', provinceIso: 'KH-21', provinceName: 'Takeo', role: 'commune-chief', start: '2017-11-05', end: '2017-11-05' })
  ];
  const index = indexOver(rows);
  const view = (overrides: Partial<FilterState>) => viewOf(index, { ...defaultFilterState(DEFAULT_WAVE), ...overrides }, 'day');

  it('keeps the charts a filter leaves alone: the timeline under a date range, the map under a province', () => {
    const before = view({});
    const dated = keepUnchanged(before, view({ from: '2017-10-25' }));
    expect(dated.bins).toBe(before.bins);
    expect(dated.cumulative).toBe(before.cumulative);
    expect(dated.provinceCounts).not.toBe(before.provinceCounts);
    expect(dated.provinceCounts).toEqual(view({ from: '2017-10-25' }).provinceCounts);

    const inTakeo = keepUnchanged(dated, view({ from: '2017-10-25', province: ['KH-21'] }));
    expect(inTakeo.provinceCounts).toBe(dated.provinceCounts);
    expect(inTakeo.topCommunes).toBe(dated.topCommunes);
    expect(inTakeo.bins).not.toBe(dated.bins);
  });

  it('keeps each option dimension left unchanged, and takes every part that changed from the new view', () => {
    const before = view({});
    const chiefs = view({ role: ['commune-chief'] });
    const kept = keepUnchanged(before, chiefs);
    expect(kept.options.role).toBe(before.options.role);
    expect(kept.options.status).not.toBe(before.options.status);
    expect(plain(kept)).toEqual(plain(chiefs));
    expect(keepUnchanged(undefined, chiefs)).toBe(chiefs);
  });
});
