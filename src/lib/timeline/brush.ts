// The timeline brush's geometry: a horizontal span in pixels, dragged, moved or resized inside the bars panel, and
// read as whole days. Pure functions; TimelineBrush.svelte handles the pointer and draws the span.
import { addDays, dateToDay, dayToDate } from './scales';

/** A time scale as timeScale makes it: date → pixel, and back. */
export interface BrushScale {
  (date: Date): number;
  invert: (px: number) => Date;
}

/** Left and right pixel edges, left ≤ right. */
export type Span = [number, number];
export type Edge = 'w' | 'e';

/** A press that moves less than this selects nothing: it is a click, which clears the brush. */
export const CLICK_TOLERANCE_PX = 2;

export function clamp(value: number, [min, max]: Span): number {
  return Math.min(max, Math.max(min, value));
}

/** A new span dragged from `start` to `current`, in either direction, kept inside the panel. */
export function spanBetween(start: number, current: number, extent: Span): Span {
  const [a, b] = [clamp(start, extent), clamp(current, extent)];
  return a <= b ? [a, b] : [b, a];
}

/** The span moved by `dx` pixels, keeping its width and stopping at the panel's edges. */
export function moveSpan([left, right]: Span, dx: number, extent: Span): Span {
  const shift = Math.min(extent[1] - right, Math.max(extent[0] - left, dx));
  return [left + shift, right + shift];
}

/** One edge of the span dragged to `px`; dragging it past the other edge turns the span around. */
export function resizeSpan([left, right]: Span, edge: Edge, px: number, extent: Span): Span {
  return edge === 'w' ? spanBetween(px, right, extent) : spanBetween(left, px, extent);
}

export function isClick(start: number, end: number): boolean {
  return Math.abs(end - start) < CLICK_TOLERANCE_PX;
}

/** Pixels → the days they cover: each edge snaps to the nearest midnight; the range is inclusive, at least one day. */
export function spanToDays(x: BrushScale, [left, right]: Span): [string, string] {
  const from = dateToDay(x.invert(left));
  const to = addDays(dateToDay(x.invert(right)), -1);
  return [from, to < from ? from : to];
}

/** Days → pixels: from the start of the first day to the end of the last. */
export function daysToSpan(x: BrushScale, [from, to]: [string, string]): Span {
  return [x(dayToDate(from)), x(dayToDate(addDays(to, 1)))];
}
