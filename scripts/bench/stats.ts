// Summary statistics and byte counts the benchmark reports.
import { gzipSync } from 'node:zlib';

/** The p-th percentile (0–100) by the nearest-rank method: always one of the samples, so "p95 ≤ 16 ms" means 95% of samples were. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

export interface Bytes {
  raw: number;
  gzip: number;
}

/** Gzip at the default level (6), what static hosts typically serve. */
export function bytesOf(content: string | Uint8Array): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.byteLength, gzip: gzipSync(buffer).byteLength };
}

export function addBytes(...items: Bytes[]): Bytes {
  return items.reduce((sum, item) => ({ raw: sum.raw + item.raw, gzip: sum.gzip + item.gzip }), { raw: 0, gzip: 0 });
}
