// A case's boundary parameters for scripts/build-geo.sh and its steps: scripts/geo/cases/<case>.json (or the path of such
// a file). No case given = cambodia-2017, the original map (static/geo/provinces.topo.json).
//
//   node scripts/geo/case.mjs [CASE] --shell   prints the shell variables build-geo.sh needs
//
// A case file holds (see cases/malaysia-2018.json):
//   id, region (a name for messages), country (ISO alpha-3, the Natural Earth adm0_a3 filter), isoPrefix ("MY-"), isoDigits (1: "KH-1", 2: "MY-01"),
//   code ("iso": a shape's code is its ISO code; "number": "01".."NN"), count (units numbered 1..count),
//   unit ([one, many], e.g. ["state", "states"]), object (TopoJSON object name), out (the .topo.json path; NOTICE.md is
//   written beside it), bbox ([west, south, east, north]: every shape must lie inside it), naturalEarth ({expect: shapes
//   Natural Earth has, extent: its overall [w, s, e, n], checked to ±0.15°}), names (a CSV path with code/iso, name and
//   optionally name_local and shown_with columns, or an inline {ISO: {name, name_local?}} table), notes (optional
//   [{code, unlessPresent?, text}]: a `note` property for a shape), quantization, notice ({naturalEarth: [...lines],
//   from: [...lines]}, with {{placeholders}} filled by notice.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CASE = 'cambodia-2017';

/**
 * @typedef {{ name: string, name_local?: string, shownWith?: string }} UnitName
 * @typedef {{
 *   id: string, file: string, region: string, country: string, isoPrefix: string, isoDigits: number, code: 'iso' | 'number', count: number,
 *   unit: [string, string], object: string, out: string, bbox: [number, number, number, number],
 *   naturalEarth: { expect: number, extent: [number, number, number, number] }, names: string | Record<string, UnitName>,
 *   notes?: { code: string, unlessPresent?: string, text: string }[], quantization: string,
 *   notice: { naturalEarth: string[], from: string[] }
 * }} GeoCase
 */

/**
 * Reads and checks a case file. `ref` is a case id (scripts/geo/cases/<id>.json) or a path ending in .json.
 * @param {string} [ref]
 * @returns {GeoCase}
 */
export function loadGeoCase(ref = DEFAULT_CASE) {
  const file = ref.endsWith('.json') ? ref : join(ROOT, 'scripts/geo/cases', `${ref}.json`);
  if (!existsSync(file)) throw new Error(`no case file ${file} (cases: scripts/geo/cases/*.json)`);
  /** @type {GeoCase} */
  const c = { ...JSON.parse(readFileSync(file, 'utf8')), file };
  const problems = [];
  if (!c.region) problems.push('region must name the place, e.g. "Malaysia"');
  if (!/^[A-Z]{3}$/.test(c.country ?? '')) problems.push('country must be an ISO 3166-1 alpha-3 code (Natural Earth adm0_a3)');
  if (!/^[A-Z]{2}-$/.test(c.isoPrefix ?? '')) problems.push('isoPrefix must look like "MY-"');
  if (![1, 2].includes(c.isoDigits)) problems.push('isoDigits must be 1 or 2');
  if (!['iso', 'number'].includes(c.code)) problems.push('code must be "iso" or "number"');
  if (!(Number.isInteger(c.count) && c.count > 0 && c.count < 100)) problems.push('count must be 1..99');
  if (!/^[a-z][a-z0-9_-]*$/i.test(c.object ?? '')) problems.push('object must be a plain name');
  if (!/\.topo\.json$/.test(c.out ?? '')) problems.push('out must be a path ending in .topo.json');
  if (!isBox(c.bbox)) problems.push('bbox must be [west, south, east, north]');
  if (!isBox(c.naturalEarth?.extent) || !Number.isInteger(c.naturalEarth?.expect)) problems.push('naturalEarth needs expect and extent');
  if (!c.names) problems.push('names must be a CSV path or a table');
  if (!Array.isArray(c.notice?.naturalEarth) || !Array.isArray(c.notice?.from)) problems.push('notice needs naturalEarth and from lines');
  if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
  return c;
}

/** @param {unknown} b */
function isBox(b) {
  return Array.isArray(b) && b.length === 4 && b.every((v) => typeof v === 'number') && b[0] < b[2] && b[1] < b[3];
}

/** @param {GeoCase} c @param {number} n 1..count → its ISO 3166-2 code */
export function isoOfNumber(c, n) {
  return c.isoPrefix + String(n).padStart(c.isoDigits, '0');
}

/** @param {GeoCase} c @param {number} n 1..count → the shape's `code` */
export function codeOfNumber(c, n) {
  return c.code === 'iso' ? isoOfNumber(c, n) : String(n).padStart(2, '0');
}

/** @param {GeoCase} c → a shape's code → its ISO code, or undefined for anything else */
export function isoOfCode(c) {
  const map = new Map(Array.from({ length: c.count }, (_, i) => [codeOfNumber(c, i + 1), isoOfNumber(c, i + 1)]));
  return (/** @type {string} */ code) => map.get(code);
}

/**
 * "MY01", "MY-1", "MY-01", "01", "1", 1 → the shape's code ("MY-01" or "01"); anything else, or a number outside 1..count → null.
 * @param {GeoCase} c
 * @param {unknown} v
 */
export function normaliseCode(c, v) {
  const letters = c.isoPrefix.slice(0, 2);
  const m = new RegExp(`^(?:${letters})?[-_ ]?0*(\\d{1,2})$`, 'i').exec(String(v ?? '').trim());
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= c.count ? codeOfNumber(c, n) : null;
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. @param {string} text */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

/**
 * The case's units by ISO code: name, name_local (if the source has one) and shownWith (the ISO code of the unit whose
 * shape draws this one, from a CSV's shown_with column). A CSV is read by its `iso` column, or else its `code` column.
 * @param {GeoCase} c
 * @returns {Map<string, UnitName>}
 */
export function unitNames(c) {
  /** @type {Map<string, UnitName>} */
  const out = new Map();
  if (typeof c.names === 'string') {
    const path = join(ROOT, c.names);
    if (!existsSync(path)) throw new Error(`${c.names} is missing (names for case ${c.id})`);
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
    const col = (/** @type {string} */ name) => header.indexOf(name);
    const key = col('iso') >= 0 ? col('iso') : col('code');
    if (key < 0 || col('name') < 0) throw new Error(`${c.names} needs a code (or iso) and a name column`);
    const isoOf = new Map(rows.map((r) => [r[col('code')], r[key]]));
    for (const r of rows) {
      const shown = col('shown_with') >= 0 ? r[col('shown_with')] : '';
      out.set(r[key], {
        name: r[col('name')],
        ...(col('name_local') >= 0 && r[col('name_local')] ? { name_local: r[col('name_local')] } : {}),
        ...(shown ? { shownWith: isoOf.get(shown) ?? shown } : {})
      });
    }
  } else for (const [iso, v] of Object.entries(c.names)) out.set(iso, { name: v.name, ...(v.name_local ? { name_local: v.name_local } : {}) });
  const expected = Array.from({ length: c.count }, (_, i) => isoOfNumber(c, i + 1));
  const missing = expected.filter((iso) => !out.get(iso)?.name);
  const extra = [...out.keys()].filter((iso) => !expected.includes(iso));
  if (missing.length || extra.length)
    throw new Error(`names for case ${c.id} must cover ${expected[0]}..${expected.at(-1)} exactly` + (missing.length ? `; missing ${missing.join(' ')}` : '') + (extra.length ? `; unexpected ${extra.join(' ')}` : ''));
  return out;
}

/** The units as the topology check wants them: [{iso, name, shownWith?}] in code order. @param {GeoCase} c */
export function unitList(c) {
  return [...unitNames(c)].map(([iso, { name, shownWith }]) => ({ iso, name, ...(shownWith ? { shownWith } : {}) }));
}

/** The options of checkProvinceTopology for this case (its object, codes, bbox and Natural Earth extent). @param {GeoCase} c */
export function topologyScheme(c) {
  return { object: c.object, isoOf: isoOfCode(c), bbox: c.bbox, extent: c.naturalEarth.extent, unit: c.unit, region: c.region };
}

/** Where the case's names come from, for NOTICE.md. @param {GeoCase} c */
export function namesSource(c) {
  return typeof c.names === 'string' ? c.names : relative(ROOT, c.file);
}

/** @param {string | number} s */
const shq = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const ref = args.find((/** @type {string} */ a) => !a.startsWith('--'));
  try {
    const c = loadGeoCase(ref);
    unitNames(c); // fail early on a names problem
    if (args.includes('--shell'))
      process.stdout.write(
        [
          `case_id=${shq(c.id)}`,
          `case_file=${shq(c.file)}`,
          `case_out=${shq(join(ROOT, c.out))}`,
          `case_object=${shq(c.object)}`,
          `case_expect=${shq(c.naturalEarth.expect)}`,
          `case_quantization=${shq(c.quantization)}`
        ].join('\n') + '\n'
      );
    else console.log(JSON.stringify(c, null, 2));
  } catch (error) {
    console.error(`case: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
