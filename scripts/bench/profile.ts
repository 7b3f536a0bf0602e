// Where the time goes: Chrome traces and CPU profiles of a benchmark step, summarised by function.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';

/** The subset of a V8 CPU profile (Profiler.stop) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** file:line:column, the file reduced to its last path segment. */
  where: string;
  selfMs: number;
  share: number;
}

/** Functions by self time, largest first; idle and program time are left out of the shares. */
export function hotFunctions(profile: CpuProfile, limit = 15): HotFunction[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, { name: string; where: string; micros: number }>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    busy += micros;
    const file = frame.url.split('/').pop() || '(native)';
    const where = `${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const key = `${frame.functionName}@${where}`;
    const entry = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, micros: 0 };
    entry.micros += micros;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, limit)
    .map(({ name, where, micros }) => ({ name, where, selfMs: micros / 1000, share: busy ? micros / busy : 0 }));
}

export interface Profiled<T> {
  result: T;
  tracePath: string;
  hot: HotFunction[];
}

/** Runs `action` once under a Chrome trace (saved for chrome://tracing or DevTools) and a CPU profile (summarised). */
export async function profiled<T>(browser: Browser, page: Page, tracePath: string, action: () => Promise<T>): Promise<Profiled<T>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, { path: tracePath, screenshots: false });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await browser.stopTracing();
  writeFileSync(tracePath.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
  await cdp.detach();
  return { result, tracePath, hot: hotFunctions(profile) };
}
