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
  return { start: start ?? '0000-01-01', end: end ?? '9999-12-31' };
}

export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
