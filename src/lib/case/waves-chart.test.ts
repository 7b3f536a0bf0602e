import { describe, expect, it } from 'vitest';
import { caseWords } from './words';
import { WAVE_CHART, waveFigure, wavePanels, type WaveSeries } from './waves-chart';

const w = caseWords('en');
const source = { outlet: 'Example Times', url: 'https://example.org/seats' };
const short: WaveSeries = {
  id: 'short',
  title: 'A short wave',
  trigger: { day: '2017-10-22', label: 'the call' },
  counted: 20,
  undated: 0,
  seats: { count: 100, what: 'council seats.', source },
  series: [{ days: 5, total: 10 }, { days: 10, total: 20 }],
  claims: [{ days: 10, count: 50, text: '50', by: 'a spokesman' }, { days: 40, count: 60, text: '60', by: 'too late' }],
  span: 20
};
const long: WaveSeries = { ...short, id: 'long', title: 'A long wave', counted: 5, undated: 1, seats: { count: 200, what: 'seats', source }, series: [{ days: 100, total: 4 }], claims: [], span: 1000 };
const { height, margin, width } = WAVE_CHART;
const bottom = height - margin.bottom;

describe('the waves side by side', () => {
  const [a, b] = wavePanels([short, long], w);

  it('draws every wave on one share scale, up to the largest share claimed or counted', () => {
    // 50 of 100 seats claimed is the top: 50% sits at the top of the plot on both panels' shared ticks.
    expect(a.chart!.yTicks.at(-1)).toEqual({ y: margin.top, text: '50%' });
    expect(b.chart!.yTicks).toEqual(a.chart!.yTicks);
  });

  it('steps the sourced total from day 0 to the end of the wave, and leaves out claims beyond it', () => {
    const y = (share: number) => bottom - ((bottom - margin.top) * share) / 50;
    const x = (days: number) => margin.left + ((width - margin.right - margin.left) * days) / 20;
    expect(a.chart!.totalPath).toBe(`M${x(0)},${y(0)}H${x(5)}V${y(10)}H${x(10)}V${y(20)}H${x(20)}V${y(20)}`);
    expect(a.chart!.claims).toEqual([{ cx: x(10), cy: y(50), title: 'Day 10: 50 (a spokesman)' }]);
    expect(a.dayZero).toBe('Day 0: 22 Oct 2017, the call');
  });

  it('says what is off the chart, and where the seats come from', () => {
    expect(a.note).toBe('Seats:');
    expect(b.note).toBe(`${w.dashboard.undated(1)} Seats:`);
    expect(b.source).toEqual(source);
  });

  it('draws no share without a sourced count of seats, and says why', () => {
    const [none] = wavePanels([{ ...short, seats: undefined }], w);
    expect(none.chart).toBeUndefined();
    expect(none.note).toBe(w.overview.noSeats);
  });

  it('words a wave’s figure as its card does', () => {
    expect(waveFigure({ ...short, unit: 'people' }, w)).toEqual({
      counted: '20 people counted',
      share: '20.0% of the 100 council seats',
      text: '20 people counted: 20.0% of the 100 council seats'
    });
    expect(waveFigure({ counted: 1234, unit: 'MPs' }, w)).toEqual({ counted: '1,234 MPs counted', text: '1,234 MPs counted' });
  });
});

describe('WavePanels, rendered on the server', () => {
  const render = async (panels: ReturnType<typeof wavePanels>) => {
    const { render: renderOnServer } = await import('svelte/server');
    const { default: WavePanels } = await import('./WavePanels.svelte');
    // Without Svelte's hydration markers (comments), as a reader's browser shows it.
    return renderOnServer(WavePanels, { props: { panels, daysAxis: w.overview.daysAxis } }).body.replace(/<!--[^]*?-->/g, '');
  };

  it('draws each panel with its label, the step line and the claims, and names the seats’ source', async () => {
    const body = await render(wavePanels([short, { ...long, title: 'A <b>long</b> wave' }], w));
    expect(body.match(/data-testid="wave-panel"/g)).toHaveLength(2);
    expect(body.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(body).toContain(`<path class="total svelte-`);
    expect(body).toContain(`d="${wavePanels([short], w)[0].chart!.totalPath}"`);
    expect(body.match(/<circle class="claim/g)).toHaveLength(1);
    expect(body).toContain('<title>Day 10: 50 (a spokesman)</title>');
    // A space before the source's link, and the title as text, never markup.
    expect(body).toContain('Seats: <a href="https://example.org/seats" rel="external">Example Times</a>.');
    expect(body).toContain('A &lt;b>long&lt;/b> wave');
    expect(body).toContain('aria-label="A short wave: 20.0% of 100 council seats in sourced records"');
  });

  it('says why a wave without a sourced seat count has no chart', async () => {
    const body = await render(wavePanels([{ ...short, seats: undefined }], w));
    expect(body).not.toContain('<svg');
    expect(body).toContain(w.overview.noSeats);
  });
});
