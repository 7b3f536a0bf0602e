import { error } from '@sveltejs/kit';
import { getCase, getCases } from '$lib/server/cases';
import { caseMapShapes } from '$lib/server/case-geo';
import { caseSummary } from '$lib/server/case-page';

export const entries = () =>
  [...getCases()].flatMap(([id, { data }]) => Object.values(data.places).flatMap((places) => places.map((place) => ({ case: id, code: place.code }))));

export function load({ params }) {
  const built = getCase(params.case);
  const level = built?.data.meta.levels.find((l) => built.data.places[l.key]?.some((p) => p.code === params.code));
  if (!built || !level) error(404, 'No such place');
  const place = built.data.places[level.key].find((p) => p.code === params.code)!;
  const rows = built.rows.filter((row) => row.places[level.key] === place.code);
  const childLevel = built.data.meta.levels.find((l) => l.parent === level.key);
  const children = childLevel ? built.data.places[childLevel.key].filter((p) => p.parent === place.code) : [];
  return { ...caseSummary(built), level, place, rows, childLevel, children, map: caseMapShapes(built.data) };
}
