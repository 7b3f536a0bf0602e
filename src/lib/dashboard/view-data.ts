// What the dashboard's page carries: the small lists (./lists) and the default view (snapshot);
// the rows themselves come from /dashboard-rows.bin.
import type { Dataset } from '$lib/schema';
import { partialDateInterval } from '$lib/data/dates';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { formatNumber } from '$lib/format';
import type { DashboardLists } from './lists';
import { snapshotOf, TABLE_PAGE_SIZE, type DashboardSnapshot } from './view';

export interface DashboardData extends DashboardLists {
  /** The default view, so it is drawn before (and without) the rows download. */
  snapshot: DashboardSnapshot;
}

// Several pages (both languages, the embeds) carry the same data: compute it once per dataset.
const computed = new WeakMap<Dataset, DashboardData>();

const QUALIFIER_MARK: Record<string, string> = { exact: '', 'at-least': '≥', about: '~', 'at-most': '≤', share: '' };

/** `rows`: the dataset's rows when the caller has them already (the build converts them once). */
export function toDashboardData(data: Dataset, rows?: readonly DefectionRow[]): DashboardData {
  const known = computed.get(data);
  if (known) return known;
  // The claims charted are the running totals the default wave names (data/waves.yaml: claims_series).
  const series = data.waves.find((wave) => wave.default)?.claims_series;
  const reference: DashboardLists = {
    recordCount: data.defections.length,
    provinces: data.provinces.map(({ code, iso, name, name_km }) => ({ code, iso, name, nameKm: name_km })),
    parties: data.parties.map(({ code, name }) => ({ code, name })),
    waves: data.waves.map(({ id, title, title_km, start, end, default: isDefault }) => ({ id, title, titleKm: title_km, start, end, default: isDefault })),
    claims: data.tallies
      // Only claims dated to a day are charted: a month-only date would put a claim at an arbitrary point.
      .filter((tally) => tally.series === series && tally.count !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(tally.date))
      .map((tally) => ({
        id: tally.id,
        day: tally.date,
        count: tally.count!,
        countText: tally.count_text,
        label: `${QUALIFIER_MARK[tally.qualifier]}${formatNumber(tally.count!)}`,
        qualifier: tally.qualifier,
        claimedBy: tally.claimed_by,
        claimantKind: tally.claimant_kind,
        what: tally.what,
        url: tally.sources[0].url
      }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
    events: data.events
      .filter((event) => event.key)
      .map((event) => ({ id: event.id, day: partialDateInterval(event.date).start, title: event.title })),
    seats: data.tallies
      .filter((tally) => tally.seats_of && tally.count !== undefined)
      .map((tally) => ({
        id: tally.id,
        party: tally.seats_of!.party,
        roles: tally.seats_of!.roles,
        count: tally.count!,
        countText: tally.count_text,
        day: tally.date,
        outlet: tally.sources[0].outlet,
        url: tally.sources[0].url
      })),
    refusals: data.refusals.length
  };
  const result = { ...reference, snapshot: snapshotOf(rows ?? toDefectionRows(data), reference, TABLE_PAGE_SIZE) };
  computed.set(data, result);
  return result;
}
