import { describe, expect, it } from 'vitest';
import { FIGURES, failures, ratio, renderTable, sizeLabel, verdict, type SizeResult } from './report';
import { percentile, median } from './stats';

const figure = (id: string) => FIGURES.find((candidate) => candidate.id === id)!;

describe('bench statistics', () => {
  it('takes percentiles by nearest rank, so the value is one of the samples', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
    expect(median([5, 1, 3])).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('bench report', () => {
  it('applies the filter-to-paint budget of the issue at each size', () => {
    const p95 = figure('dashboard.filterP95');
    expect(verdict(p95, 10_000, 15)).toBe('pass');
    expect(verdict(p95, 10_000, 17)).toBe('FAIL');
    expect(verdict(p95, 100_000, 30)).toBe('pass');
    expect(verdict(p95, 100_000, 34)).toBe('FAIL');
    expect(verdict(p95, 1_000_000, 1000)).toBeUndefined();
  });

  it('shows growth from the smallest set', () => {
    expect(ratio(40, 4)).toBe(10);
    expect(ratio(undefined, 4)).toBeUndefined();
    expect(ratio(4, 0)).toBeUndefined();
    expect([1000, 10_000, 100_000, 2500].map(sizeLabel)).toEqual(['1k', '10k', '100k', '2500']);
  });

  it('prints one row per measured figure with budget, ratio and verdicts', () => {
    const result = (records: number, seconds: number): SizeResult => ({
      records,
      synth: { seconds: 0, reused: true },
      build: { ok: true, seconds, log: '' },
      errors: []
    });
    const results = [result(1000, 20), result(100_000, 200)];
    const table = renderTable(results);
    const row = table.split('\n').find((line) => line.startsWith('| Build time'))!;
    expect(row).toContain('≤ 180 s');
    expect(row).toContain('100k ×10.0');
    expect(row).toContain('1k pass, 100k FAIL');
    expect(table).not.toContain('First render');
    expect(failures(results)).toEqual(['Build time (vite build, prerender) at 100k: 200.0 s (budget ≤ 180 s)']);
  });
});

describe('bench report, what was measured', () => {
  it('says how many filter changes the median and p95 are over, with no growth ratio', () => {
    const spread = (count: number) => ({ count, median: 8, p95: 12, max: 20 });
    const bytes = { raw: 2000, gzip: 1000 };
    const result = (records: number, count: number) =>
      ({
        records,
        synth: { seconds: 0, reused: true },
        errors: [],
        dashboard: { loads: [], firstLoad: { js: bytes, css: bytes, html: bytes, data: bytes }, firstRender: spread(5), firstFrame: spread(5), filterToPaint: spread(count), filterToUpdated: spread(count), filterToRendered: spread(count), samples: [], byStep: {} }
      }) as unknown as SizeResult;
    const row = renderTable([result(1000, 112), result(10_000, 128)])
      .split('\n')
      .find((line) => line.startsWith('| Filter changes measured'))!;
    expect(row).toMatch(/112 changes \| +128 changes/);
    expect(row).not.toContain('×');
  });
});

describe('bench report, stopped builds', () => {
  it('shows a build stopped by its timeout as a lower bound that misses the budget', () => {
    const stopped: SizeResult = { records: 10_000, synth: { seconds: 0, reused: true }, build: { ok: false, timedOut: true, seconds: 600.2, log: '' }, errors: [] };
    expect(renderTable([stopped])).toContain('> 600.2 s');
    expect(failures([stopped])).toEqual(['Build time (vite build, prerender) at 10k: > 600.2 s (budget ≤ 180 s)']);
  });
});
