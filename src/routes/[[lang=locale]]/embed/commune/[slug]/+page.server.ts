// A commune card for embedding: the commune's verified records in a few lines. Only communes with records get one.
import { error } from '@sveltejs/kit';
import type { Dataset } from '$lib/schema';
import type { DefectionRow } from '$lib/data/rows';
import { communeSlug } from '$lib/data/slug';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { getProfileContext } from '$lib/server/profiles';
import type { EntryGenerator } from './$types';
import { cambodiaEntries } from '$lib/profiles/entries';

/**
 * Rows not retracted, by commune code: built once per build. Each of up to 3,292 cards used to convert the whole
 * dataset to rows, which at 100,000 records made these cards the slowest pages of the build.
 */
let cached: { data: Dataset; withRecords: Set<string>; rowsByCommune: Map<string, DefectionRow[]> } | undefined;

function cardsOf(data: Dataset) {
  if (cached?.data !== data) {
    const rowsByCommune = new Map<string, DefectionRow[]>();
    for (const row of getDashboardRows()) {
      if (!row.commune || row.retracted) continue;
      const list = rowsByCommune.get(row.commune);
      if (list) list.push(row);
      else rowsByCommune.set(row.commune, [row]);
    }
    const withRecords = new Set(data.defections.map((record) => record.place.commune).filter((code): code is string => Boolean(code)));
    cached = { data, withRecords, rowsByCommune };
  }
  return cached;
}

function communesWithRecords(data: Dataset) {
  const { withRecords } = cardsOf(data);
  return data.communes.filter((commune) => withRecords.has(commune.code));
}

// A static card in someone else's page: no script to run, so no JavaScript or per-card data file to build and ship.
export const csr = false;

export const entries: EntryGenerator = cambodiaEntries(() =>
  communesWithRecords(getDataset()).flatMap((commune) => [
    { slug: communeSlug(commune) },
    { slug: communeSlug(commune), lang: 'km' }
  ]));

export function load({ params }) {
  const { data, places } = getProfileContext();
  const { withRecords, rowsByCommune } = cardsOf(data);
  const commune = places.communeBySlug.get(params.slug);
  if (!commune || !withRecords.has(commune.code)) error(404, 'No commune card here: only communes with recorded defections have one.');
  const rows = rowsByCommune.get(commune.code) ?? [];
  const district = places.districtByCode.get(commune.district);
  const province = places.provinceByCode.get(commune.code.slice(0, 2));
  return {
    commune: { name: commune.name, nameKm: commune.name_km, slug: params.slug },
    district: district && { name: district.name, nameKm: district.name_km },
    province: province && { name: province.name, nameKm: province.name_km },
    records: rows.map(({ id, name, nameKm, role, dateValue, datePrecision, status, people }) => ({ id, name, nameKm, role, dateValue, datePrecision, status, people }))
  };
}
