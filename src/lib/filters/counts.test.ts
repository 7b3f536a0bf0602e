import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DefectionRow } from '$lib/data/rows';
import { row } from '../../../tests/fixtures/rows';
import { binFor, isDatedToDay } from './counts';
import { countByProvince, countByTime, countRows, cumulativeByDay, topCommunesByProvince } from '../../../tests/reference/filters';


const day = (id: string, date: string, people = 1, more: Partial<DefectionRow> = {}) => row({ id, start: date, end: date, people, ...more });

describe('countRows', () => {
  it('counts records and the people they cover', () => {
    expect(countRows([])).toEqual({ records: 0, people: 0 });
    expect(countRows([row({ id: 'a' }), row({ id: 'g', people: 40 }), row({ id: 'b', people: 2 })])).toEqual({ records: 3, people: 43 });
  });
});

describe('countByProvince', () => {
  it('groups by ISO code with records and people', () => {
    const counts = countByProvince([
      row({ id: 'a', provinceIso: 'KH-3' }),
      row({ id: 'b', provinceIso: 'KH-21', people: 5 }),
      row({ id: 'c', provinceIso: 'KH-3', people: 2 }),
      row({ id: 'n', provinceIso: '', province: '' })
    ]);
    expect(counts.get('KH-3')).toEqual({ records: 2, people: 3 });
    expect(counts.get('KH-21')).toEqual({ records: 1, people: 5 });
    expect(counts.get('')).toEqual({ records: 1, people: 1 });
    expect(counts.size).toBe(3);
  });

  it('adds up to countRows', () => {
    const arbRow = fc.record({ id: fc.string(), provinceIso: fc.constantFrom('KH-1', 'KH-3', 'KH-21', ''), people: fc.integer({ min: 1, max: 500 }) }).map((r) => row(r));
    fc.assert(
      fc.property(fc.array(arbRow), (rows) => {
        const total = countRows(rows);
        const byProvince = [...countByProvince(rows).values()];
        expect(byProvince.reduce((sum, c) => sum + c.records, 0)).toBe(total.records);
        expect(byProvince.reduce((sum, c) => sum + c.people, 0)).toBe(total.people);
      })
    );
  });
});

describe('topCommunesByProvince', () => {
  it('ranks each province’s communes by records, then by name, up to the limit', () => {
    const rows = [
      row({ id: '1', communeName: 'Srak' }),
      row({ id: '2', communeName: 'Ampil' }),
      row({ id: '3', communeName: 'Srak' }),
      row({ id: '4', communeName: 'Kokor' }),
      row({ id: '5', communeName: 'Batheay' }),
      row({ id: '6', communeName: 'Champei', provinceIso: 'KH-21' }),
      row({ id: '7' })
    ];
    const top = topCommunesByProvince(rows);
    expect(top.get('KH-3')).toEqual([
      { name: 'Srak', records: 2 },
      { name: 'Ampil', records: 1 },
      { name: 'Batheay', records: 1 }
    ]);
    expect(top.get('KH-21')).toEqual([{ name: 'Champei', records: 1 }]);
    expect(topCommunesByProvince(rows, 5).get('KH-3')).toHaveLength(4);
    expect(top.has('KH-1')).toBe(false);
  });
});

describe('isDatedToDay', () => {
  it('only rows whose interval is a single day', () => {
    expect(isDatedToDay(day('a', '2017-10-28'))).toBe(true);
    expect(isDatedToDay(row({ id: 'm', start: '2017-11-01', end: '2017-11-30', datePrecision: 'month' }))).toBe(false);
    expect(isDatedToDay(row({ id: 'u', start: undefined, end: undefined, datePrecision: 'unknown' }))).toBe(false);
  });
});

describe('binFor', () => {
  it('day bins up to 120 days, week bins beyond', () => {
    expect(binFor(0)).toBe('day');
    expect(binFor(36)).toBe('day');
    expect(binFor(120)).toBe('day');
    expect(binFor(121)).toBe('week');
    expect(binFor(730)).toBe('week');
  });
});

describe('countByTime', () => {
  const rows = [
    day('a', '2017-10-28', 1), // Saturday
    day('b', '2017-10-23', 3), // Monday
    day('c', '2017-10-29', 2), // Sunday: same week as Monday 23
    day('d', '2017-10-30', 1), // Monday: a new week
    day('e', '2017-10-28', 4),
    row({ id: 'm', start: '2017-11-01', end: '2017-11-30', datePrecision: 'month', people: 40 }),
    row({ id: 'u', start: undefined, end: undefined, datePrecision: 'unknown' })
  ];

  it('day bins: one per day with records, in order, leaving out rows not dated to a day', () => {
    expect(countByTime(rows, 'day')).toEqual([
      { start: '2017-10-23', records: 1, people: 3 },
      { start: '2017-10-28', records: 2, people: 5 },
      { start: '2017-10-29', records: 1, people: 2 },
      { start: '2017-10-30', records: 1, people: 1 }
    ]);
  });

  it('week bins start on Monday (Sunday belongs to the week before)', () => {
    expect(countByTime(rows, 'week')).toEqual([
      { start: '2017-10-23', records: 4, people: 10 },
      { start: '2017-10-30', records: 1, people: 1 }
    ]);
  });

  it('weeks cross month and year boundaries', () => {
    expect(countByTime([day('a', '2018-01-01'), day('b', '2017-12-31'), day('c', '2017-11-01')], 'week')).toEqual([
      { start: '2017-10-30', records: 1, people: 1 },
      { start: '2017-12-25', records: 1, people: 1 },
      { start: '2018-01-01', records: 1, people: 1 }
    ]);
  });

  it('every week bin starts on a Monday no later than its rows, and bins keep every day-dated person', () => {
    const isoDay = fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2019-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(isoDay, fc.integer({ min: 1, max: 50 }))), (entries) => {
        const input = entries.map(([date, people], i) => day(String(i), date, people));
        const weeks = countByTime(input, 'week');
        for (const bin of weeks) expect(new Date(`${bin.start}T00:00:00Z`).getUTCDay()).toBe(1);
        for (const r of input) {
          const bin = weeks.filter((w) => w.start <= r.start!).at(-1)!;
          const days = (Date.parse(r.start!) - Date.parse(bin.start)) / 86_400_000;
          expect(days >= 0 && days < 7).toBe(true);
        }
        expect(weeks.reduce((s, b) => s + b.people, 0)).toBe(countRows(input).people);
        expect(countByTime(input, 'day').reduce((s, b) => s + b.records, 0)).toBe(input.length);
        expect(weeks.map((w) => w.start)).toEqual([...new Set(weeks.map((w) => w.start))].sort());
      })
    );
  });
});

describe('cumulativeByDay', () => {
  it('running totals of people and records, one point per day with records', () => {
    expect(cumulativeByDay([day('a', '2017-10-28', 1), day('b', '2017-10-23', 3), day('c', '2017-10-28', 2), row({ id: 'm', start: '2017-11-01', end: '2017-11-30', people: 40 })])).toEqual([
      { day: '2017-10-23', people: 3, records: 1 },
      { day: '2017-10-28', people: 6, records: 3 }
    ]);
    expect(cumulativeByDay([])).toEqual([]);
  });
});
