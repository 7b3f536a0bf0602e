// Step 1 of scripts/build-geo.sh: pick Cambodia's admin-1 features and give them uniform properties
// { code: "01".."25", iso: "KH-1".."KH-25", name, note? }, sorted by code. Geometry is passed through.
//
//   node scripts/geo/prepare.mjs --ne admin1.json out.geojson
//   node scripts/geo/prepare.mjs --from user.geojson --code-field ADM1_PCODE out.geojson
//
// English names come from data/places/provinces.csv so the map and the gazetteer agree.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TBONG_KHMUM_NOTE = 'Boundary predates the 2013 split: this shape includes Tbong Khmum (KH-25)';

function fail(msg) {
  console.error(`prepare: ${msg}`);
  process.exit(1);
}

const args = process.argv.slice(2);
let mode, input, codeField, output;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--ne' || a === '--from') {
    mode = a.slice(2);
    input = args[++i];
  } else if (a === '--code-field') codeField = args[++i];
  else if (!output) output = a;
  else fail(`unexpected argument ${a}`);
}
if (!mode || !input || !output) fail('usage: prepare.mjs (--ne FILE | --from FILE --code-field FIELD) OUT');
if (mode === 'from' && !codeField) fail('--from needs --code-field (e.g. ADM1_PCODE or shapeISO)');

// Province names: data/places/provinces.csv (code,iso,name,...). No quoted fields in the first 3 columns.
const names = new Map(
  readFileSync(join(ROOT, 'data/places/provinces.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([code, iso, name]) => [code, { iso, name }])
);
if (names.size !== 25) fail('data/places/provinces.csv must list 25 provinces');

/** "KH01", "KH-1", "KH-01", "01", "1", 1 → "01"; anything else → null. */
function normaliseCode(v) {
  const m = /^(?:KH)?[-_ ]?0*(\d{1,2})$/i.exec(String(v ?? '').trim());
  if (!m) return null;
  const code = m[1].padStart(2, '0');
  return names.has(code) ? code : null;
}

let fc;
try {
  fc = JSON.parse(readFileSync(input, 'utf8'));
} catch (e) {
  fail(`cannot read ${input} as JSON: ${e.message}`);
}
if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) fail(`${input} is not a GeoJSON FeatureCollection`);

let features = fc.features;
if (mode === 'ne') features = features.filter((f) => f.properties?.adm0_a3 === 'KHM');

const out = [];
for (const [i, f] of features.entries()) {
  const raw = mode === 'ne' ? f.properties?.iso_3166_2 : f.properties?.[codeField];
  const code = normaliseCode(raw);
  if (!code) fail(`feature ${i}: ${mode === 'ne' ? 'iso_3166_2' : codeField} = ${JSON.stringify(raw)} is not a Cambodian province code (01–25, KH01, KH-1)`);
  if (!f.geometry || !/^(Multi)?Polygon$/.test(f.geometry.type)) fail(`feature ${i} (${code}): geometry is not a (Multi)Polygon`);
  const { iso, name } = names.get(code);
  out.push({ type: 'Feature', properties: { code, iso, name }, geometry: f.geometry });
}
out.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));

const codes = [...new Set(out.map((f) => f.properties.code))];
// Natural Earth (and any pre-2014 source) has no Tbong Khmum: its KH-3 still covers it.
if (codes.includes('03') && !codes.includes('25')) for (const f of out) if (f.properties.code === '03') f.properties.note = TBONG_KHMUM_NOTE;

if (mode === 'ne' && codes.length !== 24) fail(`expected 24 Natural Earth provinces, found ${codes.length}`);
if (mode === 'from' && codes.length !== 25) {
  const missing = [...names.keys()].filter((c) => !codes.includes(c));
  console.warn(`prepare: WARNING: ${input} covers ${codes.length} of 25 provinces; missing ${missing.join(' ')}`);
}
if (out.length !== codes.length) console.warn(`prepare: ${out.length} features for ${codes.length} codes; parts with the same code will be dissolved`);

writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features: out }));
console.log(`prepare: ${out.length} features, ${codes.length} provinces (${codes[0]}–${codes.at(-1)})`);
