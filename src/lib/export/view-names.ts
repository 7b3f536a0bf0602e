// What a download of a dashboard view is called, and where its records come from: all the page needs before the reader
// asks for a file (the files themselves are built by ./download, loaded then).

/** The full records, prerendered at build time. */
export const FULL_RECORDS_URL = '/data/defections.json';

/** Parameters that change only the order of the rows, not which rows: not part of the name. */
export const ORDER_ONLY = new Set(['sort']);
const MAX_NAME = 120;

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file's name without extension, from the view's filters in the order of its URL: provinces by name, a date window
 * as its two days, every other filter as parameter-value (e.g. defections_province-kampong-thom_2017-10-20_2017-10-31).
 */
export function viewFileBase(params: URLSearchParams, provinceName: (iso: string) => string | undefined = () => undefined): string {
  const parts: string[] = [];
  const from = params.get('from');
  const to = params.get('to');
  for (const [key, value] of params) {
    if (ORDER_ONLY.has(key) || !value.trim()) continue;
    if (key === 'from' || key === 'to') {
      if (key === 'from' || !from) parts.push(from && to ? `${from}_${to}` : `${key}-${value}`);
      continue;
    }
    const values = key === 'province' ? value.split(',').map((iso) => provinceName(iso) ?? iso) : [value];
    parts.push(`${slug(key === 'q' ? 'search' : key)}-${slug(values.join('-')) || 'text'}`);
  }
  const base = ['defections', ...(parts.length ? parts : ['default-view'])].join('_');
  return base.length > MAX_NAME ? base.slice(0, MAX_NAME).replace(/[-_]+$/, '') : base;
}
