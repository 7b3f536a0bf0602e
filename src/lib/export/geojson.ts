// provinces.geojson: every province with its record counts, drawn from the map's TopoJSON boundaries.
// records and people follow the site's counting rule (isCounted), so they agree with the dashboard and the province pages.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { isCounted } from '$lib/profiles/records';
import type { Dataset } from '$lib/schema';
import type { ExportMeta } from './meta';

export interface ProvinceProperties {
  code: string;
  iso: string;
  name: string;
  name_km: string;
  /** Records the site counts (isCounted): confirmed or reported, not retracted. */
  records: number;
  confirmed_records: number;
  reported_records: number;
  /** Disputed records not retracted: shown on the site but not counted, so not in records or people. */
  disputed_records: number;
  /** People the counted records cover (a group record counts its people). */
  people: number;
  note?: string;
}

/** What the counts are, written into the file's metadata so a file separated from the site keeps it. */
export const PROVINCES_COUNTING =
  'The records and people fields count as the site’s headline numbers do: defection records whose status is confirmed or reported; disputed and retracted records, and officials who refused to defect, are not counted; a group record counts once as a record and as the number of people its source gives. confirmed_records and reported_records split records by status; disputed_records gives the disputed records (not retracted), which are in neither records nor people. Records are counted in the province they name; claimed tallies are not included.';

export type ProvincesGeoJson = FeatureCollection<Geometry | null, ProvinceProperties> & { metadata: ExportMeta & { counting: string } };

export function toProvincesGeoJson(data: Dataset, topology: Topology, meta: ExportMeta): ProvincesGeoJson {
  const object = topology.objects.provinces as GeometryCollection<{ code: string; note?: string }> | undefined;
  if (!object) throw new Error('The province topology has no "provinces" object (static/geo/provinces.topo.json).');
  const shapes = new Map(feature(topology, object).features.map((shape) => [shape.properties.code, shape]));
  const counted = data.defections.filter(isCounted);
  const disputed = data.defections.filter((record) => !record.retracted && record.status === 'disputed');

  const features = [...data.provinces]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((province): Feature<Geometry | null, ProvinceProperties> => {
      const records = counted.filter((record) => record.place.province === province.code);
      const withStatus = (status: string) => records.filter((record) => record.status === status).length;
      const disputedRecords = disputed.filter((record) => record.place.province === province.code).length;
      const shape = shapes.get(province.code);
      // A province drawn within another's shape (shown_with in provinces.csv) has none of its own.
      const within = data.provinces.find((other) => other.code === province.shown_with);
      const note = shape ? shape.properties.note : within ? `No boundary of its own in the source map: its area lies inside the ${within.name} (${within.iso}) shape.` : undefined;
      return {
        type: 'Feature',
        id: province.iso,
        properties: {
          code: province.code,
          iso: province.iso,
          name: province.name,
          name_km: province.name_km,
          records: records.length,
          confirmed_records: withStatus('confirmed'),
          reported_records: withStatus('reported'),
          disputed_records: disputedRecords,
          people: records.reduce((sum, record) => sum + record.people, 0),
          ...(note && { note })
        },
        // RFC 7946 §3.2: an unlocated feature has a null geometry.
        geometry: shape ? shape.geometry : null
      };
    });
  return {
    type: 'FeatureCollection',
    metadata: { ...meta, counting: PROVINCES_COUNTING },
    features
  };
}

/** One feature per line: compact (coordinates stay on one line) yet a diff shows which provinces changed. */
export function toGeoJson(data: Dataset, topology: Topology, meta: ExportMeta): string {
  return formatFeatureCollection(toProvincesGeoJson(data, topology, meta));
}

/** A FeatureCollection written one feature per line, its other members (type, metadata) first on the opening line. */
export function formatFeatureCollection({ features, ...collection }: { features: readonly unknown[] }): string {
  const head = JSON.stringify(collection).slice(0, -1);
  return `${head},"features":[\n${features.map((feature) => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}
