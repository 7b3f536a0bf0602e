import { describe, expect, it } from 'vitest';
import { toDefectionRows } from '$lib/data/rows';
import { domainOf } from '$lib/dashboard/view';
import { toDashboardData } from '$lib/dashboard/view-data';
import { isDatedToDay } from '$lib/filters/counts';
import { khmerNumber } from '$lib/i18n/khmer';
import { loadDataset } from '$lib/server/read-data';
import { en } from '$lib/i18n/messages/dashboard.en';
import { km } from '$lib/i18n/messages/dashboard.km';
import { claimText, overlaps, placeClaimLabels, placeEventLabels, placeLabels, textBox, timelineLabels, timelineLegend, type Box } from './labels';
import { binWidth, cumulativeScale, dayToDate, panelsOf, timeScale, timelineLayout } from './scales';

const layout = timelineLayout(400);

describe('placeLabels', () => {
  const bounds: Box = { x1: 0, x2: 400, y1: 0, y2: 100 };

  it('takes the first candidate that clears obstacles and earlier labels, and leaves out what finds no room', () => {
    const items = ['a', 'b', 'c'];
    const spot = textBox(10, 50, 'xx', 'start');
    const below = textBox(10, 70, 'xx', 'start');
    const placed = placeLabels(items, () => [spot, below], [], bounds);
    expect(placed.get('a')).toBe(spot);
    expect(placed.get('b')).toBe(below);
    expect(placed.has('c')).toBe(false);
  });

  it('keeps labels inside the bounds and off the obstacles', () => {
    const outside = textBox(395, 50, 'long label', 'start');
    const onObstacle = textBox(100, 50, 'x', 'start');
    const free = textBox(200, 50, 'x', 'start');
    const placed = placeLabels(['a'], () => [outside, onObstacle, free], [{ x1: 95, x2: 120, y1: 30, y2: 60 }], bounds);
    expect(placed.get('a')).toBe(free);
  });
});

describe('placeClaimLabels and placeEventLabels', () => {
  it('move a label that would cover a neighbouring dot or label', () => {
    const claims = placeClaimLabels(
      [
        { id: 'big', x: 100, y: 200, text: '≤200', count: 200 },
        { id: 'near', x: 112, y: 196, text: '390', count: 390 }
      ],
      layout
    );
    const boxes = [...claims.values()].map((label) => label.box);
    expect(boxes).toHaveLength(2);
    expect(overlaps(boxes[0], boxes[1])).toBe(false);
    const dots = [
      { x1: 96, x2: 104, y1: 196, y2: 204 },
      { x1: 108, x2: 116, y1: 192, y2: 200 }
    ];
    for (const box of boxes) for (const dot of dots) expect(overlaps(box, dot)).toBe(false);
  });

  it('numbers events on the same day apart, none left out', () => {
    const events = placeEventLabels(
      ['4', '5', '6', '7', '8'].map((text, i) => ({ id: text, x: 200 + (i < 2 ? 0 : i * 3), text })),
      layout
    );
    expect(events.size).toBe(5);
    const boxes = [...events.values()].map((label) => label.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
  });
});

describe('the real claims and events', () => {
  const { dataset } = loadDataset();
  const rows = toDefectionRows(dataset);
  const data = toDashboardData(dataset, rows);
  const dataDays = rows.filter(isDatedToDay).map((row) => row.start);
  const defaultWave = data.waves.find((wave) => wave.default)!.id;

  describe.each([
    [390, defaultWave, 'en'],
    [1280, defaultWave, 'en'],
    [390, 'all', 'en'],
    [1280, 'all', 'en'],
    [390, defaultWave, 'km'],
    [390, 'all', 'km'],
    // The chart's width on a 390 px phone and at 1280 px (beside the map), and in a narrow embed.
    [358, defaultWave, 'en'],
    [358, defaultWave, 'km'],
    [358, 'all', 'km'],
    [523, defaultWave, 'en'],
    [523, defaultWave, 'km'],
    [300, 'all', 'km']
  ])('at %i px, period %s, %s', (width, wave, locale) => {
    const domain = domainOf(dataDays, wave, data);
    const words = (locale === 'km' ? km : en).timeline;
    const legend = timelineLegend([words.runningTotals, words.claimed, words.versus, words.verified], width);
    const layout = legend.layout;
    const x = timeScale(domain, layout);
    const inDomain = (day: string) => day >= domain[0] && day <= domain[1];
    const claims = data.claims.filter((claim) => inDomain(claim.day));
    const events = data.events.filter((event) => inDomain(event.day));
    const y = cumulativeScale(layout, Math.max(10, ...claims.map((claim) => claim.count)));
    const number = locale === 'km' ? khmerNumber : String;
    const labels = timelineLabels(
      x,
      y,
      layout,
      claims.map((claim) => ({ ...claim, text: claimText(claim.label, claim.count, number) })),
      events.map((event, i) => ({ ...event, text: number(i + 1) })),
      binWidth(x, 1),
      legend.lines.map((line) => line.box)
    );
    const boxes = [...labels.claims.values(), ...labels.events.values()].map((label) => label.box);

    it('places every event number and the largest claims', () => {
      expect(claims.length).toBeGreaterThan(0);
      expect(labels.events.size).toBe(events.length);
      const largest = [...claims].sort((a, b) => b.count - a.count)[0];
      expect(labels.claims.has(largest.id)).toBe(true);
    });

    it('sets the running totals’ title and key in the gap above the panel, clear of the claims’ dots and labels', () => {
      const { barsTop, cumulativeTop } = panelsOf(layout);
      // A dot ringed when shown reaches 7 px out; the vertical lines are drawn in the panels only, not across the gap.
      const dots = claims.map((claim) => ({ x: x(dayToDate(claim.day)) + binWidth(x, 1) / 2, y: y(claim.count) })).map(({ x, y }) => ({ x1: x - 7, x2: x + 7, y1: y - 7, y2: y + 7 }));
      expect(legend.lines.length).toBeGreaterThan(0);
      for (const { box } of legend.lines) {
        for (const dot of dots) expect(overlaps(box, dot), 'the legend on a dot').toBe(false);
        for (const label of boxes) expect(overlaps(box, label), 'the legend on a label').toBe(false);
        expect(box.y1).toBeGreaterThanOrEqual(barsTop + layout.barsHeight);
        expect(box.y2).toBeLessThanOrEqual(cumulativeTop - 7);
        expect(box.x2).toBeLessThanOrEqual(width);
      }
    });

    it('overlaps no two labels', () => {
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `labels ${i} and ${j}`).toBe(false);
    });
  });
});

describe('claimText', () => {
  it('writes the count in the reader’s numerals, keeping the qualifier', () => {
    expect(claimText('≤200', 200, khmerNumber)).toBe('≤២០០');
    expect(claimText('~2,500', 2500, khmerNumber)).toBe('~២.៥០០');
    expect(claimText('~2,500', 2500, String)).toBe('~2500');
  });
});
