// What pages read from a case: a person's switches in date order, and the headline count under the case's counting rule.
import { dateSortKey, defectionInterval } from '$lib/data/dates';
import type { CaseData, Switch } from './schema';

const sortKey = (item: Switch) => dateSortKey(defectionInterval(item.left.date) ?? {}) ?? '9999';

/** A person's switches in the order they happened (by leaving date; undated ones last, then by id). */
export function switchSequence(data: Pick<CaseData, 'switches'>, personId: string): Switch[] {
  return data.switches
    .filter((item) => item.person === personId)
    .sort((a, b) => (sortKey(a) !== sortKey(b) ? (sortKey(a) < sortKey(b) ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The switches the headline counts: those whose status is in counting.statuses. */
export function countedSwitches(data: Pick<CaseData, 'meta' | 'switches'>, switches: readonly Switch[] = data.switches): Switch[] {
  const statuses = new Set<string>(data.meta.counting.statuses);
  return switches.filter((item) => statuses.has(item.status));
}

/**
 * The headline number, per counting.unit: "people" counts each person with a counted switch once, "switches" counts each
 * counted switch. `switches` narrows it (e.g. to a filter's matches); all of the case's by default.
 */
export function countCase(data: Pick<CaseData, 'meta' | 'switches'>, switches: readonly Switch[] = data.switches): number {
  const counted = countedSwitches(data, switches);
  return data.meta.counting.unit === 'people' ? new Set(counted.map((item) => item.person)).size : counted.length;
}
