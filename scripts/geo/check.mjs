// Last step of scripts/build-geo.sh: sanity-check a provinces TopoJSON with the same libraries the app
// uses (topojson-client, d3-geo).
//
//   node scripts/geo/check.mjs static/geo/provinces.topo.json [--expect 24] [--strict-bbox]
//
// Checks: object `provinces`; the expected number of features (if given); unique two-digit codes with
// iso/name; no empty geometry; every feature's area is positive and smaller than a hemisphere (catches
// reversed ring winding, which makes d3 fill the whole globe); everything lies inside Cambodia's
// neighbourhood (101.5–108.5°E, 9.0–15.5°N). With --strict-bbox, the overall bbox must also match
// the Natural Earth extent (about 102.3–107.7°E, 10.4–14.7°N).
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoArea, geoBounds } from 'd3-geo';

const args = process.argv.slice(2);
const file = args[0];
const expectIdx = args.indexOf('--expect');
const expect = expectIdx >= 0 ? Number(args[expectIdx + 1]) : null;
const strict = args.includes('--strict-bbox');
const errors = [];

const topo = JSON.parse(readFileSync(file, 'utf8'));
if (topo.type !== 'Topology' || !topo.objects?.provinces) {
  console.error(`check: ${file} has no TopoJSON object "provinces"`);
  process.exit(1);
}
const fc = feature(topo, topo.objects.provinces);
if (expect !== null && fc.features.length !== expect) errors.push(`expected ${expect} features, found ${fc.features.length}`);

const KM2_PER_SR = 6371.0088 ** 2; // mean Earth radius²
const seen = new Set();
let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
const areas = [];
for (const f of fc.features) {
  const { code, iso, name } = f.properties ?? {};
  const label = `${code} ${name}`;
  if (!/^\d{2}$/.test(code ?? '')) errors.push(`bad code ${JSON.stringify(code)}`);
  if (iso !== `KH-${Number(code)}`) errors.push(`${label}: iso ${iso} does not match code`);
  if (!name) errors.push(`${code}: no name`);
  if (seen.has(code)) errors.push(`duplicate code ${code}`);
  seen.add(code);
  if (!f.geometry || !f.geometry.coordinates?.length) {
    errors.push(`${label}: empty geometry`);
    continue;
  }
  const sr = geoArea(f);
  if (!(sr > 0) || sr > 2 * Math.PI) errors.push(`${label}: area ${sr} sr (empty or wrong ring winding)`);
  const [[a, b], [c, d]] = geoBounds(f);
  if (a < 101.5 || c > 108.5 || b < 9 || d > 15.5) errors.push(`${label}: bbox ${[a, b, c, d]} outside Cambodia`);
  [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  areas.push([sr * KM2_PER_SR, label]);
}
if (strict) {
  const near = (v, t) => Math.abs(v - t) <= 0.15;
  if (!(near(x0, 102.31) && near(x1, 107.61) && near(y0, 10.42) && near(y1, 14.7)))
    errors.push(`overall bbox ${[x0, y0, x1, y1].map((v) => v.toFixed(2))} is not about 102.3–107.7°E, 10.4–14.7°N`);
}
areas.sort((a, b) => a[0] - b[0]);
const km2 = (v) => `${Math.round(v).toLocaleString('en')} km²`;
console.log(
  `check: ${fc.features.length} features; bbox ${x0.toFixed(2)}–${x1.toFixed(2)}°E, ${y0.toFixed(2)}–${y1.toFixed(2)}°N; ` +
    (areas.length
      ? `area ${km2(areas[0][0])} (${areas[0][1]}) … ${km2(areas.at(-1)[0])} (${areas.at(-1)[1]}), total ${km2(areas.reduce((s, [v]) => s + v, 0))}`
      : 'no areas')
);
if (errors.length) {
  for (const e of errors) console.error(`check: ${e}`);
  process.exit(1);
}
