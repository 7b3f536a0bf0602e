// Province shapes for the small locator maps, projected once at build time from static/geo/provinces.topo.json.
// Pages draw them with <use> from one shared SVG file, so 1,700 pages don't each carry 10 kB of outlines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const LOCATOR_SPRITE_URL = '/geo/locator.svg';
const WIDTH = 240;
const HEIGHT = 220;

/** Natural Earth predates the 2013 split: Tbong Khmum (KH-25) has no shape of its own and lies inside KH-3's. */
const SHAPE_FOR: Record<string, string> = { 'KH-25': 'KH-3' };
const SHAPE_NOTES: Record<string, string> = {
  'KH-3':
    'The shaded shape is Kampong Cham as it was before 2013: it also covers Tbong Khmum, which was split off as its own province at the end of 2013.',
  'KH-25':
    'Tbong Khmum is not drawn on its own: the shaded shape is Kampong Cham as it was before the 2013 split, and Tbong Khmum is its eastern part.'
};

interface ProvinceProperties {
  code: string;
  iso: string;
  name: string;
}

export interface Locator {
  /** The sprite file and the id of the shape to shade in it. */
  sprite: string;
  shape: string;
  viewBox: string;
  note?: string;
}

/** A d3-geo path context that writes integer, relative commands and drops repeated points: a third of d3's output. */
class CompactPath {
  #parts: string[] = [];
  #x = 0;
  #y = 0;
  #ringStart: [number, number] = [0, 0];

  moveTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.#parts.push(`M${rx} ${ry}`);
    this.#x = rx;
    this.#y = ry;
    this.#ringStart = [rx, ry];
  }

  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.#x && ry === this.#y) return;
    const dx = rx - this.#x;
    const dy = ry - this.#y;
    this.#parts.push(`l${dx}${dy < 0 ? '' : ' '}${dy}`);
    this.#x = rx;
    this.#y = ry;
  }

  closePath() {
    this.#parts.push('z');
    [this.#x, this.#y] = this.#ringStart;
  }

  beginPath() {}

  arc() {}

  toString(): string {
    return this.#parts.join('');
  }
}

let cached: { iso: string; name: string; d: string }[] | undefined;

function provinceShapes(root: string = process.cwd()) {
  if (cached) return cached;
  const topology = JSON.parse(readFileSync(join(root, 'static/geo/provinces.topo.json'), 'utf8')) as Topology<{
    provinces: GeometryCollection<ProvinceProperties>;
  }>;
  const provinces = feature(topology, topology.objects.provinces) as FeatureCollection<Geometry, ProvinceProperties>;
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], provinces);
  cached = provinces.features.map((province: Feature<Geometry, ProvinceProperties>) => {
    const context = new CompactPath();
    geoPath(projection, context)(province);
    return { iso: province.properties.iso, name: province.properties.name, d: context.toString() };
  });
  return cached;
}

/** The shared SVG file: every province as a path with its ISO code as id, and all of them grouped as "provinces". */
export function locatorSprite(): string {
  const paths = provinceShapes()
    .map((shape) => `<path id="${shape.iso}" d="${shape.d}"><title>${shape.name}</title></path>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}"><g id="provinces">${paths}</g></svg>\n`;
}

/** What a page needs to draw the locator map for a province, or undefined when the province has no shape. */
export function locatorFor(iso: string): Locator | undefined {
  const shape = SHAPE_FOR[iso] ?? iso;
  if (!provinceShapes().some((province) => province.iso === shape)) return undefined;
  return { sprite: LOCATOR_SPRITE_URL, shape, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, note: SHAPE_NOTES[iso] };
}
