import { casesOverview } from '$lib/server/case-page';

export function load() {
  return { cases: casesOverview() };
}
