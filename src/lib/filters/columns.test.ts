import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import { searchTextOf, toDefectionRows } from '$lib/data/rows';
import { filterRows } from '../../../tests/reference/filters';
import { defaultFilterState, type FilterState } from '$lib/filters/state';
import { encodeRows, rowDecoder, type ColumnarRows } from './columns';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';

/** Every row, decoded from the columns one at a time, as the table decodes those it shows. */
const decodeRows = (encoded: ColumnarRows) => {
  const rowAt = rowDecoder(encoded);
  return Array.from({ length: encoded.count }, (_, i) => rowAt(i));
};

describe('the shipped columns', () => {
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

  it('ships no search text, yet search finds the same records in the decoded rows', () => {
    const shipped = JSON.parse(JSON.stringify(encodeRows(rows)));
    expect(JSON.stringify(shipped)).not.toContain('searchText');
    const decoded = decodeRows(shipped);
    const everything: FilterState = { ...defaultFilterState(DEFAULT_WAVE), wave: 'all', status: ['confirmed', 'reported', 'disputed'] };
    const found = (source: typeof rows, q: string) => filterRows(source, { ...everything, q }).map((row) => row.id);
    // A name, another spelling, a tentative romanisation, Khmer, a commune alias, a district, a quoted word, a
    // commune's and a province's Khmer name.
    for (const q of ['ul pov', 'chin choy', 'hu kruy', 'ហ៊ុ', 'techo aphivat', 'គោករវៀង', 'kampong', 'srak', 'voted', 'ស្រក', 'តាកែវ']) {
      expect(found(rows, q).length, q).toBeGreaterThan(0);
      expect(found(decoded, q), q).toEqual(found(rows, q));
    }
    expect(found(decoded, 'chin choy')).toEqual(['chen-choy']);
    expect(found(decoded, 'hu kruy')).toEqual(['hu-kruy']);
    expect(decoded.map(searchTextOf)).toEqual(rows.map(searchTextOf));
  });

  it('carries each place’s Khmer name, which the Khmer table shows', () => {
    const decoded = decodeRows(JSON.parse(JSON.stringify(encodeRows(rows))));
    const ulPov = decoded.find((row) => row.id === 'ul-pov')!;
    expect(ulPov).toMatchObject({ communeName: 'Srak', communeNameKm: 'ស្រក', provinceName: 'Kampong Cham', provinceNameKm: 'កំពង់ចាម' });
    // The Khmer name is not shipped twice: once as the name, not again among the aliases.
    expect(decoded.filter((row) => row.communeNameKm && row.communeAliases.includes(row.communeNameKm))).toEqual([]);
  });
});
