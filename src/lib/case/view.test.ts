import { describe, expect, it } from 'vitest';
import { readCase } from '$lib/server/read-case';
import {
  applyFilters,
  coalitionOn,
  countOf,
  countsByPlaceKey,
  filterValues,
  optionCounts,
  parseCaseQuery,
  partyPath,
  queryOf,
  runningTotal,
  searchRows,
  sequenceOf,
  switchRows,
  textOf,
  UNKNOWN_DESTINATION
} from './view';

const { data, issues } = readCase('tests/fixtures/cases/examplia-2011');
const rows = switchRows(data!);

describe('a case as rows', () => {
  it('reads the fictitious case clean', () => expect(issues).toEqual([]));

  it('has one row per switch, in date order, with the seat and its enclosing places resolved', () => {
    expect(rows.map((row) => row.id)).toEqual(['ada-example-2011-06-01', 'ada-example-2012-02', 'bo-sample-2012-05-10']);
    expect(rows[0].places).toEqual({ district: 'D01', region: 'XX-N' });
    expect(rows[1].left).toEqual({ start: '2012-02-01', end: '2012-02-29' });
    expect(rows[2].to).toBeUndefined();
  });

  it('counts people once however often they switched, and leaves statuses out of the count as the case says', () => {
    expect(countOf(rows, 'people')).toEqual({ counted: 1, people: 1, switches: 2, notCounted: 1 });
    expect(countOf(rows, 'switches').counted).toBe(2);
  });

  it('gives a person’s sequence and the parties they went through', () => {
    const sequence = sequenceOf(rows, 'ada-example');
    expect(sequence.map((row) => row.id)).toEqual(['ada-example-2011-06-01', 'ada-example-2012-02']);
    // She joined the Blues three months after leaving the Greens: an independent in between.
    expect(partyPath(sequence, 'IND')).toEqual(['GREEN', 'IND', 'BLUE', 'IND']);
    // A case with no party of the independent kind has no step to show between.
    expect(partyPath(sequence)).toEqual(['GREEN', 'BLUE', 'IND']);
    expect(partyPath(sequenceOf(rows, 'bo-sample'), 'IND')).toEqual(['RED', UNKNOWN_DESTINATION]);
  });

  it('adds each person to the running total once, on the day of their first counted switch', () => {
    expect(runningTotal(rows, 'people')).toEqual([{ day: '2011-06-01', total: 1 }]);
    expect(runningTotal(rows, 'switches')).toEqual([
      { day: '2011-06-01', total: 1 },
      { day: '2012-02-01', total: 2 }
    ]);
  });

  it('counts per place of a level', () => {
    expect(countsByPlaceKey(rows, 'region', 'people')).toEqual(new Map([['XX-N', 1], ['XX-S', 0]]));
  });

  it('reads a translated string in the asked language, else the case’s first', () => {
    expect(textOf(data!.meta.short_title, data!.meta, 'fr')).toBe('Examplia 2011–2013 (fictif)');
    expect(textOf(data!.meta.short_title, data!.meta, 'km')).toBe('Examplia 2011–2013 (fictitious)');
  });
});

describe('a case’s filters', () => {
  const known = filterValues(rows, 'region');

  it('knows each filter’s values from the rows, an unknown destination included', () => {
    expect(known.place).toEqual(['XX-N', 'XX-S']);
    expect(known.to).toEqual(['BLUE', 'IND', UNKNOWN_DESTINATION]);
  });

  it('reads the URL, ignoring unknown parameters and values, and writes it back the same', () => {
    const filters = parseCaseQuery(new URLSearchParams('from=RED,GREEN,NOPE&how=&colour=blue&status=confirmed'), known).filters;
    expect(filters).toEqual({ from: ['GREEN', 'RED'], status: ['confirmed'] });
    expect(queryOf(filters)).toBe('?from=GREEN,RED&status=confirmed');
    expect(parseCaseQuery(new URLSearchParams(queryOf(filters).slice(1)), known).filters).toEqual(filters);
    expect(queryOf({})).toBe('');
  });

  it('reports every part of a link it ignores, with the Cambodian dashboard’s reasons, and nothing for a valid link', () => {
    expect(parseCaseQuery(new URLSearchParams('place=XX-N&from=GREEN&q=ada'), known)).toEqual({ filters: { place: ['XX-N'], from: ['GREEN'] }, q: 'ada', ignored: [] });
    // An empty parameter chooses nothing and is no error, as on the Cambodian dashboard.
    expect(parseCaseQuery(new URLSearchParams('from=&q='), known)).toEqual({ filters: {}, q: '', ignored: [] });
    const parsed = parseCaseQuery(new URLSearchParams('state=XX&place=XX-N,XX-Q&bogus=1&place=XX-S&status=maybe&q=--'), known);
    expect(parsed.filters).toEqual({ place: ['XX-N'] });
    expect(parsed.q).toBe('');
    expect(parsed.ignored).toEqual([
      { param: 'state', value: 'XX', reason: 'unknown parameter' },
      { param: 'place', value: 'XX-Q', reason: 'unknown value' },
      { param: 'bogus', value: '1', reason: 'unknown parameter' },
      { param: 'place', value: 'XX-S', reason: 'repeated parameter; the first one is used' },
      { param: 'status', value: 'maybe', reason: 'unknown value' },
      { param: 'q', value: '--', reason: 'unreadable' }
    ]);
    // Percent-escapes that are not UTF-8 read as U+FFFD: no search, said so.
    expect(parseCaseQuery(new URLSearchParams('q=%E0%B8'), known).ignored).toEqual([{ param: 'q', value: '\uFFFD', reason: 'unreadable' }]);
  });

  it('writes the search after the filters, trimmed, and leaves out one with nothing searchable', () => {
    expect(queryOf({ place: ['XX-N'] }, '  ada example ')).toBe('?place=XX-N&q=ada+example');
    expect(queryOf({}, '--')).toBe('');
    expect(queryOf({}, 'x'.repeat(250))).toBe(`?q=${'x'.repeat(200)}`);
    const back = parseCaseQuery(new URLSearchParams(queryOf({ from: ['RED'] }, 'bo, sample').slice(1)), known);
    expect(back).toEqual({ filters: { from: ['RED'] }, q: 'bo, sample', ignored: [] });
  });

  it('filters rows, and counts each option with the other filters held', () => {
    expect(applyFilters(rows, { from: ['GREEN', 'RED'] }, 'region').map((row) => row.id)).toEqual(['ada-example-2011-06-01', 'bo-sample-2012-05-10']);
    expect(applyFilters(rows, { to: [UNKNOWN_DESTINATION] }, 'region').map((row) => row.person)).toEqual(['bo-sample']);
    expect(optionCounts(rows, { from: ['GREEN'], place: ['XX-S'] }, 'place', 'region')).toEqual(new Map([['XX-N', 1]]));
  });
});

describe('a case’s search', () => {
  it('ignores the case’s own level names in a query, as a place is named with or without them', () => {
    expect(searchRows(rows, 'Riverside electoral district', ['Electoral district', 'Region']).rows.map((row) => row.person)).toEqual(['bo-sample']);
    expect(searchRows(rows, 'Riverside electoral district').rows).toEqual([]);
  });

  it('finds a person by any spelling, a place or a party, by the start of a word', () => {
    expect(searchRows(rows, 'ada exemple').rows.map((row) => row.id)).toEqual(['ada-example-2011-06-01', 'ada-example-2012-02']);
    expect(searchRows(rows, 'Old Harbour').rows).toHaveLength(2);
    expect(searchRows(rows, 'riversi').rows.map((row) => row.person)).toEqual(['bo-sample']);
    expect(searchRows(rows, '').rows).toBe(rows);
  });

  it('falls back to close spellings only when nothing matches as typed, and says so', () => {
    expect(searchRows(rows, 'Bo Sampel')).toEqual({ rows: [rows[2]], close: true });
    expect(searchRows(rows, 'Zebedee').rows).toEqual([]);
  });
});

describe('coalitions', () => {
  const green = data!.parties.find((party) => party.code === 'GREEN')!;

  it('names the coalition a party sat in on the day, a dated membership before an undated one', () => {
    expect(coalitionOn(green, '2011-06-01')).toBe('UNITY');
    expect(coalitionOn(green, '2010-12-31')).toBeUndefined();
    const both = { ...green, coalitions: [{ coalition: 'ALL' }, { coalition: 'OLD', to: '2011-05' }] };
    expect(coalitionOn(both, '2011-05-31')).toBe('OLD');
    expect(coalitionOn(both, '2011-06-01')).toBe('ALL');
  });

  it('are a filter of their own', () => {
    expect(rows[0].fromCoalition).toBe('UNITY');
    expect(filterValues(rows, 'region').fromCoalition).toEqual(['UNITY']);
    expect(applyFilters(rows, { fromCoalition: ['UNITY'] }, 'region').map((row) => row.id)).toEqual(['ada-example-2011-06-01']);
  });
});
