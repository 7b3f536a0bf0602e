// How busy the machine was: a fixed CPU workload timed next to each measurement, so noisy runs can be told apart.
import { loadavg } from 'node:os';
import { median } from './stats';
import { seededRandom } from './random';

export interface MachineCheck {
  /** Median ms to sort 500,000 seeded random numbers: compare it between runs and sizes, not with other machines. */
  calibrationMs: number;
  /** 1-minute load average when measured (above the number of cores means others were competing for the CPU). */
  loadAverage: number;
}

export function checkMachine(): MachineCheck {
  const random = seededRandom(1);
  const numbers = Float64Array.from({ length: 500_000 }, () => random.next());
  const times = Array.from({ length: 3 }, () => {
    const copy = numbers.slice();
    const started = performance.now();
    copy.sort();
    return performance.now() - started;
  });
  return { calibrationMs: median(times), loadAverage: loadavg()[0] };
}
