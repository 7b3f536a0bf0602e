// The build reads the province boundaries once ($lib/server/geo): a partial or damaged file must stop it with the
// file, what is wrong and the fix, not publish a map and a provinces.geojson with holes, nor end in a stack trace.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProvinceBoundaries } from './geo';

const TOPOLOGY = readFileSync('static/geo/provinces.topo.json', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'geo-boundaries-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project folder whose boundary file holds `text`, with the real province list. */
function projectWith(name: string, text: string): string {
  const root = join(work, name);
  mkdirSync(join(root, 'static/geo'), { recursive: true });
  mkdirSync(join(root, 'data/places'), { recursive: true });
  cpSync('data/places/provinces.csv', join(root, 'data/places/provinces.csv'));
  writeFileSync(join(root, 'static/geo/provinces.topo.json'), text);
  return root;
}

/** The message loading that project's boundaries fails with. */
function failureOf(name: string, text: string): string {
  const root = projectWith(name, text);
  let message = '';
  try {
    loadProvinceBoundaries(root);
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  expect(message, 'loading should fail').not.toBe('');
  expect(message).toContain(join(root, 'static/geo/provinces.topo.json'));
  expect(message).toMatch(/fix: Re-run `npm run build-geo`.*--from/);
  return message;
}

describe('loadProvinceBoundaries', () => {
  it('loads the committed file: 24 shapes, Tbong Khmum inside Kampong Cham’s', () => {
    expect(loadProvinceBoundaries(projectWith('real', TOPOLOGY)).features).toHaveLength(24);
  });

  it('stops on a file with 12 of the 24 shapes, naming every province left without one', () => {
    const topology = JSON.parse(TOPOLOGY);
    topology.objects.provinces.geometries = topology.objects.provinces.geometries.slice(0, 12);
    const message = failureOf('half', JSON.stringify(topology));
    expect(message).toContain('12 of 25 provinces have no shape: KH-13 Preah Vihear, KH-14 Prey Veng');
    expect(message).toContain('KH-24 Pailin');
    // Kampong Cham's shape is there, and covers Tbong Khmum.
    expect(message).not.toContain('KH-25 Tbong Khmum,');
  });

  it('stops on a truncated file', () => {
    expect(failureOf('truncated', TOPOLOGY.slice(0, 4000))).toMatch(/not valid JSON .*truncated or damaged/);
  });

  it('stops on a TopoJSON without a "provinces" GeometryCollection', () => {
    const topology = JSON.parse(TOPOLOGY);
    expect(failureOf('renamed', JSON.stringify({ ...topology, objects: { states: topology.objects.provinces } }))).toContain(
      'no TopoJSON object "provinces" (objects: states)'
    );
    expect(failureOf('wrong-type', JSON.stringify({ ...topology, objects: { provinces: { type: 'Polygon', arcs: [[0]] } } }))).toContain(
      'its object "provinces" is "Polygon", not a GeometryCollection'
    );
    expect(failureOf('geojson', JSON.stringify({ type: 'FeatureCollection', features: [] }))).toContain('not a TopoJSON Topology');
  });
});
