// Counts for the map, the timeline and the summary sentence.
import type { DefectionRow } from '$lib/data/rows';

export interface Count {
  /** Defection records (events). */
  records: number;
  /** People those records cover (a group record counts its stated size). */
  people: number;
}

export function countRows(rows: readonly DefectionRow[]): Count {
  let people = 0;
  for (const row of rows) people += row.people;
  return { records: rows.length, people };
}

export function countByProvince(rows: readonly DefectionRow[]): Map<string, Count> {
  const counts = new Map<string, Count>();
  for (const row of rows) {
    const count = counts.get(row.provinceIso) ?? { records: 0, people: 0 };
    count.records += 1;
    count.people += row.people;
    counts.set(row.provinceIso, count);
  }
  return counts;
}

/** A commune among its province's most frequent, named in both scripts. */
export interface TopCommune {
  name: string;
  nameKm?: string;
  records: number;
}

/** Top communes of every province in one pass over the rows. */
export function topCommunesByProvince(rows: readonly DefectionRow[], limit = 3): Map<string, TopCommune[]> {
  const counts = new Map<string, Map<string, number>>();
  const khmerNames = new Map<string, string | undefined>();
  for (const row of rows) {
    if (!row.communeName) continue;
    let communes = counts.get(row.provinceIso);
    if (!communes) counts.set(row.provinceIso, (communes = new Map()));
    communes.set(row.communeName, (communes.get(row.communeName) ?? 0) + 1);
    const key = `${row.provinceIso}\u0000${row.communeName}`;
    if (!khmerNames.has(key)) khmerNames.set(key, row.communeNameKm);
  }
  const top = new Map<string, TopCommune[]>();
  for (const [iso, communes] of counts) {
    top.set(
      iso,
      [...communes]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([name, records]) => ({ name, nameKm: khmerNames.get(`${iso}\u0000${name}`), records }))
    );
  }
  return top;
}

/** Only rows dated to a single day can be placed on a daily timeline. */
export function isDatedToDay(row: DefectionRow): boolean {
  return row.start !== undefined && row.start === row.end;
}

export type Bin = 'day' | 'week';

/** Day bins for spans up to ~4 months, week bins (starting Monday) beyond. */
export function binFor(spanDays: number): Bin {
  return spanDays > 120 ? 'week' : 'day';
}

export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}

export interface TimeBin extends Count {
  /** First day of the bin, YYYY-MM-DD. */
  start: string;
}

export function countByTime(rows: readonly DefectionRow[], bin: Bin): TimeBin[] {
  const bins = new Map<string, TimeBin>();
  for (const row of rows) {
    if (!isDatedToDay(row)) continue;
    const start = bin === 'day' ? row.start! : mondayOf(row.start!);
    const entry = bins.get(start) ?? { start, records: 0, people: 0 };
    entry.records += 1;
    entry.people += row.people;
    bins.set(start, entry);
  }
  return [...bins.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
}

/** Running total of people in day-dated records, one point per day with records. */
export function cumulativeByDay(rows: readonly DefectionRow[]): { day: string; people: number; records: number }[] {
  let people = 0;
  let records = 0;
  return countByTime(rows, 'day').map((bin) => {
    people += bin.people;
    records += bin.records;
    return { day: bin.start, people, records };
  });
}
