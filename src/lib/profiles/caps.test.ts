import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/schema';
import { communeSlug } from '$lib/data/slug';
import { loadDataset } from '$lib/server/read-data';
import { COMMUNE_RECORDS_SHOWN, DISTRICT_RECORDS_SHOWN, communeProfile } from './commune';
import { createProfileContext } from './context';
import { PROVINCE_RECORDS_SHOWN, provinceProfile } from './province';
import { byDate, knownDays } from './records';

const data = loadDataset().dataset;
const real = createProfileContext(data);

/** The real dataset plus `count` copies of Chen Choy's record (Champei, Takeo), with distinct ids and days. */
function crowded(count: number): Dataset {
  const template = data.defections.find((record) => record.id === 'chen-choy')!;
  const copies = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `copy-${String(i).padStart(4, '0')}`,
    date: { ...template.date, value: `2017-${String(1 + (i % 12)).padStart(2, '0')}-01`, precision: 'day' as const, not_before: undefined, not_after: undefined }
  }));
  return { ...data, defections: [...data.defections, ...copies].sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe('record lists on large datasets', () => {
  it('leave the real pages whole', () => {
    for (const commune of ['champei-210202', 'srak-030613']) {
      const profile = communeProfile(real, commune)!;
      expect(profile.records).toHaveLength(profile.recordsTotal);
      expect(profile.districtRecords).toHaveLength(profile.districtRecordsTotal);
    }
    const takeo = provinceProfile(real, 'KH-21')!;
    expect(takeo.records).toHaveLength(takeo.recordsTotal);
  });

  it('show the first records by date and count them all', () => {
    const ctx = createProfileContext(crowded(COMMUNE_RECORDS_SHOWN + PROVINCE_RECORDS_SHOWN));
    const champei = communeProfile(ctx, 'champei-210202')!;
    expect(champei.recordsTotal).toBeGreaterThan(COMMUNE_RECORDS_SHOWN + PROVINCE_RECORDS_SHOWN);
    expect(champei.records).toHaveLength(COMMUNE_RECORDS_SHOWN);
    const oldestFirst = ctx.data.defections
      .filter((record) => record.place.commune === '210202')
      .map((record) => ({ id: record.id, start: knownDays(record.date).start }))
      .sort(byDate);
    expect(champei.records.map((record) => record.id)).toEqual(oldestFirst.slice(0, COMMUNE_RECORDS_SHOWN).map((record) => record.id));
    // Only the shown records' sources are cited, numbered from 1.
    expect(champei.sources.map((source) => source.number)).toEqual(champei.sources.map((_, i) => i + 1));
    const takeo = provinceProfile(ctx, 'KH-21')!;
    expect(takeo.records).toHaveLength(PROVINCE_RECORDS_SHOWN);
    expect(takeo.recordsTotal).toBeGreaterThan(PROVINCE_RECORDS_SHOWN);
    const neighbour = communeProfile(ctx, (ctx.places.communesOf.get('2102') ?? []).map(communeSlug).find((slug) => slug !== 'champei-210202')!);
    expect(neighbour?.districtRecords.length).toBe(DISTRICT_RECORDS_SHOWN);
  });
});
