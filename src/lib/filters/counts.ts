// The shapes of the counts the map, the timeline and the summary sentence show, and the timeline's rules for which rows
// it can place and in which bin.
import type { DefectionRow } from '$lib/data/rows';

export interface Count {
  /** Defection records (events). */
  records: number;
  /** People those records cover (a group record counts its stated size). */
  people: number;
}

/** A commune among its province's most frequent, named in both scripts. */
export interface TopCommune {
  name: string;
  nameKm?: string;
  records: number;
}

/** Only rows dated to a single day can be placed on a daily timeline; for them start (and end) is that day. */
export function isDatedToDay<T extends DefectionRow>(row: T): row is T & { start: string; end: string } {
  return row.start !== undefined && row.start === row.end;
}

export type Bin = 'day' | 'week';

/** Day bins for spans up to ~4 months, week bins (starting Monday) beyond. */
export function binFor(spanDays: number): Bin {
  return spanDays > 120 ? 'week' : 'day';
}

export interface TimeBin extends Count {
  /** First day of the bin, YYYY-MM-DD. */
  start: string;
}
