// The waves side by side, drawn at build time: for each case, sourced switchers (a step line) and the claims made at
// the time (points) over days since the wave's trigger, as a share of the seats that could have switched. One y scale
// for all, so the shares compare; each wave its own x scale, as a 35-day wave and a four-year term share no useful day
// axis. Everything is laid out here, in the SVG's own units, so the pages that show it (/cases/ and the home page)
// ship markup and no charting code.
import { scaleLinear } from 'd3-scale';
import { formatDay, formatNumber } from '$lib/format';
import type { CaseWords } from './words';

/** What a panel needs of a case: its figures by days since the trigger ($lib/server/case-page's WaveOverview adds the words around them). */
export interface WaveSeries {
  id: string;
  title: string;
  trigger: { day: string; label: string };
  counted: number;
  /** Of `counted`, how many have no known date and so are not on the chart. */
  undated: number;
  seats?: { count: number; what: string; source: { outlet: string; url: string } };
  /** Counted so far, by days since the trigger. */
  series: { days: number; total: number }[];
  /** Comparable claims (running totals), by days since the trigger. */
  claims: { days: number; count: number; text: string; by: string }[];
  /** Days the chart spans: the case's period, or the wave's window. */
  span: number;
}

export interface WavePanel {
  id: string;
  title: string;
  dayZero: string;
  /** Without a sourced count of seats there is no share to draw: `note` says so. */
  chart?: {
    label: string;
    yTicks: { y: number; text: string }[];
    xTicks: { x: number; text: string }[];
    totalPath: string;
    claims: { cx: number; cy: number; title: string }[];
  };
  note: string;
  source?: { outlet: string; url: string };
}

/**
 * A wave's figure in words, as its card on /cases/ and the home page's list give it: "40 MPs counted", "18.0% of the
 * 222 seats …", and the two in one line.
 */
export function waveFigure(wave: Pick<WaveSeries, 'counted' | 'seats'> & { unit: string }, w: CaseWords): { counted: string; share?: string; text: string } {
  const { counted, seats, unit } = wave;
  const countedText = w.overview.counted(`${formatNumber(counted, 'en')} ${unit}`);
  if (!seats) return { counted: countedText, text: countedText };
  const share = w.overview.shareOfSeats(w.percent((counted / seats.count) * 100), formatNumber(seats.count, 'en'), seats.what.replace(/\.$/, ''));
  return { counted: countedText, share, text: `${countedText}: ${share}` };
}

export const WAVE_CHART = { width: 360, height: 200, margin: { top: 10, right: 12, bottom: 30, left: 44 } } as const;
const round = (value: number) => Math.round(value * 100) / 100;

/** A step-after line through the points (each value holds until the next point's x). */
function stepPath(points: readonly [number, number][]): string {
  return points.map(([x, y], i) => (i === 0 ? `M${round(x)},${round(y)}` : `H${round(x)}V${round(y)}`)).join('');
}

export function wavePanels(waves: readonly WaveSeries[], w: CaseWords): WavePanel[] {
  const { width, height, margin } = WAVE_CHART;
  const share = (count: number, seats?: { count: number }) => (seats ? (count / seats.count) * 100 : 0);
  // Only what is drawn sets the scale: claims outside a wave's span are left off its chart.
  const drawnClaims = (c: WaveSeries) => c.claims.filter((claim) => claim.days >= 0 && claim.days <= c.span);
  const topShare = Math.max(1, ...waves.flatMap((c) => [share(c.counted, c.seats), ...drawnClaims(c).map((claim) => share(claim.count, c.seats))]));
  const y = scaleLinear([0, topShare], [height - margin.bottom, margin.top]).nice();
  const yTicks = y.ticks(4).map((tick) => ({ y: round(y(tick)), text: `${tick}%` }));
  return waves.map((c) => {
    const dayZero = w.overview.dayZero(formatDay(c.trigger.day), c.trigger.label);
    if (!c.seats) return { id: c.id, title: c.title, dayZero, note: w.overview.noSeats };
    const seats = c.seats;
    const x = scaleLinear([0, Math.max(1, c.span)], [margin.left, width - margin.right]);
    const inSpan = c.series.filter((point) => point.days >= 0 && point.days <= c.span);
    const points = [{ days: 0, total: 0 }, ...inSpan, { days: c.span, total: c.series.filter((point) => point.days <= c.span).at(-1)?.total ?? 0 }];
    return {
      id: c.id,
      title: c.title,
      dayZero,
      chart: {
        label: w.overview.chartLabel(c.title, w.percent(share(c.counted, seats)), formatNumber(seats.count, 'en'), seats.what.replace(/\.$/, '')),
        yTicks,
        xTicks: x.ticks(4).map((tick) => ({ x: round(x(tick)), text: String(tick) })),
        totalPath: stepPath(points.map((point) => [x(point.days), y(share(point.total, seats))])),
        claims: drawnClaims(c).map((claim) => ({ cx: round(x(claim.days)), cy: round(y(share(claim.count, seats))), title: w.overview.claim(claim.days, claim.text, claim.by) }))
      },
      note: `${c.undated > 0 ? `${w.dashboard.undated(c.undated)} ` : ''}${w.overview.seats}`,
      source: seats.source
    };
  });
}
