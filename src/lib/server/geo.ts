// Province shapes projected once at build time from static/geo/provinces.topo.json: the small locator maps,
// which pages draw with <use> from one shared SVG file (1,700 pages don't each carry the outlines),
// and the dashboard's province map, whose paths Svelte renders into the page itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoMercator, geoPath, type GeoProjection } from 'd3';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parseCsvRecords } from '$lib/csv/csv';
import type { ProvinceMapShapes } from '$lib/map/shapes';
// The same check scripts/build-geo.sh runs before it writes the file (plain JS, as build-geo runs it with node).
import { checkProvinceTopology, formatTopologyProblems, shapeOfProvince } from '../../../scripts/geo/topology.mjs';
import { escapeXml } from '$lib/xml';

export const LOCATOR_SPRITE_URL = '/geo/locator.svg';
const WIDTH = 240;
const HEIGHT = 220;

const TOPOLOGY_FILE = 'static/geo/provinces.topo.json';

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

/**
 * A d3-geo path context that writes integer, relative commands (repeated "l"s left implicit) and drops
 * repeated points: about a third of d3's output. Positions are tracked rounded, so rounding errors never add up.
 */
class CompactPath {
  #parts: string[] = [];
  #x = 0;
  #y = 0;
  #ringStart: [number, number] = [0, 0];
  #afterLine = false;

  moveTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    this.#parts.push(`M${pair(rx, ry)}`);
    this.#afterLine = false;
    this.#x = rx;
    this.#y = ry;
    this.#ringStart = [rx, ry];
  }

  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === this.#x && ry === this.#y) return;
    const next = pair(rx - this.#x, ry - this.#y);
    this.#parts.push(this.#afterLine ? `${next.startsWith('-') ? '' : ' '}${next}` : `l${next}`);
    this.#afterLine = true;
    this.#x = rx;
    this.#y = ry;
  }

  closePath() {
    this.#parts.push('z');
    this.#afterLine = false;
    [this.#x, this.#y] = this.#ringStart;
  }

  beginPath() {}

  arc() {}

  toString(): string {
    return this.#parts.join('');
  }
}

/** Two numbers as SVG path arguments: a minus sign separates them as well as a space does. */
function pair(x: number, y: number): string {
  return `${x}${y < 0 ? '' : ' '}${y}`;
}

type ProvinceBoundaries = FeatureCollection<Geometry, ProvinceProperties>;

let boundaries: ProvinceBoundaries | undefined;

/**
 * The boundary file under `root`, checked against the province list of the data the build uses (DATA_ROOT's, as
 * $lib/server/dataset reads it) before anything is drawn from it. Throws the check's message: the file,
 * each problem, and the fix.
 */
export function loadProvinceBoundaries(root: string = process.cwd(), dataRoot: string = process.env.DATA_ROOT ?? root): ProvinceBoundaries {
  const file = root === process.cwd() ? TOPOLOGY_FILE : join(root, TOPOLOGY_FILE);
  let text: string;
  try {
    text = readFileSync(join(root, TOPOLOGY_FILE), 'utf8');
  } catch (error) {
    throw new BoundaryFileError(formatTopologyProblems(file, [`it cannot be read (${(error as Error).message})`]));
  }
  const check = checkProvinceTopology(text, { provinces: provinceList(dataRoot) });
  if (!check.ok) throw new BoundaryFileError(formatTopologyProblems(file, check.problems));
  return check.shapes;
}

/**
 * The provinces every map must cover, each with the ISO code of the province whose shape draws it when that is not its
 * own: data/places/provinces.csv, which the dataset's validation has already checked.
 */
function provinceList(dataRoot: string): { iso: string; name: string; shownWith?: string }[] {
  const records = parseCsvRecords(readFileSync(join(dataRoot, 'data/places/provinces.csv'), 'utf8')).records;
  const isoOf = new Map(records.map(({ code, iso }) => [code, iso]));
  return records.map(({ iso, name, shown_with }) => ({ iso, name, shownWith: shown_with ? isoOf.get(shown_with) : undefined }));
}

let shapeOf: Map<string, string> | undefined;

/** Each province's ISO code → the ISO code of the shape that draws it (see shapeOfProvince), for the data the build uses. */
function shapeOfEachProvince(): Map<string, string> {
  return (shapeOf ??= shapeOfProvince(provinceList(process.env.DATA_ROOT ?? process.cwd())));
}

/** What a locator map says when its shape stands for more than one province (shown_with in provinces.csv). */
function shapeNote(iso: string, shape: string): string | undefined {
  const names = new Map(provinceList(process.env.DATA_ROOT ?? process.cwd()).map((p) => [p.iso, p.name]));
  if (iso !== shape) return `${names.get(iso)} is not drawn on its own in the map data: the shaded shape is ${names.get(shape)}'s, which covers it.`;
  const within = [...shapeOfEachProvince()].filter(([other, drawnBy]) => drawnBy === iso && other !== iso).map(([other]) => names.get(other));
  return within.length ? `The shaded shape is ${names.get(iso)}'s boundary in the map data: it also covers ${within.join(', ')}, not drawn on its own.` : undefined;
}

/**
 * A boundary file the build cannot use. Its message says all there is to say (file, problems, fix), so the stack is
 * left out: the build prints it, and a trace through the prerenderer would bury the message.
 */
class BoundaryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BoundaryFileError';
    this.stack = `${this.name}: ${message}`;
  }
}

function readBoundaries() {
  return (boundaries ??= loadProvinceBoundaries());
}

function projectShapes(projection: GeoProjection) {
  return readBoundaries().features.map((province: Feature<Geometry, ProvinceProperties>) => {
    const context = new CompactPath();
    geoPath(projection, context)(province);
    return { iso: province.properties.iso, name: province.properties.name, d: context.toString() };
  });
}

/** A province's outline in the locator's box, and the name its tooltip shows. */
export interface LocatorShape {
  iso: string;
  name: string;
  d: string;
}

let locatorShapes: LocatorShape[] | undefined;

function provinceShapes() {
  locatorShapes ??= projectShapes(geoMercator().fitSize([WIDTH, HEIGHT], readBoundaries()));
  return locatorShapes;
}

/**
 * The dashboard's province map, projected once per build. Its paths go into the prerendered HTML twice
 * (as markup and as hydration data), so coordinates are whole units of a 600-unit-wide box: the map is
 * drawn at most ~420 px wide, so rounding moves a point by under half a pixel, and a tenth of a unit
 * would almost double the bytes (5.1 kB against 2.8 kB gzip) for no visible change.
 */
let dashboardShapes: ProvinceMapShapes | undefined;

export function dashboardMapShapes(): ProvinceMapShapes {
  if (dashboardShapes) return dashboardShapes;
  const width = 600;
  const projection = geoMercator().fitWidth(width, readBoundaries());
  const height = Math.ceil(geoPath(projection).bounds(readBoundaries())[1][1]);
  dashboardShapes = {
    viewBox: `0 0 ${width} ${height}`,
    shapes: projectShapes(projection).map(({ iso, d }) => {
      const also = [...shapeOfEachProvince()].filter(([other, shape]) => shape === iso && other !== iso).map(([other]) => other);
      return also.length ? { iso, d, also } : { iso, d };
    })
  };
  return dashboardShapes;
}

/** The shared SVG file: every province as a path with its ISO code as id, and all of them grouped as "provinces". */
export function locatorSprite(): string {
  return locatorSvg(provinceShapes());
}

/**
 * Writes the locator SVG from projected shapes. Every value is XML-escaped: the file is served on its own, where no
 * page's CSP applies, so a <script> in a province name would run if anyone opened it.
 */
export function locatorSvg(shapes: readonly LocatorShape[]): string {
  const paths = shapes
    .map((shape) => `<path id="${escapeXml(shape.iso)}" d="${escapeXml(shape.d)}"><title>${escapeXml(shape.name)}</title></path>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}"><g id="provinces">${paths}</g></svg>\n`;
}

/** What a page needs to draw the locator map for a province, or undefined when the province has no shape. */
export function locatorFor(iso: string): Locator | undefined {
  const shape = shapeOfEachProvince().get(iso) ?? iso;
  if (!provinceShapes().some((province) => province.iso === shape)) return undefined;
  return { sprite: LOCATOR_SPRITE_URL, shape, viewBox: `0 0 ${WIDTH} ${HEIGHT}`, note: shapeNote(iso, shape) };
}
