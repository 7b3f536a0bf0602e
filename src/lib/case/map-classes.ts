// The choropleth's classes: 0 for places with no counted switcher, then four equal steps up to the largest count, so a
// place with one switcher is never drawn like a place with none.
export const CLASS_COUNT = 5;

export function classOf(count: number, max: number): number {
  if (count <= 0) return 0;
  return Math.min(CLASS_COUNT - 1, 1 + Math.floor(((count - 1) / Math.max(1, max)) * (CLASS_COUNT - 1)));
}

/** A case's map level, projected at build time (server/case-geo.ts) into SVG path data. */
export interface CaseMapShapes {
  width: number;
  height: number;
  shapes: { code: string; d: string }[];
}
