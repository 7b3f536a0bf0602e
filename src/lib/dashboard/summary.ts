// The sentence at the top of the dashboard, built from counts: pure, so its wording is tested.
import type { DefectionRow } from '$lib/data/rows';
import { countRows } from '$lib/filters/aggregate';
import type { FilterState } from '$lib/filters/state';
import { formatDay, formatNumber, listJoin, plural } from '$lib/format';
import { STATUSES } from '$lib/schema/vocabulary';
import type { DashboardData } from './view-data';

export interface Summary {
  headline: string;
  countingRule: string;
  claim?: string;
}

export function summarise(rows: readonly DefectionRow[], state: FilterState, data: Pick<DashboardData, 'claims' | 'waves'>): Summary {
  const { records, people } = countRows(rows);
  const provinces = new Set(rows.map((row) => row.provinceIso).filter(Boolean)).size;
  // Only records dated to a day give the span; a year-only date would stretch it to the whole year.
  const dated = rows.filter((row) => row.start && row.start === row.end).map((row) => row.start!).sort();
  const wave = data.waves.find((w) => w.id === state.wave);
  const span = state.from || state.to
    ? ` between ${state.from ? formatDay(state.from) : 'the start'} and ${state.to ? formatDay(state.to) : 'the latest record'}`
    : dated.length
      ? dated[0] === dated.at(-1)
        ? ` (day-dated ones on ${formatDay(dated[0])})`
        : ` (day-dated ones from ${formatDay(dated[0])} to ${formatDay(dated.at(-1)!)})`
      : '';
  const headline =
    records === 0
      ? 'No verified defection matches these filters.'
      : `${wave ? `${wave.title}: ` : ''}${plural(records, 'verified defection record')} covering ${plural(people, 'person', 'people')} in ${plural(provinces, 'province')}${span}.`;
  const levels = listJoin(state.statuses.map((status) => STATUSES[status].label.toLowerCase())).replace(/ and (\S+)$/, ' or $1');
  const countingRule =
    `Counted: named or described defection records whose status is ${levels}; a group record counts as one record and as the number of people its source gives. ` +
    'Retracted records and officials who refused to defect are never counted.';
  const lastClaim = [...data.claims]
    .filter((claim) => !wave?.end || claim.day <= wave.end)
    .sort((a, b) => b.count - a.count || (a.day < b.day ? 1 : -1))[0];
  // Claims are national totals: the gap is only meaningful against an unfiltered national count.
  const national = state.provinces.length === 0 && !state.q && !state.roles.length && !state.from && !state.to && !state.tags.length && !state.stances.length && !state.fromParties.length && !state.toParties.length;
  const claim = lastClaim
    ? `The largest claimed tally: ${lastClaim.countText} (${lastClaim.claimedBy}, ${formatDay(lastClaim.day)}) — a claim, not a count of named people.` +
      (national ? ` This tracker has sourced records for ${plural(people, 'person', 'people')}: ${formatNumber(Math.max(0, lastClaim.count - people))} fewer.` : ' (Claims are national totals, so no gap is computed for a filtered view.)')
    : undefined;
  return { headline, countingRule, claim };
}
