import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { dashboardMapShapes, locatorFor, locatorSprite } from './geo';

describe('locator maps', () => {
  it('draws the 24 shapes of the boundary file, each with its ISO code as id', () => {
    const sprite = locatorSprite();
    expect(sprite.match(/<path id="KH-\d+"/g)).toHaveLength(24);
    expect(sprite.length).toBeLessThan(15_000);
  });

  it('shades Kampong Cham’s shape for Tbong Khmum, and says why', () => {
    expect(locatorFor('KH-25')).toMatchObject({ shape: 'KH-3', note: expect.stringMatching(/Tbong Khmum is not drawn on its own/) });
    expect(locatorFor('KH-3')?.note).toMatch(/also covers Tbong Khmum/);
    expect(locatorFor('KH-6')).toMatchObject({ shape: 'KH-6', note: undefined });
  });

  it('the dashboard map’s Kampong Cham shape also draws Tbong Khmum, as shown_with in data/places/provinces.csv says; no other shape draws two', () => {
    const drawingOthers = dashboardMapShapes().shapes.filter((shape) => 'also' in shape);
    expect(drawingOthers.map(({ iso, also }) => ({ iso, also }))).toEqual([{ iso: 'KH-3', also: ['KH-25'] }]);
  });

  it('has no map for an unknown province', () => {
    expect(locatorFor('KH-99')).toBeUndefined();
  });
});

/** Absolute points of a path made of M, L, l (with implicit repeats) and z commands. */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  let [x, y] = [0, 0];
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < numbers.length; i += 2) {
      [x, y] = command !== 'l' ? [numbers[i], numbers[i + 1]] : [x + numbers[i], y + numbers[i + 1]];
      points.push([x, y]);
    }
  }
  return points;
}

describe('dashboard map', () => {
  const map = dashboardMapShapes();
  const [, , width, height] = map.viewBox.split(' ').map(Number);

  it('projects the 24 shapes into a 600-wide box, small enough to inline in the page', () => {
    expect(map.shapes).toHaveLength(24);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(400);
    expect(map.shapes.map((shape) => shape.d).join('').length).toBeLessThan(10_000);
    for (const shape of map.shapes) {
      expect(shape.d, `${shape.iso}: whole units only`).toMatch(/^M[-\d Mlz]+$/);
    }
  });

  it('keeps every point within rounding distance of d3’s unrounded projection', () => {
    const topology = JSON.parse(readFileSync('static/geo/provinces.topo.json', 'utf8')) as Topology<{ provinces: GeometryCollection<{ iso: string }> }>;
    const provinces = feature(topology, topology.objects.provinces) as FeatureCollection<Geometry, { iso: string }>;
    const path = geoPath(geoMercator().fitWidth(600, provinces));
    for (const province of provinces.features) {
      const exact = pointsOf(path(province)!.replace(/,/g, ' '));
      const compact = pointsOf(map.shapes.find((shape) => shape.iso === province.properties.iso)!.d);
      // Every rounded point is one of d3's points, in order (repeats after rounding are dropped).
      let next = 0;
      for (const [x, y] of compact) {
        while (next < exact.length && Math.hypot(exact[next][0] - x, exact[next][1] - y) > Math.SQRT1_2) next++;
        expect(next, `${province.properties.iso} point ${x},${y}`).toBeLessThan(exact.length);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(width);
        expect(y).toBeLessThanOrEqual(height);
      }
      expect(compact.length, province.properties.iso).toBeGreaterThan(exact.length / 3);
    }
  });
});
