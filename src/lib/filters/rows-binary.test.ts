import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import { toDefectionRows } from '$lib/data/rows';
import { defaultFilterState } from '$lib/filters/state';
import { encodeRows, rowDecoder, UNKNOWN_DAY, type ColumnarRows } from './columns';
import { RowIndex } from './row-index';
import { decodeRowsBinary, encodeRowsBinary } from './rows-binary';
import { row } from '../../../tests/fixtures/rows';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';

/** The file as the page gets it: its own ArrayBuffer, from the start. */
const shipped = (encoded: ColumnarRows) => encodeRowsBinary(encoded).slice().buffer;
const plain = (encoded: ColumnarRows) => JSON.parse(JSON.stringify(encoded, (_, value) => (ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value)));

describe('the rows file', () => {
  const rows = toDefectionRows(loadDataset().dataset);

  it('decodes to the columns it encoded, for the real data', () => {
    const encoded = encodeRows(rows);
    const decoded = decodeRowsBinary(shipped(encoded));
    expect(plain(decoded)).toEqual(plain(encoded));
    const rowAt = rowDecoder(decoded);
    expect(Array.from({ length: decoded.count }, (_, i) => rowAt(i))).toEqual(rows.map((r) => JSON.parse(JSON.stringify(r))));
  });

  it('gives the index the same counts as the columns it was made from', () => {
    const encoded = encodeRows(rows);
    const state = { ...defaultFilterState(DEFAULT_WAVE), wave: 'all', q: 'kampong' };
    const { passing, ...fromFile } = new RowIndex(decodeRowsBinary(shipped(encoded))).count(state);
    const { passing: expected, ...fromColumns } = new RowIndex(encoded).count(state);
    expect(fromFile).toEqual(fromColumns);
    expect(passing).toEqual(expected);
  });

  it('keeps numbers exactly: unknown days, negative codes, large and fractional values', () => {
    const encoded = encodeRows([row({ id: 'a' }), row({ id: 'b', start: undefined, end: undefined, people: 70000 }), row({ id: 'c', people: 2.5, name: 'ស្រក\n"quoted"' })]);
    const decoded = decodeRowsBinary(shipped(encoded));
    expect(Array.from(decoded.columns.start)).toContain(UNKNOWN_DAY);
    expect(Array.from(decoded.columns.people).slice(1)).toEqual([70000, 2.5]);
    expect(decoded.columns.name[2]).toBe('ស្រក\n"quoted"');
    expect(plain(decoded)).toEqual(plain(encoded));
  });

  it('holds no rows as well as many', () => {
    const decoded = decodeRowsBinary(shipped(encodeRows([])));
    expect(decoded.count).toBe(0);
    expect(decoded.columns.id).toEqual([]);
    expect(decoded.columns.start.length).toBe(0);
    expect(new RowIndex(decoded).count(defaultFilterState(DEFAULT_WAVE)).records).toBe(0);
  });

  it('lays every number column where a typed array can view it in place', () => {
    const decoded = decodeRowsBinary(shipped(encodeRows(rows)));
    for (const column of [...Object.values(decoded.codes), decoded.columns.start, decoded.columns.flags]) expect(ArrayBuffer.isView(column)).toBe(true);
  });

  it('refuses a text holding its separator, and a column of the wrong length', () => {
    expect(() => encodeRowsBinary(encodeRows([row({ id: 'a', name: 'x\u0000y' })]))).toThrow(/NUL/);
    const encoded = encodeRows([row({ id: 'a' }), row({ id: 'b' })]);
    expect(() => encodeRowsBinary({ ...encoded, columns: { ...encoded.columns, name: ['only one'] } })).toThrow(/1 values for 2 rows/);
  });

  it('refuses what is not a rows file, or is cut short', () => {
    const good = new Uint8Array(shipped(encodeRows(rows)));
    expect(() => decodeRowsBinary(new ArrayBuffer(3))).toThrow(/too short/);
    expect(() => decodeRowsBinary(new TextEncoder().encode('{"version":6,"count":0}').buffer)).toThrow(/signature/);
    expect(() => decodeRowsBinary(good.slice(0, good.length - 9).buffer)).toThrow(/out of place/);
    expect(() => decodeRowsBinary(good.slice(0, 40).buffer)).toThrow(/header/);
    const wrongVersion = good.slice();
    const header = new TextDecoder().decode(wrongVersion.subarray(8, 8 + new DataView(wrongVersion.buffer).getUint32(4, true)));
    wrongVersion.set(new TextEncoder().encode(header.replace('"version":6', '"version":5')), 8);
    expect(() => decodeRowsBinary(wrongVersion.buffer)).toThrow(/version/);
    const unknownType = good.slice();
    unknownType.set(new TextEncoder().encode(header.replace('"u8"', '"xx"')), 8);
    expect(() => decodeRowsBinary(unknownType.buffer)).toThrow(/unknown type xx/);
  });
});
