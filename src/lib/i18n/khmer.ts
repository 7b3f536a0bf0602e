// Khmer numerals and month names, done by hand: browsers built without full ICU data
// (Debian's Chromium among them) silently fall back to English for Intl's "km" locale.
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

export const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'];

export function toKhmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => KHMER_DIGITS[Number(digit)]);
}

/** 2500 → "២.៥០០" (Khmer groups thousands with a dot, as CLDR does). */
export function khmerNumber(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return toKhmerDigits(`${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`);
}

/** "2017-10-28" → "២៨ តុលា ២០១៧"; month or year alone when the day or month is left out. */
export function khmerDate(value: string, parts: 'day' | 'month' | 'year' = 'day'): string {
  const [year, month, day] = value.split('-').map(Number);
  if (parts === 'year') return toKhmerDigits(String(year));
  if (parts === 'month') return `${KHMER_MONTHS[month - 1]} ${toKhmerDigits(String(year))}`;
  return `${toKhmerDigits(String(day))} ${KHMER_MONTHS[month - 1]} ${toKhmerDigits(String(year))}`;
}
