// Calendar days: 'YYYY-MM-DD' strings (UTC) and day numbers (days since 1970-01-01), the one definition of their arithmetic.

export const DAY_MS = 86_400_000;

/** Days since 1970-01-01; NaN for a string that is not a calendar day. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The 'YYYY-MM-DD' of a day number. */
export function dayOfNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday that starts the week (Monday to Sunday) of a day: the timeline's week bins. */
export function mondayOf(day: string): string {
  const days = dayNumber(day);
  // 1970-01-01 was a Thursday: day 4 of a week counted from Monday 0.
  return dayOfNumber(days - ((((days + 3) % 7) + 7) % 7));
}
