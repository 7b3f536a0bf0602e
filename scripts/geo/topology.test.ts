// The boundary file check shared by scripts/build-geo.sh and the site build, on the committed file and damaged copies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProvinceTopology, formatTopologyProblems, shapeOfProvince } from './topology.mjs';

const TOPOLOGY = readFileSync('static/geo/provinces.topo.json', 'utf8');
const ROWS = readFileSync('data/places/provinces.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const ISO_OF = new Map(ROWS.map(([code, iso]) => [code, iso]));
const PROVINCES = ROWS.map(([, iso, name, ...rest]) => ({ iso, name, shownWith: ISO_OF.get(rest.at(-1) ?? '') }));

describe('shapeOfProvince', () => {
  it('reads the rule from data/places/provinces.csv: Tbong Khmum is drawn with Kampong Cham’s shape, every other province with its own', () => {
    const shapeOf = shapeOfProvince(PROVINCES);
    expect(shapeOf.get('KH-25')).toBe('KH-3');
    expect([...shapeOf].filter(([iso, shape]) => iso !== shape)).toEqual([['KH-25', 'KH-3']]);
  });
});

/** The committed file, changed by `edit`. */
function edited(edit: (topology: { objects: Record<string, { type: string; geometries: { properties: { iso: string } }[] }> }) => void): string {
  const topology = JSON.parse(TOPOLOGY);
  edit(topology);
  return JSON.stringify(topology);
}

function problemsOf(text: string, options: Parameters<typeof checkProvinceTopology>[1] = { provinces: PROVINCES }): string[] {
  const check = checkProvinceTopology(text, options);
  return check.ok ? [] : check.problems;
}

describe('checkProvinceTopology', () => {
  it('accepts the committed Natural Earth file as build-geo.sh checks it: 24 shapes, Tbong Khmum inside Kampong Cham’s', () => {
    const check = checkProvinceTopology(TOPOLOGY, { provinces: PROVINCES, expect: 24, strictBbox: true });
    expect(check.ok && check.shapes.features).toHaveLength(24);
    expect(check.ok && check.summary).toMatch(/^24 shapes; bbox 102\.\d\d–107\.\d\d°E/);
  });

  it('names every province without a shape; only Tbong Khmum may lie inside Kampong Cham’s', () => {
    const half = edited((topology) => (topology.objects.provinces.geometries = topology.objects.provinces.geometries.slice(0, 12)));
    expect(problemsOf(half)).toEqual([
      '12 of 25 provinces have no shape: KH-13 Preah Vihear, KH-14 Prey Veng, KH-15 Pursat, KH-16 Ratanakiri, KH-17 Siem Reap, KH-18 Preah Sihanouk, ' +
        "KH-19 Stung Treng, KH-20 Svay Rieng, KH-21 Takeo, KH-22 Oddar Meanchey, KH-23 Kep, KH-24 Pailin (every province needs a shape of its own, except KH-25, which may lie inside KH-3's)"
    ]);
    const noKampongCham = edited((topology) => (topology.objects.provinces.geometries = topology.objects.provinces.geometries.filter(({ properties }) => properties.iso !== 'KH-3')));
    expect(problemsOf(noKampongCham)[0]).toMatch(/^2 of 25 provinces have no shape: KH-3 Kampong Cham, KH-25 Tbong Khmum /);
    // The exception is data, not code: without shown_with, Tbong Khmum needs a shape of its own.
    const withoutShownWith = PROVINCES.map(({ iso, name }) => ({ iso, name }));
    expect(problemsOf(TOPOLOGY, { provinces: withoutShownWith })).toEqual([
      '1 of 25 provinces have no shape: KH-25 Tbong Khmum (every province needs a shape of its own)'
    ]);
  });

  it('counts a shape with a null geometry as missing', () => {
    const nulled = edited((topology) => Object.assign(topology.objects.provinces.geometries[5], { type: null, arcs: undefined }));
    expect(problemsOf(nulled)).toEqual(['06 Kampong Thom: empty geometry', expect.stringMatching(/^1 of 25 provinces have no shape: KH-6 Kampong Thom /)]);
  });

  it('stops on a truncated file, saying so', () => {
    expect(problemsOf(TOPOLOGY.slice(0, TOPOLOGY.length / 2))).toEqual([expect.stringMatching(/^it is not valid JSON \(.+\): the file is truncated or damaged$/)]);
    expect(problemsOf('')).toEqual([expect.stringMatching(/not valid JSON/)]);
  });

  it('stops on a file without the "provinces" GeometryCollection', () => {
    expect(problemsOf(edited((topology) => (topology.objects = { states: topology.objects.provinces })))).toEqual(['it has no TopoJSON object "provinces" (objects: states)']);
    expect(problemsOf(edited((topology) => (topology.objects.provinces.type = 'Polygon')))).toEqual([
      'its object "provinces" is "Polygon", not a GeometryCollection of province shapes'
    ]);
    expect(problemsOf('{"type":"FeatureCollection","features":[]}')).toEqual(['it is not a TopoJSON Topology (its "type" is "FeatureCollection")']);
    expect(problemsOf('null')).toEqual(['it is not a TopoJSON Topology (its "type" is undefined)']);
  });

  it('stops on damaged arcs instead of throwing', () => {
    expect(problemsOf(edited((topology) => Object.assign(topology, { arcs: null })))[0]).toMatch(/^its shapes cannot be decoded/);
  });

  it('formats the problems with the file and the fix', () => {
    expect(formatTopologyProblems('static/geo/provinces.topo.json', ['a', 'b'])).toMatch(
      /^static\/geo\/provinces\.topo\.json cannot be used as the province boundaries:\n {2}- a\n {2}- b\n {2}fix: Re-run `npm run build-geo`.*--from FILE/
    );
  });
});
