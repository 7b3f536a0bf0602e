import { error } from '@sveltejs/kit';
import { getCase, getCases } from '$lib/server/cases';
import { caseMapShapes } from '$lib/server/case-geo';
import { caseSummary } from '$lib/server/case-page';

export const entries = () => [...getCases().keys()].map((id) => ({ case: id }));

export function load({ params }) {
  const built = getCase(params.case);
  if (!built) error(404, 'No such case');
  return { ...caseSummary(built), rows: built.rows, map: caseMapShapes(built.data) };
}
