// Filter options with cross-filtered counts: how many rows each choice would give, other filters held.
import type { DefectionRow } from '$lib/data/rows';

export function countBy<K extends string>(rows: readonly DefectionRow[], keys: (row: DefectionRow) => readonly K[] | K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const row of rows) {
    const value = keys(row);
    for (const key of (Array.isArray(value) ? value : [value]) as K[]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every option with its count; an option no row has, and that is not chosen, is `hidden`. Hidden rather than left out:
 * a filter change then updates counts and attributes, and builds no checkbox (profiled: rebuilding the options that a
 * cleared search brings back was part of the slowest filter changes).
 */
export function optionsFrom<K extends string>(
  labels: Record<K, string> | [K, string][],
  counts: ReadonlyMap<K, number>,
  keepEmpty: readonly K[] = []
): { value: K; label: string; count: number; hidden: boolean }[] {
  const entries = Array.isArray(labels) ? labels : (Object.entries(labels) as [K, string][]);
  return entries.map(([value, label]) => {
    const count = counts.get(value) ?? 0;
    return { value, label, count, hidden: count === 0 && !keepEmpty.includes(value) };
  });
}
