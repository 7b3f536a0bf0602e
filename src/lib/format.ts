// Dates and numbers as readers see them. Dates are calendar days, formatted in UTC so no time zone shifts them.
import type { DatePrecision } from '$lib/schema/vocabulary';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB');

export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatPartialDate(value: string | undefined, precision: DatePrecision): string {
  if (!value) return 'date unknown';
  if (precision === 'year' || /^\d{4}$/.test(value)) return value.slice(0, 4);
  if (precision === 'month' || /^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value.slice(0, 7)}-01T00:00:00Z`));
  return precision === 'approximate' ? `about ${formatDay(value)}` : formatDay(value);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c" */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
