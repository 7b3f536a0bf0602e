import { error } from '@sveltejs/kit';
import { getCase, getCases } from '$lib/server/cases';
import { caseSummary } from '$lib/server/case-page';
import { sequenceOf } from '$lib/case/view';

export const entries = () => [...getCases()].flatMap(([id, { data }]) => data.people.map((person) => ({ case: id, id: person.id })));

export function load({ params }) {
  const built = getCase(params.case);
  const person = built?.data.people.find((p) => p.id === params.id);
  if (!built || !person) error(404, 'No such person');
  const switches = built.data.switches.filter((s) => s.person === person.id);
  return { ...caseSummary(built), person, rows: sequenceOf(built.rows, person.id), switches };
}
