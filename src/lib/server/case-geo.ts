// A case's map level drawn at build time: the level's TopoJSON (case.yaml `boundaries`) projected into SVG path data,
// so the map is in the prerendered HTML (no script needed to see it) and ships no geometry library.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { CaseData } from '$lib/case/schema';
import type { CaseMapShapes } from '$lib/case/map-classes';
import { mapLevelOf } from '$lib/case/view';


const WIDTH = 640;

/** The map level's features as GeoJSON, keyed by the feature's `code` (or `iso`, or its id); undefined without a file. */
export function caseFeatures(data: CaseData, root: string = process.cwd()): FeatureCollection<Geometry, { code: string }> | undefined {
  const file = mapLevelOf(data.meta).boundaries;
  if (!file || !existsSync(join(root, file))) return undefined;
  const topology = JSON.parse(readFileSync(join(root, file), 'utf8')) as Topology;
  const object = Object.values(topology.objects)[0];
  const collection = feature(topology, object) as FeatureCollection<Geometry, Record<string, unknown>>;
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, code: String(f.properties?.code ?? f.properties?.iso ?? f.id) } }))
  };
}

const shapesByCase = new Map<string, CaseMapShapes | undefined>();

export function caseMapShapes(data: CaseData): CaseMapShapes | undefined {
  if (shapesByCase.has(data.meta.id)) return shapesByCase.get(data.meta.id);
  const features = caseFeatures(data);
  let result: CaseMapShapes | undefined;
  if (features) {
    const projection = geoMercator().fitWidth(WIDTH, features);
    const path = geoPath(projection);
    const height = Math.ceil(path.bounds(features)[1][1]);
    // Rounded to a tenth of a pixel: the paths are text in every page that draws the map.
    const round = (d: string) => d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
    result = { width: WIDTH, height, shapes: features.features.map((f) => ({ code: f.properties.code, d: round(path(f) ?? '') })) };
  }
  shapesByCase.set(data.meta.id, result);
  return result;
}
