// The province shapes as the server projects them for the dashboard map, and how each one looks for given counts.
import type { Count } from '$lib/filters/counts';
import { classFor, countForShape } from './choropleth';

/** SVG paths in one shared viewBox, keyed by the ISO code of the boundary file's shape. */
export interface ProvinceMapShapes {
  viewBox: string;
  /** `also`: the provinces this shape draws besides its own, having none of their own in the boundary file. */
  shapes: { iso: string; d: string; also?: string[] }[];
}

export interface ShapeLook {
  /** Index into the --class-N colour tokens. */
  classIndex: number;
  /** False when none of the shape's provinces is in the dataset's province list. */
  known: boolean;
  selected: boolean;
  /** Other provinces are selected and this one is not. */
  dimmed: boolean;
}

/** One look for both engines (SVG and Leaflet), so they never disagree on what a shape means. `isos`: the shape's provinces. */
export function shapeLook(isos: readonly string[], counts: ReadonlyMap<string, Count>, selected: ReadonlySet<string>, knownIsos: ReadonlySet<string>): ShapeLook {
  const isSelected = isos.some((iso) => selected.has(iso));
  return {
    classIndex: classFor(countForShape(isos, counts).people).index,
    known: isos.some((iso) => knownIsos.has(iso)),
    selected: isSelected,
    dimmed: selected.size > 0 && !isSelected
  };
}

/** What a shape says to screen readers and in its tooltip: plain text, never HTML. */
export interface ShapeDescription {
  label: string;
  lines: string[];
}

/** The fill of a dimmed shape: its class colour under hatching (DimmedPatterns.svelte draws the patterns). */
export function dimmedFill(prefix: string, classIndex: number): string {
  return `url(#${prefix}-c${classIndex})`;
}
