// The optional language segment: only "km" (English pages have no prefix).
export function match(value: string): value is 'km' {
  return value === 'km';
}
