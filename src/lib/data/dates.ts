// Partial dates as intervals of days, so imprecise dates can be compared, filtered and checked honestly.
import type { DefectionDate } from '$lib/schema';

export interface DayInterval {
  /** First possible day, YYYY-MM-DD. */
  start: string;
  /** Last possible day, YYYY-MM-DD. */
  end: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// What an open side of an interval is written as: before and after every real day, so comparisons stay plain.
const OPEN_START = '0000-01-01';
const OPEN_END = '9999-12-31';

/** The days a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can stand for. */
export function partialDateInterval(value: string): DayInterval {
  const [year, month, day] = value.split('-').map(Number);
  if (day) return { start: value, end: value };
  if (month) {
    const mm = String(month).padStart(2, '0');
    return { start: `${year}-${mm}-01`, end: `${year}-${mm}-${lastDayOfMonth(year, month)}` };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The interval a defection's date allows, narrowed by its not_before / not_after bounds; undefined when unknown. */
export function defectionInterval(date: DefectionDate): DayInterval | undefined {
  const base = date.value ? partialDateInterval(date.value) : undefined;
  const start = [base?.start, date.not_before].filter(Boolean).sort().at(-1);
  const end = [base?.end, date.not_after].filter(Boolean).sort().at(0);
  if (!start && !end) return undefined;
  return { start: start ?? OPEN_START, end: end ?? OPEN_END };
}

export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** An interval's bounds that a source gives: an open side (not_before or not_after alone) is left out. */
export function knownBounds({ start, end }: Partial<DayInterval>): { start?: string; end?: string } {
  return { start: start && start !== OPEN_START ? start : undefined, end: end && end !== OPEN_END ? end : undefined };
}

/**
 * A date span's place in date order: by its first known day, then its last, so "22 Oct–21 Nov" follows 22 Oct and
 * "by 26 Oct" sits at 26 Oct rather than before every dated record. Undefined when nothing is known.
 */
export function dateSortKey(interval: Partial<DayInterval>): string | undefined {
  const { start, end } = knownBounds(interval);
  const first = start ?? end;
  return first && `${first}/${end ?? start}`;
}
