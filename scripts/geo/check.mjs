// Last step of scripts/build-geo.sh: sanity-check a case's boundary TopoJSON with the same libraries the app uses
// (topojson-client, d3-geo), and with the same check the site build runs on it (./topology.mjs).
//
//   node scripts/geo/check.mjs static/geo/provinces.topo.json [--case CASE] [--expect 24] [--strict-bbox]
//
// CASE (default cambodia-2017) is an id in scripts/geo/cases/ or a case file's path (./case.mjs). Checks (see
// checkProvinceTopology): the case's object (`provinces`, `states`, …); the expected number of features (if given);
// unique codes with iso/name; no empty geometry; every feature's area is positive and smaller than a hemisphere;
// everything lies inside the case's bbox; every unit the case names has a shape, except one whose shown_with names the
// unit whose shape covers it (for Cambodia, data/places/provinces.csv: the site build refuses a file that leaves one
// out). With --strict-bbox, the overall bbox must also match the case's Natural Earth extent.
import { readFileSync } from 'node:fs';
import { checkProvinceTopology, formatTopologyProblems } from './topology.mjs';
import { DEFAULT_CASE, loadGeoCase, topologyScheme, unitList } from './case.mjs';

const args = process.argv.slice(2);
const file = args[0];
const option = (/** @type {string} */ name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : undefined);
const expect = option('--expect') !== undefined ? Number(option('--expect')) : null;
const strictBbox = args.includes('--strict-bbox');
const caseRef = option('--case') ?? DEFAULT_CASE;

let geoCase, provinces;
try {
  geoCase = loadGeoCase(caseRef);
  provinces = unitList(geoCase);
} catch (error) {
  console.error(`check: ${error.message}`);
  process.exit(1);
}
const scheme = topologyScheme(geoCase);

let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`check: ${formatTopologyProblems(file, [`it cannot be read (${error.message})`])}`);
  process.exit(1);
}
const check = checkProvinceTopology(text, { provinces, expect, strictBbox, scheme });
if (!check.ok) {
  console.error(`check: ${formatTopologyProblems(file, check.problems)}`);
  process.exit(1);
}
console.log(`check: ${check.summary}`);
