// The benchmark's figures, their budgets (issue 7) and the printed table: each value, its budget, its growth from the smallest set.
import type { DataComparison } from './measure-data';
import type { BuildResult } from './measure-build';
import type { CommunePageResult } from './measure-pages';
import type { DashboardResult } from './measure-dashboard';
import type { ValidationTiming } from './measure-validation';
import type { MachineCheck } from './machine';
import { median } from './stats';

export interface SizeResult {
  records: number;
  synth: { seconds: number; reused: boolean };
  validation?: ValidationTiming;
  build?: BuildResult;
  data?: DataComparison;
  dashboard?: DashboardResult;
  commune?: CommunePageResult | { skipped: string };
  /** Taken just before the browser measurements. */
  machine?: MachineCheck;
  errors: string[];
}

export interface Budget {
  max?: number;
  min?: number;
}

export interface Figure {
  id: string;
  label: string;
  unit: string;
  value: (result: SizeResult) => number | undefined;
  /** The budget at a given number of records; no budget when absent or when it returns undefined. */
  budget?: (records: number) => Budget | undefined;
  budgetText?: string;
  /** Shown as yes/no; no growth ratio. */
  boolean?: boolean;
  /** How much was measured, not a figure of the site: no growth ratio. */
  noRatio?: boolean;
  /** True when the value is only a lower bound (a build stopped by its timeout): shown as "> value". */
  atLeast?: (result: SizeResult) => boolean;
  digits?: number;
}

const KB = 1000;
const MB = 1000 * 1000;
const gz = (value: { gzip: number } | undefined) => (value ? value.gzip / KB : undefined);
const raw = (value: { raw: number } | undefined) => (value ? value.raw / KB : undefined);
const jsCss = (load: DashboardResult['firstLoad'] | undefined, key: 'gzip' | 'raw') => (load ? (load.js[key] + load.css[key]) / KB : undefined);
const communeLoad = (result: SizeResult) => (result.commune && 'firstLoad' in result.commune ? result.commune.firstLoad : undefined);

export const FIGURES: Figure[] = [
  { id: 'validation.seconds', label: 'Validation: read + check data/', unit: 's', value: (r) => r.validation?.seconds, digits: 1 },
  { id: 'validation.throughput', label: 'Validation throughput', unit: 'records/s', value: (r) => r.validation?.recordsPerSecond, digits: 0 },
  { id: 'build.seconds', label: 'Build time (vite build, prerender)', unit: 's', value: (r) => (r.build?.ok || r.build?.timedOut ? r.build.seconds : undefined), atLeast: (r) => Boolean(r.build?.timedOut), budget: () => ({ max: 180 }), budgetText: '≤ 180 s', digits: 1 },
  { id: 'build.megabytes', label: 'Build output size', unit: 'MB', value: (r) => (r.build?.output ? r.build.output.bytes / MB : undefined), digits: 1 },
  { id: 'build.files', label: 'Build output files', unit: 'files', value: (r) => r.build?.output?.files, digits: 0 },
  { id: 'build.communePages', label: 'Commune pages built', unit: 'pages', value: (r) => r.build?.output?.communePages, digits: 0 },
  { id: 'build.personPages', label: 'Person pages built', unit: 'pages', value: (r) => r.build?.output?.personPages, digits: 0 },
  { id: 'dashboard.firstRender', label: 'First render: navigation → map, timeline, table drawn (median)', unit: 'ms', value: (r) => r.dashboard?.firstRender.median, budget: () => ({ max: 400 }), budgetText: '≤ 400 ms', digits: 0 },
  // Until 7b5edb1 (26 Nov 2026) this was the figure reported as first render: it leaves out the first frame's own rendering.
  { id: 'dashboard.firstFrame', label: 'First render: navigation → start of that frame (median)', unit: 'ms', value: (r) => r.dashboard?.firstFrame?.median, digits: 0 },
  // Not about the site: 0 unless a new Chromium opens pages of its own interface beside it (see scripts/bench/browser.ts).
  { id: 'dashboard.browserUiPages', label: 'Check: browser interface pages loaded beside the dashboard (0 expected)', unit: '', value: (r) => r.dashboard?.browserUiPages?.length, digits: 0 },
  // The first render is the build's snapshot of the default view; filters work once every row is loaded.
  { id: 'dashboard.rowsRendered', label: 'Rows loaded: navigation → every row decoded and the view redrawn (median)', unit: 'ms', value: (r) => (r.dashboard ? median(r.dashboard.loads.map((load) => load.rowsRendered)) : undefined), digits: 0 },
  // Not in the p95 (which is measured after a reader's pause, see bench/README): a click the moment the rows render.
  { id: 'dashboard.firstChange', label: 'First filter change, made as the rows render (province click; median of loads)', unit: 'ms', value: (r) => r.dashboard?.firstChange?.median, digits: 1 },
  // A p95 is only as steady as its sample: over 32 changes it is the second slowest; over 128, the seventh.
  { id: 'dashboard.filterChanges', label: 'Filter changes measured (the median and p95 below are over these)', unit: 'changes', value: (r) => r.dashboard?.filterToPaint.count, digits: 0, noRatio: true },
  { id: 'dashboard.filterMedian', label: 'Filter-to-paint, median', unit: 'ms', value: (r) => r.dashboard?.filterToPaint.median, digits: 1 },
  {
    id: 'dashboard.filterP95',
    label: 'Filter-to-paint, p95',
    unit: 'ms',
    value: (r) => r.dashboard?.filterToPaint.p95,
    budget: (records) => (records <= 10_000 ? { max: 16 } : records <= 100_000 ? { max: 33 } : undefined),
    budgetText: '≤ 16 ms to 10k, ≤ 33 ms at 100k',
    digits: 1
  },
  // Not the budget's measure either: the page's work alone. Filter-to-paint adds the wait for the display's next frame
  // (up to 16.7 ms at 60 Hz, whatever the page does), so filter-to-paint is at least the larger of the two.
  { id: 'dashboard.updatedP95', label: 'Filter-to-updated (the page\'s own work, before the frame), p95', unit: 'ms', value: (r) => r.dashboard?.filterToUpdated?.p95, digits: 1 },
  // Not the budget's measure (that ends when the next frame starts): this one adds the frame's own style, layout and paint.
  { id: 'dashboard.renderedP95', label: 'Filter-to-rendered (the frame\'s layout and paint too), p95', unit: 'ms', value: (r) => r.dashboard?.filterToRendered?.p95, digits: 1 },
  { id: 'dashboard.jsCssGzip', label: 'Dashboard first load: JS + CSS, gzip', unit: 'KB', value: (r) => jsCss(r.dashboard?.firstLoad, 'gzip'), budget: () => ({ max: 120 }), budgetText: '≤ 120 KB', digits: 1 },
  { id: 'dashboard.jsCssRaw', label: 'Dashboard first load: JS + CSS, raw', unit: 'KB', value: (r) => jsCss(r.dashboard?.firstLoad, 'raw'), digits: 1 },
  { id: 'dashboard.htmlGzip', label: 'Dashboard first load: HTML, gzip', unit: 'KB', value: (r) => gz(r.dashboard?.firstLoad.html), digits: 1 },
  { id: 'dashboard.dataGzip', label: 'Dashboard first load: data (rows, map), gzip', unit: 'KB', value: (r) => gz(r.dashboard?.firstLoad.data), digits: 1 },
  { id: 'dashboard.dataRaw', label: 'Dashboard first load: data (rows, map), raw', unit: 'KB', value: (r) => raw(r.dashboard?.firstLoad.data), digits: 1 },
  { id: 'data.shippedGzip', label: 'Rows shipped (dashboard-rows.bin), gzip', unit: 'KB', value: (r) => gz(r.data?.shipped), digits: 1 },
  { id: 'data.plainRowsGzip', label: 'Same rows as plain JSON, gzip', unit: 'KB', value: (r) => gz(r.data?.plainRows), digits: 1 },
  { id: 'data.ratio', label: 'Shipped ÷ plain JSON (gzip)', unit: '×', value: (r) => r.data?.ratio, budget: () => ({ max: 0.5 }), budgetText: '≤ 0.5', digits: 2 },
  { id: 'data.plainRecordsGzip', label: 'Full records as plain JSON, gzip (on demand only)', unit: 'KB', value: (r) => gz(r.data?.plainRecords), digits: 0 },
  { id: 'commune.htmlGzip', label: 'Commune page (largest): HTML, gzip', unit: 'KB', value: (r) => gz(communeLoad(r)?.html), digits: 1 },
  { id: 'commune.jsCssGzip', label: 'Commune page (largest): JS + CSS, gzip', unit: 'KB', value: (r) => jsCss(communeLoad(r), 'gzip'), digits: 1 },
  { id: 'commune.dataGzip', label: 'Commune page (largest): data, gzip', unit: 'KB', value: (r) => gz(communeLoad(r)?.data), digits: 1 },
  {
    id: 'commune.noJs',
    label: 'Commune page readable without JavaScript',
    unit: '',
    value: (r) => (r.commune && 'readableWithoutJs' in r.commune ? Number(r.commune.readableWithoutJs) : undefined),
    budget: () => ({ min: 1 }),
    budgetText: 'yes',
    boolean: true
  },
  { id: 'machine.calibration', label: 'Machine check: fixed CPU workload (lower = quieter)', unit: 'ms', value: (r) => r.machine?.calibrationMs, digits: 0 },
  { id: 'machine.load', label: 'Machine check: 1-minute load average', unit: '', value: (r) => r.machine?.loadAverage, digits: 1 }
];

export const sizeLabel = (records: number) =>
  records >= 1_000_000 && records % 1_000_000 === 0 ? `${records / 1_000_000}M` : records >= 1000 && records % 1000 === 0 ? `${records / 1000}k` : String(records);

export type Verdict = 'pass' | 'FAIL' | undefined;

export function verdict(figure: Figure, records: number, value: number | undefined): Verdict {
  const budget = figure.budget?.(records);
  if (!budget || value === undefined || Number.isNaN(value)) return undefined;
  const ok = (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min);
  return ok ? 'pass' : 'FAIL';
}

/** Growth from the smallest set: "×9.8" means nearly linear for 10× the records. */
export function ratio(value: number | undefined, base: number | undefined): number | undefined {
  if (value === undefined || base === undefined || Number.isNaN(value) || Number.isNaN(base) || base === 0) return undefined;
  return value / base;
}

function formatValue(figure: Figure, value: number | undefined, atLeast = false): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (figure.boolean) return value ? 'yes' : 'no';
  return `${atLeast ? '> ' : ''}${value.toLocaleString('en-GB', { minimumFractionDigits: figure.digits ?? 1, maximumFractionDigits: figure.digits ?? 1 })}${figure.unit && figure.unit !== '×' ? ` ${figure.unit}` : ''}`;
}

export interface TableRow {
  figure: string;
  values: string[];
  budget: string;
  ratios: string;
  verdicts: string;
}

export function tableRows(results: readonly SizeResult[]): TableRow[] {
  const base = results[0];
  return FIGURES.filter((figure) => results.some((result) => figure.value(result) !== undefined)).map((figure) => {
    const values = results.map((result) => figure.value(result));
    const ratios = figure.boolean || figure.noRatio
      ? ''
      : results
          .slice(1)
          .map((result, i) => {
            const r = ratio(values[i + 1], figure.value(base));
            return r === undefined ? '' : `${sizeLabel(result.records)} ${figure.atLeast?.(result) ? '≥ ' : ''}×${r.toFixed(r < 10 ? 2 : 1)}`;
          })
          .filter(Boolean)
          .join(', ');
    const verdicts = results
      .map((result, i) => {
        const v = verdict(figure, result.records, values[i]);
        return v ? `${sizeLabel(result.records)} ${v}` : '';
      })
      .filter(Boolean)
      .join(', ');
    return { figure: figure.label, values: values.map((value, i) => formatValue(figure, value, figure.atLeast?.(results[i]))), budget: figure.budgetText ?? '—', ratios, verdicts };
  });
}

/** A Markdown table: readable in a terminal, pasteable into the README. */
export function renderTable(results: readonly SizeResult[]): string {
  const header = ['figure', ...results.map((result) => sizeLabel(result.records)), 'budget', `ratio to ${sizeLabel(results[0]?.records ?? 0)}`, 'pass/fail'];
  const rows = tableRows(results).map((row) => [row.figure, ...row.values, row.budget, row.ratios, row.verdicts]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column > 0 && column <= results.length ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, column) => (column > 0 && column <= results.length ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}

export function failures(results: readonly SizeResult[]): string[] {
  return results.flatMap((result) =>
    FIGURES.filter((figure) => verdict(figure, result.records, figure.value(result)) === 'FAIL').map(
      (figure) => `${figure.label} at ${sizeLabel(result.records)}: ${formatValue(figure, figure.value(result), figure.atLeast?.(result))} (budget ${figure.budgetText})`
    )
  );
}
