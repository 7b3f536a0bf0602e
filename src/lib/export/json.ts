// defections.json: the full records exactly as data/ holds them, with the parties, places, tallies, events and changelog they refer to.
import type { Dataset } from '$lib/schema';
import type { ExportMeta } from './meta';

export interface JsonExport extends Dataset {
  meta: ExportMeta & {
    /** Present when the file holds a selection, e.g. a dashboard view. */
    selection?: {
      records: number;
      of: number;
      note: string;
      /** A dashboard view's address, its filters in words and how it counts. */
      view?: string;
      filters?: string;
      countingRule?: string;
    };
  };
}

/** Districts and communes are limited to those records name (all 1,646 communes are in data/places/). */
export function toJsonExport(data: Dataset, meta: ExportMeta): JsonExport {
  const placesUsed = [...data.defections, ...data.refusals].map((record) => record.place);
  const districts = new Set(placesUsed.map((place) => place.district));
  const communes = new Set(placesUsed.map((place) => place.commune));
  return {
    meta,
    defections: data.defections,
    refusals: data.refusals,
    parties: data.parties,
    waves: data.waves,
    tallies: data.tallies,
    events: data.events,
    changes: data.changes,
    provinces: data.provinces,
    districts: data.districts.filter((district) => districts.has(district.code)),
    communes: data.communes.filter((commune) => communes.has(commune.code))
  };
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function toJson(data: Dataset, meta: ExportMeta): string {
  return formatJson(toJsonExport(data, meta));
}

/** The same document holding only the given records, in the given order (unknown ids are skipped). */
export function selectDefections(document: JsonExport, ids: readonly string[], note: string): JsonExport {
  const byId = new Map(document.defections.map((record) => [record.id, record]));
  const defections = ids.flatMap((id) => byId.get(id) ?? []);
  return {
    ...document,
    meta: { ...document.meta, selection: { records: defections.length, of: document.defections.length, note } },
    defections
  };
}
