import { describe, expect, it } from 'vitest';
import { binWidth, dayToDate, fullDomain, timeScale, type TimelineLayout } from './scales';

const layout: TimelineLayout = { width: 340, margin: { top: 0, right: 0, bottom: 0, left: 40 }, barsHeight: 90, gap: 34, cumulativeHeight: 120 };

describe('binWidth', () => {
  // 2017-10-01 … 2017-10-30 over 300 px: 10 px a day.
  const x = timeScale(['2017-10-01', '2017-10-30'], layout);

  it('is the width of the bin on the scale, less a pixel between bars', () => {
    expect(binWidth(x, 1)).toBeCloseTo(9);
    expect(binWidth(x, 7)).toBeCloseTo(69);
  });

  it('is the width any bin of that length has on the scale', () => {
    const day = (d: string) => x(dayToDate(d));
    expect(binWidth(x, 1)).toBeCloseTo(day('2017-10-26') - day('2017-10-25') - 1);
    expect(binWidth(x, 7)).toBeCloseTo(day('2017-10-08') - day('2017-10-01') - 1);
  });

  it('is never narrower than a pixel', () => {
    const long = timeScale(['2000-01-01', '2029-12-31'], layout);
    expect(binWidth(long, 1)).toBe(1);
  });
});

describe('fullDomain', () => {
  const window = { start: '2020-03-10', end: '2020-04-20' };
  it('spans every dated thing, a week of margin each side', () => {
    expect(fullDomain(['2020-05-02', '2020-05-01'], window)).toEqual(['2020-04-24', '2020-05-09']);
  });
  it('with nothing dated, spans the window it is given (the default wave from data/waves.yaml), not a date of its own', () => {
    expect(fullDomain([], window)).toEqual(['2020-03-03', '2020-04-27']);
    expect(fullDomain([], { start: '2020-03-10' })).toEqual(['2020-03-03', '2020-03-17']);
  });
});
