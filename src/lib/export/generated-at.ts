// When the data last changed, as every export and printed page says: free of $lib/site, so vite.config.ts can read it.
import type { Change } from '$lib/schema';

/**
 * Not the wall clock, so the same data always gives the same bytes: SOURCE_DATE_EPOCH (seconds) when set,
 * else the day of the newest entry in data/changes.yaml.
 */
export function generatedAt(changes: readonly Pick<Change, 'date'>[], sourceDateEpoch?: string): string {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch.trim())) {
    return new Date(Number(sourceDateEpoch.trim()) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const newest = changes.reduce((latest, change) => (change.date > latest ? change.date : latest), '1970-01-01');
  return `${newest}T00:00:00Z`;
}
