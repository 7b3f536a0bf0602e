// The one check of a provinces TopoJSON, run by scripts/build-geo.sh (through check.mjs) before it writes the file and
// by the site build ($lib/server/geo) before it draws or publishes anything from it: a damaged or partial boundary file
// stops either with what is wrong and how to fix it. Pure: it gets the file's text, never reads the disk.
import { feature } from 'topojson-client';
import { geoArea, geoBounds } from 'd3-geo';

/**
 * The shape that draws each province: its own, or the one its `shownWith` names (a boundary file older than a province
 * has no shape for it; data/places/provinces.csv's shown_with column says whose shape covers it). The map, the locator
 * maps and this check all read it from here.
 * @param {readonly Province[]} provinces
 * @returns {Map<string, string>} a province's ISO code → the ISO code of the shape that draws it
 */
export function shapeOfProvince(provinces) {
  return new Map(provinces.map(({ iso, shownWith }) => [iso, shownWith ?? iso]));
}

export const TOPOLOGY_FIX =
  'Re-run `npm run build-geo` (Natural Earth boundaries), or supply your own with `bash scripts/build-geo.sh --from FILE` ' +
  '(see `bash scripts/build-geo.sh --help`). The file is generated: do not edit it by hand; a damaged copy of the committed ' +
  'one can be restored with `git restore static/geo/provinces.topo.json`.';

const KM2_PER_SR = 6371.0088 ** 2; // mean Earth radius²

/**
 * @typedef {{ code: string, iso: string, name: string, name_local?: string, note?: string }} ProvinceShapeProperties
 * @typedef {import('geojson').FeatureCollection<import('geojson').Geometry, ProvinceShapeProperties>} ProvinceShapes
 * @typedef {{ iso: string, name: string, shownWith?: string }} Province a province and, when another's shape draws it, that one's ISO code
 * @typedef {{ ok: true, shapes: ProvinceShapes, summary: string } | { ok: false, problems: string[] }} TopologyCheck
 * @typedef {{ object: string, isoOf: (code: string) => string | undefined, bbox: readonly number[], extent: readonly number[], unit: readonly string[], region: string }} TopologyScheme
 */

/** Cambodia's provinces: object "provinces", codes "01".."25" (iso "KH-1".."KH-25"), Natural Earth's extent. @type {TopologyScheme} */
const CAMBODIA = {
  object: 'provinces',
  isoOf: (code) => (/^\d{2}$/.test(code) && Number(code) >= 1 && Number(code) <= 25 ? `KH-${Number(code)}` : undefined),
  bbox: [101.5, 9, 108.5, 15.5],
  extent: [102.31, 10.42, 107.61, 14.7],
  unit: ['province', 'provinces'],
  region: 'Cambodia'
};

/**
 * Checks a provinces TopoJSON: valid JSON, a Topology with a GeometryCollection "provinces", unique two-digit codes with
 * matching iso and a name, no empty geometry, every area positive and under a hemisphere (a reversed ring winding makes
 * d3 fill the globe), everything within Cambodia's neighbourhood (101.5–108.5°E, 9.0–15.5°N), and a shape for every
 * province given (its own, or the one its shownWith names). `expect` fixes the number of shapes; `strictBbox` requires
 * the overall extent of Natural Earth's Cambodia (about 102.3–107.7°E, 10.4–14.7°N).
 *
 * Another case's boundaries (scripts/geo/cases/*.json) are checked the same way with its `scheme` (case.mjs's
 * topologyScheme): its object name, its codes (a code → its ISO code), its bbox and its Natural Earth extent.
 * @param {string} text the file's contents
 * @param {{ provinces?: readonly Province[], expect?: number | null, strictBbox?: boolean, scheme?: TopologyScheme }} [options]
 * @returns {TopologyCheck}
 */
export function checkProvinceTopology(text, { provinces, expect = null, strictBbox = false, scheme = CAMBODIA } = {}) {
  const { object: objectName, isoOf, bbox, extent, unit, region } = scheme;
  const [one, many] = unit;
  /** @type {any} */
  let topology;
  try {
    topology = JSON.parse(text);
  } catch (error) {
    return failed(`it is not valid JSON (${error instanceof Error ? error.message : error}): the file is truncated or damaged`);
  }
  if (topology?.type !== 'Topology') return failed(`it is not a TopoJSON Topology (its "type" is ${JSON.stringify(topology?.type)})`);
  const object = topology.objects?.[objectName];
  if (!object) return failed(`it has no TopoJSON object "${objectName}" (objects: ${Object.keys(topology.objects ?? {}).join(', ') || 'none'})`);
  if (object.type !== 'GeometryCollection' || !Array.isArray(object.geometries))
    return failed(`its object "${objectName}" is ${JSON.stringify(object.type)}, not a GeometryCollection of ${one} shapes`);

  /** @type {ProvinceShapes} */
  let shapes;
  try {
    shapes = /** @type {ProvinceShapes} */ (/** @type {unknown} */ (feature(topology, object)));
  } catch (error) {
    return failed(`its shapes cannot be decoded (${error instanceof Error ? error.message : error}): the arcs are damaged`);
  }

  const problems = [];
  if (expect !== null && shapes.features.length !== expect) problems.push(`expected ${expect} shapes, found ${shapes.features.length}`);
  const seen = new Set();
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  /** @type {[number, string][]} */
  const areas = [];
  for (const shape of shapes.features) {
    const { code, iso, name } = shape.properties ?? {};
    const label = `${code} ${name}`;
    const isoOfCode = isoOf(code ?? '');
    if (!isoOfCode) problems.push(`bad code ${JSON.stringify(code)}`);
    if (iso !== isoOfCode) problems.push(`${label}: iso ${iso} does not match code`);
    if (!name) problems.push(`${code}: no name`);
    if (seen.has(code)) problems.push(`duplicate code ${code}`);
    seen.add(code);
    if (!shape.geometry || !('coordinates' in shape.geometry) || !shape.geometry.coordinates.length) {
      problems.push(`${label}: empty geometry`);
      continue;
    }
    const sr = geoArea(shape);
    if (!(sr > 0) || sr > 2 * Math.PI) problems.push(`${label}: area ${sr} sr (empty or wrong ring winding)`);
    const [[a, b], [c, d]] = geoBounds(shape);
    if (a < bbox[0] || c > bbox[2] || b < bbox[1] || d > bbox[3]) problems.push(`${label}: bbox ${[a, b, c, d]} outside ${region}`);
    [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
    areas.push([sr * KM2_PER_SR, label]);
  }
  if (provinces) {
    const drawn = new Set(shapes.features.filter((shape) => shape.geometry).map((shape) => shape.properties?.iso));
    const shapeOf = shapeOfProvince(provinces);
    const missing = provinces.filter(({ iso }) => !drawn.has(iso) && !drawn.has(shapeOf.get(iso) ?? iso));
    const drawnByOthers = provinces.filter(({ shownWith }) => shownWith);
    if (missing.length > 0)
      problems.push(
        `${missing.length} of ${provinces.length} ${many} have no shape: ${missing.map(({ iso, name }) => `${iso} ${name}`).join(', ')}` +
          ` (every ${one} needs a shape of its own${drawnByOthers.length ? `, except ${drawnByOthers.map(({ iso, shownWith }) => `${iso}, which may lie inside ${shownWith}'s`).join(', ')}` : ''})`
      );
    const known = new Set(provinces.map(({ iso }) => iso));
    const unknown = shapes.features.map((shape) => shape.properties?.iso).filter((iso) => !known.has(iso));
    if (unknown.length > 0) problems.push(`shapes for ${many} not in the ${one} list: ${unknown.join(', ')}`);
  }
  if (strictBbox) {
    /** @param {number} v @param {number} t */
    const near = (v, t) => Math.abs(v - t) <= 0.15;
    if (!(near(x0, extent[0]) && near(x1, extent[2]) && near(y0, extent[1]) && near(y1, extent[3])))
      problems.push(`overall bbox ${[x0, y0, x1, y1].map((v) => v.toFixed(2))} is not about ${extent[0]}–${extent[2]}°E, ${extent[1]}–${extent[3]}°N`);
  }
  if (problems.length > 0) return { ok: false, problems };

  areas.sort((a, b) => a[0] - b[0]);
  /** @param {number} v */
  const km2 = (v) => `${Math.round(v).toLocaleString('en')} km²`;
  const summary =
    `${shapes.features.length} shapes; bbox ${x0.toFixed(2)}–${x1.toFixed(2)}°E, ${y0.toFixed(2)}–${y1.toFixed(2)}°N; ` +
    (areas.length
      ? `area ${km2(areas[0][0])} (${areas[0][1]}) … ${km2(areas[areas.length - 1][0])} (${areas[areas.length - 1][1]}), total ${km2(areas.reduce((s, [v]) => s + v, 0))}`
      : 'no areas');
  return { ok: true, shapes, summary };
}

/**
 * What to print when the check fails: the file, each problem, and the fix.
 * @param {string} file
 * @param {readonly string[]} problems
 */
export function formatTopologyProblems(file, problems) {
  return [`${file} cannot be used as the province boundaries:`, ...problems.map((problem) => `  - ${problem}`), `  fix: ${TOPOLOGY_FIX}`].join('\n');
}

/**
 * @param {string} problem
 * @returns {TopologyCheck}
 */
function failed(problem) {
  return { ok: false, problems: [problem] };
}
