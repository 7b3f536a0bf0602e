// The province boundaries as GeoJSON, for the zoomable (Leaflet) map; loaded with it, on demand.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type ProvinceBoundaries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { iso: string; name: string }>;

export async function fetchBoundaries(url: string): Promise<ProvinceBoundaries> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology<{ provinces: GeometryCollection<{ iso: string; name: string }> }>;
  const shapes = feature(topology, topology.objects.provinces) as ProvinceBoundaries;
  if (!shapes.features?.length) throw new Error(`${url}: no province shapes`);
  return shapes;
}
