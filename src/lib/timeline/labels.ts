// Where the timeline's labels go: claim tallies beside their dots, event numbers above their lines. Every label takes
// the first of its candidate places that stays inside the chart and clears the dots and the labels placed before it;
// a claim label that finds none is left out (its dot still gives the claim on hover, tap and focus).
import { dayToDate, panelsOf, timelineLayout, type TimelineLayout } from './scales';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PlacedLabel {
  x: number;
  /** The text's baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** The chart's 11 px text as the browser lays it out: a line box 15 px tall, its baseline 12 px down. */
export const LABEL_FONT = { ascent: 12, descent: 3 };

/** How wide a text is drawn, in pixels. */
export type Measure = (text: string) => number;

/**
 * A text's width without a browser to measure it (the prerendered page, the tests): a little over what bold digits
 * take, Khmer ones being wider. Khmer vowel signs and subscript consonants are not counted: most are drawn over, under
 * or into a letter, and the 10 px a letter is given covers the rest (counted, they made a Khmer line twice as wide).
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(/\u17d2.|[\u17b6-\u17d3]/gu, '')) width += /[\u1780-\u17ff]/.test(char) ? 10 : 6.8;
  return width;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The box a text takes, anchored at x on baseline y. */
export function textBox(x: number, y: number, text: string, anchor: PlacedLabel['anchor'], measure: Measure = textWidth): PlacedLabel {
  const width = measure(text);
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x, y, anchor, box: { x1, x2: x1 + width, y1: y - LABEL_FONT.ascent, y2: y + LABEL_FONT.descent } };
}

/** Greedy placement, in the items' order: the first candidate inside `bounds` that clears the obstacles and the labels placed so far. */
export function placeLabels<T>(items: readonly T[], candidates: (item: T) => PlacedLabel[], obstacles: readonly Box[], bounds: Box): Map<T, PlacedLabel> {
  const placed = new Map<T, PlacedLabel>();
  const taken = [...obstacles];
  for (const item of items) {
    const spot = candidates(item).find(
      ({ box }) => box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2 && !taken.some((other) => overlaps(box, other))
    );
    if (spot) {
      placed.set(item, spot);
      taken.push(spot.box);
    }
  }
  return placed;
}

const DOT_RADIUS = 4;

export interface ClaimMark {
  id: string;
  /** The dot's centre. */
  x: number;
  y: number;
  text: string;
  count: number;
}

/** Claim labels, largest claims first: beside the dot on its right, then its left, above or below. */
export function placeClaimLabels(claims: readonly ClaimMark[], layout: TimelineLayout, obstacles: readonly Box[] = [], measure: Measure = textWidth): Map<string, PlacedLabel> {
  const { cumulativeTop } = panelsOf(layout);
  const gap = DOT_RADIUS + 2;
  const dots = claims.map(({ x, y }) => ({ x1: x - DOT_RADIUS, x2: x + DOT_RADIUS, y1: y - DOT_RADIUS, y2: y + DOT_RADIUS }));
  const byClaim = placeLabels(
    [...claims].sort((a, b) => b.count - a.count),
    ({ x, y, text }) => [
      textBox(x + gap, y - 2, text, 'start', measure),
      textBox(x + gap, y + LABEL_FONT.ascent + 2, text, 'start', measure),
      textBox(x - gap, y - 2, text, 'end', measure),
      textBox(x - gap, y + LABEL_FONT.ascent + 2, text, 'end', measure),
      textBox(x, y - gap - LABEL_FONT.descent, text, 'middle', measure),
      textBox(x, y + gap + LABEL_FONT.ascent, text, 'middle', measure)
    ],
    [...dots, ...obstacles],
    { x1: layout.margin.left, x2: layout.width, y1: cumulativeTop - layout.gap / 2, y2: cumulativeTop + layout.cumulativeHeight }
  );
  return new Map([...byClaim].map(([claim, spot]) => [claim.id, spot]));
}

export interface EventMark {
  id: string;
  x: number;
  text: string;
}

/**
 * Event numbers in two rows above the bars, each over its line or, where events crowd together, moved along the row
 * to the nearest free place (the chart then draws a leader to the line). None is left out: the list below refers to them.
 */
export function placeEventLabels(events: readonly EventMark[], layout: TimelineLayout, obstacles: readonly Box[] = [], measure: Measure = textWidth): Map<string, PlacedLabel> {
  const { barsTop } = panelsOf(layout);
  const rows = [barsTop - 4, barsTop - 4 - (LABEL_FONT.ascent + LABEL_FONT.descent)];
  const step = 10;
  const shifts = [0, ...Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? 1 : -1) * step * (Math.floor(i / 2) + 1))];
  const byEvent = placeLabels(
    events,
    ({ x, text }) => shifts.flatMap((shift) => rows.map((row) => textBox(x + shift, row, text, 'middle', measure))),
    obstacles,
    { x1: 0, x2: layout.width, y1: rows[1] - LABEL_FONT.ascent, y2: barsTop }
  );
  return new Map([...byEvent].map(([event, spot]) => [event.id, spot]));
}

// The legend's parts, [title, claimed, versus, verified], on one line, else the title over the key, else the key broken
// after "versus" (the last also when nothing fits).
const LEGEND_BREAKS = [[[0, 1, 2, 3]], [[0], [1, 2, 3]], [[0], [1, 2], [3]]];

/**
 * The running totals' title and key ("claimed vs sourced, named records counted") on as few lines as fit in the chart's
 * width by the widths `measure` gives (Khmer takes far more room than English), and the layout whose gap above the
 * panel grows to hold them. The last line's baseline is 10 px above the panel, clear of the largest claim's dot on its
 * top edge (7 px out when ringed); the chart breaks its vertical lines in the gap, so none crosses the legend.
 */
export function timelineLegend(parts: readonly string[], width: number, measure: Measure = textWidth) {
  const { left } = timelineLayout(width).margin;
  const text = (line: number[]) => line.map((part) => parts[part]).join(' ');
  const breaks = LEGEND_BREAKS.find((lines) => lines.every((line) => left + measure(text(line)) <= width)) ?? LEGEND_BREAKS[2];
  const layout = timelineLayout(width, breaks.length);
  const bottom = panelsOf(layout).cumulativeTop - 10;
  const lines = breaks.map((line, i) => ({ parts: line, ...textBox(left, bottom - (breaks.length - 1 - i) * (LABEL_FONT.ascent + LABEL_FONT.descent), text(line), 'start', measure) }));
  return { layout, lines };
}

/** Both sets of labels for a timeline of `width`, as Timeline.svelte draws them (claims and events with their days). */
export function timelineLabels(
  x: (date: Date) => number,
  y: (count: number) => number,
  layout: TimelineLayout,
  claims: readonly { id: string; day: string; count: number; text: string }[],
  events: readonly { id: string; day: string; text: string }[],
  dayWidth: number,
  /** The chart's other texts (panel titles, the key), which labels must not cover. */
  obstacles: readonly Box[] = [],
  measure: Measure = textWidth
) {
  return {
    claims: placeClaimLabels(
      claims.map((claim) => ({ id: claim.id, x: x(dayToDate(claim.day)) + dayWidth / 2, y: y(claim.count), text: claim.text, count: claim.count })),
      layout,
      obstacles,
      measure
    ),
    events: placeEventLabels(
      events.map((event) => ({ id: event.id, x: x(dayToDate(event.day)), text: event.text })),
      layout,
      obstacles,
      measure
    )
  };
}

/** A claim's label ("≤200", "~2,500") with its count written by `number` (Khmer numerals on the Khmer pages). */
export function claimText(label: string, count: number, number: (value: number) => string): string {
  return label.replace(/\d[\d,.]*/, () => number(count));
}
