import { describe, expect, it } from 'vitest';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { loadDataset } from '$lib/server/read-data';
import { indexOver, row } from '../../../tests/fixtures/rows';

/** The ids of the rows the index's search finds for a query, in row order. */
const searcher = (rows: readonly DefectionRow[]) => {
  const index = indexOver(rows);
  return (q: string) => {
    const matches = index.textMatches(q);
    return rows.filter((_, i) => matches?.[i]).map((r) => r.id);
  };
};

describe('RowIndex search, with the site search’s spellings', () => {
  const rows = toDefectionRows(loadDataset().dataset);
  const found = searcher(rows);

  it('finds the Kampong Cham records in the real data however a source spells the province', () => {
    const kampongCham = rows.filter((r) => r.provinceName === 'Kampong Cham').map((r) => r.id);
    expect(kampongCham.length).toBeGreaterThan(0);
    for (const q of ['Kampong Cham', 'Kompong Cham', 'kâmpóng cham', 'Kg Cham', 'KOMPONG  CHAM,']) expect(found(q), q).toEqual(kampongCham);
  });

  it('meets a place name written as one word or as two', () => {
    const siemReap = row({ id: 'in-siem-reap', province: '17', provinceIso: 'KH-17', provinceName: 'Siem Reap', provinceNameKm: 'សៀមរាប' });
    const search = searcher([row({ id: 'in-kampong-cham' }), siemReap]);
    expect(search('Siemreap')).toEqual(['in-siem-reap']);
    expect(search('Siem Reap')).toEqual(['in-siem-reap']);
    // Joined only within one name: the province and the next name do not run together.
    expect(search('reapសៀមរាប')).toEqual([]);
  });

  it('meets Khmer written with either subscript, ្ដ or ្ត', () => {
    const oddarMeanchey = row({ id: 'in-oddar-meanchey', province: '22', provinceIso: 'KH-22', provinceName: 'Oddar Meanchey', provinceNameKm: 'ឧត្ដរមានជ័យ' });
    const search = searcher([row({ id: 'in-kampong-cham' }), oddarMeanchey]);
    expect(search('ឧត្តរមានជ័យ')).toEqual(['in-oddar-meanchey']);
    expect(search('ឧត្ដរមានជ័យ')).toEqual(['in-oddar-meanchey']);
  });

  it('finds a name that only a record’s reason, in our words, gives (the reason summary)', () => {
    const inSummary = rows.filter((r) => r.searchExtra.includes('Kem Sokha')).map((r) => r.id);
    expect(inSummary).toContain('chheng-chantha');
    expect(found('Kem Sokha')).toEqual(expect.arrayContaining(inSummary));
  });
});

describe('RowIndex search over every row’s own text', () => {
  it('finds a term in the first and the last row, in every row holding it, and never across two rows', () => {
    const rows = ['Sok Dara', 'Chan Thy', 'Dara Sok', 'Kem Sokha', 'Thy Sok'].map((name, i) => row({ id: `r${i}`, name }));
    const search = searcher(rows);
    expect(search('sok')).toEqual(['r0', 'r2', 'r3', 'r4']);
    expect(search('dara')).toEqual(['r0', 'r2']);
    expect(search('thy sok')).toEqual(['r4']);
    // "…dara" ends one row and "chan…" starts the next: no row holds "darachan".
    expect(search('darachan')).toEqual([]);
  });
});
