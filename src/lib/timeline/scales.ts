// Timeline geometry: domain, scales and ticks as plain functions. Svelte draws the marks from these.
import { scaleLinear, scaleSymlog, scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';
import { DAY_MS, dayOfNumber } from '$lib/day';

// Parsed once per day: the timeline places every bar and point on each redraw, and parsing was a visible share of it.
const DAY_TIMES = new Map<string, number>();

export function dayToDate(day: string): Date {
  let time = DAY_TIMES.get(day);
  if (time === undefined) DAY_TIMES.set(day, (time = Date.parse(`${day}T00:00:00Z`)));
  return new Date(time);
}

export function dateToDay(date: Date): string {
  return utcDay.round(date).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOfNumber(dayToDate(day).getTime() / DAY_MS + days);
}

export function daysBetween(start: string, end: string): number {
  return Math.round((dayToDate(end).getTime() - dayToDate(start).getTime()) / DAY_MS);
}

/**
 * The span to draw: the wave's window, widened to take in key events shortly before it
 * (e.g. Kem Sokha's arrest, seven weeks before the call to defect) and a few days of margin.
 */
export function timelineDomain(
  window: { start: string; end?: string },
  dated: { eventDays: string[]; dataDays: string[] },
  leadInDays = 60
): [string, string] {
  const earliestLeadIn = addDays(window.start, -leadInDays);
  const leadIn = dated.eventDays.filter((day) => day >= earliestLeadIn && day < window.start);
  const end = window.end ?? [...dated.dataDays, ...dated.eventDays].sort().at(-1) ?? window.start;
  const start = [window.start, ...leadIn].sort()[0];
  return [addDays(start, -3), addDays(end, 4)];
}

/** The wave "all": the span of every dated thing; with nothing dated, the `fallback` window (the default wave's). */
export function fullDomain(days: string[], fallback: { start: string; end?: string }): [string, string] {
  const sorted = [...days].sort();
  const start = sorted[0] ?? fallback.start;
  const end = sorted.at(-1) ?? fallback.end ?? fallback.start;
  return [addDays(start, -7), addDays(end, 7)];
}

export interface TimelineLayout {
  width: number;
  margin: { top: number; right: number; bottom: number; left: number };
  barsHeight: number;
  gap: number;
  cumulativeHeight: number;
}

/**
 * The dashboard timeline's layout at a given width: bars above, running totals below, and between them a gap that
 * holds the running totals' title and key on `legendLines` lines of 15 px (labels.ts, timelineLegend).
 */
export function timelineLayout(width: number, legendLines = 1): TimelineLayout {
  return { width, margin: { top: 40, right: 48, bottom: 24, left: 40 }, barsHeight: 90, gap: 19 + 15 * legendLines, cumulativeHeight: 120 };
}

/** Where the two panels sit (bars above, running totals below): set by the layout alone. */
export function panelsOf({ margin, barsHeight, gap, cumulativeHeight }: TimelineLayout) {
  const barsTop = margin.top;
  const cumulativeTop = barsTop + barsHeight + gap;
  return { barsTop, cumulativeTop, height: cumulativeTop + cumulativeHeight + margin.bottom };
}

// Three scales rather than one object: a filter change usually changes the bars' heights only, and what is placed by
// the time axis or the running-total axis (ticks, events, claims and their labels) is then left as it was.

export function timeScale(domain: [string, string], { width, margin }: TimelineLayout) {
  return scaleUtc()
    .domain([dayToDate(domain[0]), dayToDate(addDays(domain[1], 1))])
    .range([margin.left, Math.max(margin.left + 10, width - margin.right)]);
}

export function barScale(layout: TimelineLayout, maxBar: number) {
  const { barsTop } = panelsOf(layout);
  return scaleLinear()
    .domain([0, Math.max(1, maxBar)])
    .nice()
    .range([barsTop + layout.barsHeight, barsTop]);
}

/** Claims reach thousands while named records number dozens: a symmetric log scale keeps both readable. */
export function cumulativeScale(layout: TimelineLayout, maxCumulative: number) {
  const { cumulativeTop } = panelsOf(layout);
  return scaleSymlog()
    .domain([0, Math.max(10, maxCumulative)])
    .range([cumulativeTop + layout.cumulativeHeight, cumulativeTop]);
}

/** Tick values for the symlog axis: 0, 1, 10, 100, … up to the domain's top. */
export function logTicks(max: number): number[] {
  const ticks = [0];
  for (let value = 1; value <= max; value *= 10) ticks.push(value);
  return ticks;
}

/** Width of one bin in pixels, never less than 1. */
export function binWidth(x: (date: Date) => number, days: number): number {
  // The scale is linear in UTC time, so every bin of a given length is as wide: measured once at the epoch, not per bar
  // (building two dates per bar on every filter change is a needless part of the timeline's update).
  return Math.max(1, x(new Date(days * DAY_MS)) - x(new Date(0)) - 1);
}
