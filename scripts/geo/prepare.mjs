// Step 1 of scripts/build-geo.sh: pick a case's admin-1 (or other) features and give them uniform properties
// { code, iso, name, name_local?, note? }, sorted by code. Geometry is passed through. Also writes OUT.fields, the
// comma-separated property names present (mapshaper's -filter-fields refuses a name no feature has).
//
//   node scripts/geo/prepare.mjs [--case CASE] --ne admin1.json out.geojson
//   node scripts/geo/prepare.mjs [--case CASE] --from user.geojson --code-field ADM1_PCODE out.geojson
//
// CASE is an id in scripts/geo/cases/ or a case file's path (see ./case.mjs); the default is cambodia-2017 (a code is
// "01".."25", its iso "KH-1".."KH-25"). Names come from the case (for Cambodia data/places/provinces.csv), never from
// the source file, so the map and the gazetteer agree.
import { writeFileSync, readFileSync } from 'node:fs';
import { codeOfNumber, isoOfCode, loadGeoCase, normaliseCode, unitNames } from './case.mjs';

function fail(msg) {
  console.error(`prepare: ${msg}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let mode, input, codeField, output, caseRef;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--ne' || a === '--from') {
    mode = a.slice(2);
    input = args[++i];
  } else if (a === '--code-field') codeField = args[++i];
  else if (a === '--case') caseRef = args[++i];
  else if (!output) output = a;
  else fail(`unexpected argument ${a}`);
}
if (!mode || !input || !output) fail('usage: prepare.mjs [--case CASE] (--ne FILE | --from FILE --code-field FIELD) OUT');
if (mode === 'from' && !codeField) fail('--from needs --code-field (e.g. ADM1_PCODE or shapeISO)');

let geoCase, names;
try {
  geoCase = loadGeoCase(caseRef);
  names = unitNames(geoCase);
} catch (e) {
  fail(e.message);
}
const [one, many] = geoCase.unit;
const isoOf = isoOfCode(geoCase);
const first = codeOfNumber(geoCase, 1);
const last = codeOfNumber(geoCase, geoCase.count);

let fc;
try {
  fc = JSON.parse(readFileSync(input, 'utf8'));
} catch (e) {
  fail(`cannot read ${input} as JSON: ${e.message}`);
}
if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) fail(`${input} is not a GeoJSON FeatureCollection`);

let features = fc.features;
if (mode === 'ne') features = features.filter((f) => f.properties?.adm0_a3 === geoCase.country);

const out = [];
for (const [i, f] of features.entries()) {
  const raw = mode === 'ne' ? f.properties?.iso_3166_2 : f.properties?.[codeField];
  const code = normaliseCode(geoCase, raw);
  if (!code)
    fail(
      `feature ${i}: ${mode === 'ne' ? 'iso_3166_2' : codeField} = ${JSON.stringify(raw)} is not a ${geoCase.country} ${one} code ` +
        `(1–${geoCase.count}, e.g. ${geoCase.isoPrefix.slice(0, 2)}${String(geoCase.count).padStart(2, '0')} or ${isoOf(last)})`
    );
  if (!f.geometry || !/^(Multi)?Polygon$/.test(f.geometry.type)) fail(`feature ${i} (${code}): geometry is not a (Multi)Polygon`);
  const iso = /** @type {string} */ (isoOf(code));
  const { name, name_local } = /** @type {{ name: string, name_local?: string }} */ (names.get(iso));
  out.push({ type: 'Feature', properties: { code, iso, name, ...(name_local ? { name_local } : {}) }, geometry: f.geometry });
}
out.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));

const codes = [...new Set(out.map((f) => f.properties.code))];
// A source older than a unit has no shape for it (Natural Earth has no Tbong Khmum: its KH-3 still covers it).
for (const note of geoCase.notes ?? [])
  if (codes.includes(note.code) && !(note.unlessPresent && codes.includes(note.unlessPresent)))
    for (const f of out) if (f.properties.code === note.code) f.properties.note = note.text;

if (mode === 'ne' && codes.length !== geoCase.naturalEarth.expect) fail(`expected ${geoCase.naturalEarth.expect} Natural Earth ${many}, found ${codes.length}`);
if (mode === 'from' && codes.length !== geoCase.count) {
  const missing = Array.from({ length: geoCase.count }, (_, i) => codeOfNumber(geoCase, i + 1)).filter((c) => !codes.includes(c));
  console.warn(`prepare: WARNING: ${input} covers ${codes.length} of ${geoCase.count} ${many}; missing ${missing.join(' ')}`);
}
if (out.length !== codes.length) console.warn(`prepare: ${out.length} features for ${codes.length} codes; parts with the same code will be dissolved`);

const fields = ['code', 'iso', 'name', 'name_local', 'note'].filter((k) => out.some((f) => k in f.properties));
writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features: out }));
writeFileSync(`${output}.fields`, fields.join(','));
console.log(`prepare: ${out.length} features, ${codes.length} ${many} (${codes[0]}–${codes.at(-1)}) of ${first}–${last}`);
