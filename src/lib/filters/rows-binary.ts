// The dashboard's rows as shipped: the columns of columns.ts in one binary file. Number columns are stored as typed
// arrays the page views in place (no parsing, no array of boxed numbers to build and later collect); the text columns
// as UTF-8 joined by NUL, which the browser decodes natively; the small dictionaries (values, provinces, places) as
// JSON. At 100,000 rows JSON.parse of the same columns was the largest part of the page's load after the download.
//
// Layout (little-endian): "DTRB", header length (u32), header (UTF-8 JSON), then the columns from the next multiple of
// 8 bytes, each at the offset (from there, a multiple of 8) the header's layout gives.
import type { ColumnarRows, NumberColumn } from './columns';

const MAGIC = 'DTRB';
const ALIGN = 8;
const SEPARATOR = '\u0000';

type NumberType = 'u8' | 'u16' | 'u32' | 'i32' | 'f64';
type ColumnType = NumberType | 'text';
/** Where a column is: `codes` (a filter's) or `columns`, its name, how it is stored, and its bytes in the file. */
type Placement = [group: 'codes' | 'columns', name: string, type: ColumnType, offset: number, length: number];
type Header = Omit<ColumnarRows, 'codes' | 'columns'> & { layout: Placement[] };

/** The columns holding text; every other column holds numbers. */
const TEXT_COLUMNS: ReadonlySet<string> = new Set(['id', 'name', 'nameKm', 'romanisation', 'searchExtra'] satisfies (keyof ColumnarRows['columns'])[]);

const ARRAYS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f64: Float64Array } as const;

/** The narrowest typed array that holds every value exactly. */
function numberTypeOf(column: ArrayLike<number>): NumberType {
  let min = 0;
  let max = 0;
  for (let i = 0; i < column.length; i++) {
    const value = column[i];
    if (!Number.isInteger(value)) return 'f64';
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min >= 0) return max < 2 ** 8 ? 'u8' : max < 2 ** 16 ? 'u16' : max < 2 ** 32 ? 'u32' : 'f64';
  return min >= -(2 ** 31) && max < 2 ** 31 ? 'i32' : 'f64';
}

const padded = (length: number) => Math.ceil(length / ALIGN) * ALIGN;

export function encodeRowsBinary(rows: ColumnarRows): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts: { placement: Placement; bytes: Uint8Array }[] = [];
  let offset = 0; // from the first column's start
  const add = (group: Placement[0], name: string, column: readonly string[] | NumberColumn) => {
    if (column.length !== rows.count) throw new Error(`Column "${name}": ${column.length} values for ${rows.count} rows`);
    let bytes: Uint8Array;
    let type: ColumnType;
    const texts = group === 'columns' && TEXT_COLUMNS.has(name);
    if (Array.prototype.some.call(column, (value: unknown) => typeof value !== (texts ? 'string' : 'number'))) throw new Error(`Column "${name}": not all ${texts ? 'text' : 'numbers'}`);
    if (texts) {
      const texts = column as readonly string[];
      if (texts.some((text) => text.includes(SEPARATOR))) throw new Error(`Column "${name}": a text holds NUL, the separator`);
      type = 'text';
      bytes = encoder.encode(texts.join(SEPARATOR));
    } else {
      const numbers = column as NumberColumn;
      type = numberTypeOf(numbers);
      const array = ARRAYS[type].from(numbers);
      bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    }
    parts.push({ placement: [group, name, type, offset, bytes.length], bytes });
    offset += padded(bytes.length);
  };
  for (const [name, column] of Object.entries(rows.codes)) add('codes', name, column);
  for (const [name, column] of Object.entries(rows.columns)) add('columns', name, column as readonly string[] | NumberColumn);

  const { codes: _codes, columns: _columns, ...dictionaries } = rows;
  const header = encoder.encode(JSON.stringify({ ...dictionaries, layout: parts.map((part) => part.placement) } satisfies Header));
  const start = padded(8 + header.length);
  const file = new Uint8Array(start + offset);
  file.set(encoder.encode(MAGIC), 0);
  new DataView(file.buffer).setUint32(4, header.length, true);
  file.set(header, 8);
  for (const { placement, bytes } of parts) file.set(bytes, start + placement[3]);
  return file;
}

/** The columns from a file made by encodeRowsBinary; number columns are views of `buffer`, not copies. */
export function decodeRowsBinary(buffer: ArrayBuffer): ColumnarRows {
  const fail = (why: string): never => {
    throw new Error(`Not a rows file: ${why}`);
  };
  if (buffer.byteLength < 8) fail('too short');
  const bytes = new Uint8Array(buffer);
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) fail('no signature');
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > buffer.byteLength) fail('header longer than the file');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    return fail('header is not JSON');
  }
  if (header?.version !== 6 || !Array.isArray(header.layout) || !Number.isInteger(header.count)) fail('unknown version');
  const { layout, ...dictionaries } = header;
  const start = padded(8 + headerLength);
  const codes: Record<string, NumberColumn> = {};
  const columns: Record<string, readonly string[] | NumberColumn> = {};
  for (const [group, name, type, offset, length] of layout) {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset % ALIGN !== 0 || offset < 0 || length < 0 || start + offset + length > buffer.byteLength) fail(`column "${name}" out of place`);
    let column: readonly string[] | NumberColumn;
    if (type === 'text') {
      const text = decoder.decode(bytes.subarray(start + offset, start + offset + length));
      column = header.count === 0 ? [] : text.split(SEPARATOR);
    } else {
      const Typed = Object.hasOwn(ARRAYS, type) ? ARRAYS[type] : fail(`column "${name}": unknown type ${type}`);
      if (length % Typed.BYTES_PER_ELEMENT !== 0) fail(`column "${name}": length`);
      column = new Typed(buffer, start + offset, length / Typed.BYTES_PER_ELEMENT);
    }
    if (column.length !== header.count) fail(`column "${name}": ${column.length} values for ${header.count} rows`);
    if (group === 'codes') codes[name] = column as NumberColumn;
    else columns[name] = column;
  }
  return { ...dictionaries, codes, columns: columns as ColumnarRows['columns'] };
}
