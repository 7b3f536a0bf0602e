// Choropleth classes for small counts, and how provinces without their own shape are folded into one that has.
import type { Count } from '$lib/filters/counts';

export interface ClassBreak {
  /** Index into the --class-N colour tokens. */
  index: number;
  label: string;
  min: number;
  max: number;
}

/** Fixed classes suit counts from zero to a few dozen, and keep colours comparable between filtered views. */
export const CLASS_BREAKS: ClassBreak[] = [
  { index: 0, label: '0', min: 0, max: 0 },
  { index: 1, label: '1', min: 1, max: 1 },
  { index: 2, label: '2–3', min: 2, max: 3 },
  { index: 3, label: '4–9', min: 4, max: 9 },
  { index: 4, label: '10–24', min: 10, max: 24 },
  { index: 5, label: '25+', min: 25, max: Infinity }
];

export function classFor(value: number): ClassBreak {
  return CLASS_BREAKS.find((b) => value >= b.min && value <= b.max) ?? CLASS_BREAKS[CLASS_BREAKS.length - 1];
}

/**
 * The provinces each shape stands for: its own, and those the boundary file has no shape for that it covers (`also`,
 * from data/places/provinces.csv's shown_with). A shape shows their summed count and selects them all.
 */
export function provincesByShape(shapes: readonly { iso: string; also?: readonly string[] }[]): Map<string, string[]> {
  return new Map(shapes.map(({ iso, also = [] }) => [iso, [iso, ...also]]));
}

/** A shape's count: the sum over the provinces it stands for. */
export function countForShape(isos: readonly string[], counts: ReadonlyMap<string, Count>): Count {
  return isos.reduce(
    (sum, iso) => {
      const count = counts.get(iso);
      return count ? { records: sum.records + count.records, people: sum.people + count.people } : sum;
    },
    { records: 0, people: 0 }
  );
}


/**
 * Shapes that stand for several provinces while only some of them are selected: the outline then takes in a
 * province whose records the filter leaves out, which the map has to say in words.
 */
export function partlySelectedShapes(shapeProvinces: ReadonlyMap<string, readonly string[]>, selected: ReadonlySet<string>): { selected: string[]; left: string[] }[] {
  return [...shapeProvinces.values()]
    .filter((isos) => isos.length > 1)
    .map((isos) => ({ selected: isos.filter((iso) => selected.has(iso)), left: isos.filter((iso) => !selected.has(iso)) }))
    .filter((shape) => shape.selected.length > 0 && shape.left.length > 0);
}
