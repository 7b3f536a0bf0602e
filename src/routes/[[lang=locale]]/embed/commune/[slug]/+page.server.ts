// A commune card for embedding: the commune's verified records in a few lines. Only communes with records get one.
import { error } from '@sveltejs/kit';
import { toDefectionRows } from '$lib/data/rows';
import { communeSlug } from '$lib/data/slug';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

function communesWithRecords() {
  const data = getDataset();
  const codes = new Set(data.defections.map((record) => record.place.commune).filter(Boolean));
  return data.communes.filter((commune) => codes.has(commune.code));
}

export const entries: EntryGenerator = () =>
  communesWithRecords().flatMap((commune) => [
    { slug: communeSlug(commune) },
    { slug: communeSlug(commune), lang: 'km' }
  ]);

export function load({ params }) {
  const data = getDataset();
  const commune = communesWithRecords().find((c) => communeSlug(c) === params.slug);
  if (!commune) error(404, 'No commune card here: only communes with recorded defections have one.');
  const district = data.districts.find((d) => d.code === commune.district);
  const province = data.provinces.find((p) => p.code === commune.code.slice(0, 2));
  const rows = toDefectionRows(data).filter((row) => row.commune === commune.code && !row.retracted);
  return {
    commune: { name: commune.name, nameKm: commune.name_km, slug: params.slug },
    district: district && { name: district.name, nameKm: district.name_km },
    province: province && { name: province.name, nameKm: province.name_km },
    records: rows.map(({ id, name, nameKm, role, dateValue, datePrecision, status, people }) => ({ id, name, nameKm, role, dateValue, datePrecision, status, people }))
  };
}
