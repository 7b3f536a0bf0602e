import { describe, expect, it } from 'vitest';
import { dayNumber, dayOfNumber, mondayOf } from './day';

describe('day numbers', () => {
  it('count days since 1970-01-01 and round-trip', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2017-11-16') - dayNumber('2017-10-28')).toBe(19);
    for (const day of ['2016-02-29', '2017-10-28', '2017-12-31', '2018-01-01']) expect(dayOfNumber(dayNumber(day))).toBe(day);
  });

  it('are NaN for what is not a day', () => {
    expect(dayNumber('2017-13-01')).toBeNaN();
  });
});

describe('mondayOf', () => {
  it('gives the Monday starting the week of a day, before 1970 too', () => {
    expect(mondayOf('2017-10-22')).toBe('2017-10-16');
    expect(mondayOf('2017-10-23')).toBe('2017-10-23');
    expect(mondayOf('2017-10-29')).toBe('2017-10-23');
    expect(mondayOf('1969-12-31')).toBe('1969-12-29');
  });
});
