import { describe, expect, it } from 'vitest';
import { clamp, daysToSpan, isClick, moveSpan, resizeSpan, spanBetween, spanToDays, type BrushScale } from './brush';
import { DAY_MS } from '$lib/day';
import { dayToDate } from './scales';

// 10 px a day from 2017-10-01 at x = 40: the panel runs 40…340 (30 days).
const origin = dayToDate('2017-10-01').getTime();
const x = ((date: Date) => 40 + ((date.getTime() - origin) / DAY_MS) * 10) as BrushScale;
x.invert = (px: number) => new Date(origin + ((px - 40) / 10) * DAY_MS);
const extent: [number, number] = [40, 340];

describe('brush geometry', () => {
  it('clamps to the panel', () => {
    expect(clamp(10, extent)).toBe(40);
    expect(clamp(400, extent)).toBe(340);
    expect(clamp(100, extent)).toBe(100);
  });

  it('draws a new span in either direction, inside the panel', () => {
    expect(spanBetween(100, 160, extent)).toEqual([100, 160]);
    expect(spanBetween(160, 100, extent)).toEqual([100, 160]);
    expect(spanBetween(300, 900, extent)).toEqual([300, 340]);
    expect(spanBetween(60, -50, extent)).toEqual([40, 60]);
  });

  it('moves a span without changing its width, stopping at the edges', () => {
    expect(moveSpan([100, 160], 25, extent)).toEqual([125, 185]);
    expect(moveSpan([100, 160], 500, extent)).toEqual([280, 340]);
    expect(moveSpan([100, 160], -500, extent)).toEqual([40, 100]);
  });

  it('resizes from either edge, and turns around when an edge crosses the other', () => {
    expect(resizeSpan([100, 160], 'e', 200, extent)).toEqual([100, 200]);
    expect(resizeSpan([100, 160], 'w', 70, extent)).toEqual([70, 160]);
    expect(resizeSpan([100, 160], 'w', 190, extent)).toEqual([160, 190]);
    expect(resizeSpan([100, 160], 'e', 0, extent)).toEqual([40, 100]);
  });

  it('reads a span as whole, inclusive days, snapping each edge to the nearest midnight', () => {
    // 100 px = 7 Oct 00:00; 163 px = 13 Oct 07:12 → rounds to 13 Oct midnight, so the last whole day is 12 Oct.
    expect(spanToDays(x, [100, 163])).toEqual(['2017-10-07', '2017-10-12']);
    expect(spanToDays(x, [104, 166])).toEqual(['2017-10-07', '2017-10-13']);
    // Narrower than a day still selects one day.
    expect(spanToDays(x, [100, 102])).toEqual(['2017-10-07', '2017-10-07']);
  });

  it('turns days back into the pixels they cover, so a range round-trips', () => {
    expect(daysToSpan(x, ['2017-10-07', '2017-10-12'])).toEqual([100, 160]);
    expect(spanToDays(x, daysToSpan(x, ['2017-10-03', '2017-10-21']))).toEqual(['2017-10-03', '2017-10-21']);
  });

  it('tells a click from a drag', () => {
    expect(isClick(100, 101)).toBe(true);
    expect(isClick(100, 103)).toBe(false);
  });
});
