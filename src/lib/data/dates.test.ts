import { describe, expect, it } from 'vitest';
import { dateSortKey, defectionInterval, intervalsOverlap, knownBounds, partialDateInterval } from './dates';

describe('partialDateInterval', () => {
  it('a day is itself, a month runs to its last day, a year to 31 December', () => {
    expect(partialDateInterval('2017-10-28')).toEqual({ start: '2017-10-28', end: '2017-10-28' });
    expect(partialDateInterval('2017-11')).toEqual({ start: '2017-11-01', end: '2017-11-30' });
    expect(partialDateInterval('2017-02')).toEqual({ start: '2017-02-01', end: '2017-02-28' });
    expect(partialDateInterval('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(partialDateInterval('2017-12')).toEqual({ start: '2017-12-01', end: '2017-12-31' });
    expect(partialDateInterval('2017')).toEqual({ start: '2017-01-01', end: '2017-12-31' });
  });
});

describe('defectionInterval', () => {
  it('narrows the value’s interval by not_before / not_after', () => {
    expect(defectionInterval({ value: '2017-11', precision: 'month', not_before: '2017-11-16' })).toEqual({ start: '2017-11-16', end: '2017-11-30' });
    expect(defectionInterval({ value: '2017', precision: 'year', not_after: '2017-06-04' })).toEqual({ start: '2017-01-01', end: '2017-06-04' });
  });

  it('bounds alone give an interval, open on the missing side', () => {
    expect(defectionInterval({ precision: 'range', not_before: '2017-10-22', not_after: '2017-11-26' })).toEqual({ start: '2017-10-22', end: '2017-11-26' });
    expect(defectionInterval({ precision: 'range', not_before: '2017-10-22' })).toEqual({ start: '2017-10-22', end: '9999-12-31' });
    expect(defectionInterval({ precision: 'range', not_after: '2017-10-22' })).toEqual({ start: '0000-01-01', end: '2017-10-22' });
  });

  it('no value and no bounds: unknown', () => {
    expect(defectionInterval({ precision: 'unknown', note: 'x' })).toBeUndefined();
  });

  it('contradictory bounds give start after end (reported by the cross-check)', () => {
    const interval = defectionInterval({ precision: 'range', not_before: '2017-11-02', not_after: '2017-11-01' })!;
    expect(interval.start > interval.end).toBe(true);
  });
});

describe('intervalsOverlap', () => {
  const oct = { start: '2017-10-01', end: '2017-10-31' };
  it('touching ends overlap; disjoint ones do not', () => {
    expect(intervalsOverlap(oct, { start: '2017-10-31', end: '2017-11-05' })).toBe(true);
    expect(intervalsOverlap(oct, { start: '2017-09-01', end: '2017-10-01' })).toBe(true);
    expect(intervalsOverlap(oct, { start: '2017-10-10', end: '2017-10-10' })).toBe(true);
    expect(intervalsOverlap(oct, { start: '2017-11-01', end: '2017-11-05' })).toBe(false);
    expect(intervalsOverlap({ start: '2017-11-01', end: '2017-11-05' }, oct)).toBe(false);
  });
});

describe('knownBounds and dateSortKey', () => {
  it('leave out an open side, and order a span by its first known day, then its last', () => {
    expect(knownBounds({ start: '0000-01-01', end: '2017-10-26' })).toEqual({ start: undefined, end: '2017-10-26' });
    expect(knownBounds({ start: '2017-11-28', end: '9999-12-31' })).toEqual({ start: '2017-11-28', end: undefined });
    const keys = [
      { start: '2017-10-22', end: '2017-11-21' },
      { start: '0000-01-01', end: '2017-10-26' },
      { start: '2017-10-22', end: '2017-10-22' },
      { start: '2017-10-27', end: '2017-10-30' }
    ].map(dateSortKey);
    expect([...keys].sort()).toEqual(['2017-10-22/2017-10-22', '2017-10-22/2017-11-21', '2017-10-26/2017-10-26', '2017-10-27/2017-10-30']);
    expect(dateSortKey({})).toBeUndefined();
  });
});
