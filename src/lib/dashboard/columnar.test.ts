import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import { toDefectionRows } from '$lib/data/rows';
import { decodeRows, encodeRows } from './columnar';

describe('columnar rows', () => {
  const rows = toDefectionRows(loadDataset().dataset);

  it('decodes to exactly the rows it encoded, for the real data', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(decodeRows(encodeRows(rows))).toEqual(rows.map((row) => JSON.parse(JSON.stringify(row))));
  });

  it('survives JSON, the form it is shipped in', () => {
    const shipped = JSON.parse(JSON.stringify(encodeRows(rows)));
    expect(decodeRows(shipped).map((row) => row.id)).toEqual(rows.map((row) => row.id));
  });

  it('is smaller than the same rows as plain JSON', () => {
    expect(JSON.stringify(encodeRows(rows)).length).toBeLessThan(JSON.stringify(rows).length);
  });
});
