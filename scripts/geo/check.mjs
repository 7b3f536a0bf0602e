// Last step of scripts/build-geo.sh: sanity-check a provinces TopoJSON with the same libraries the app uses
// (topojson-client, d3-geo), and with the same check the site build runs on it (./topology.mjs).
//
//   node scripts/geo/check.mjs static/geo/provinces.topo.json [--expect 24] [--strict-bbox]
//
// Checks (see checkProvinceTopology): object `provinces`; the expected number of features (if given); unique
// two-digit codes with iso/name; no empty geometry; every feature's area is positive and smaller than a hemisphere;
// everything lies inside Cambodia's neighbourhood; every province in data/places/provinces.csv has a shape, except
// one whose shown_with names the province whose shape covers it (the site build refuses a file that leaves one out). With
// --strict-bbox, the overall bbox must also match the Natural Earth extent (about 102.3–107.7°E, 10.4–14.7°N).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkProvinceTopology, formatTopologyProblems } from './topology.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const file = args[0];
const expectIdx = args.indexOf('--expect');
const expect = expectIdx >= 0 ? Number(args[expectIdx + 1]) : null;
const strictBbox = args.includes('--strict-bbox');

// data/places/provinces.csv (code,iso,name,…,shown_with): no quoted fields in the first 3 columns, and shown_with, the
// last, is a code or empty.
const rows = readFileSync(join(ROOT, 'data/places/provinces.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const isoOf = new Map(rows.map(([code, iso]) => [code, iso]));
const provinces = rows.map(([, iso, name, ...rest]) => ({ iso, name, shownWith: isoOf.get(rest.at(-1) ?? '') }));

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`check: ${formatTopologyProblems(file, [`it cannot be read (${error.message})`])}`);
  process.exit(1);
}
const check = checkProvinceTopology(text, { provinces, expect, strictBbox });
if (!check.ok) {
  console.error(`check: ${formatTopologyProblems(file, check.problems)}`);
  process.exit(1);
}
console.log(`check: ${check.summary}`);
