// The slice of the dataset the dashboard ships to the browser: rows plus the small reference lists.
import type { Dataset } from '$lib/data/dataset';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { partialDateInterval } from '$lib/data/dates';

export interface DashboardData {
  rows: DefectionRow[];
  sources: Record<string, { outlet: string; title?: string; published?: string; url: string }[]>;
  provinces: { code: string; iso: string; name: string; nameKm: string }[];
  parties: { code: string; name: string }[];
  waves: { id: string; title: string; start: string; end?: string }[];
  claims: {
    id: string;
    day: string;
    count: number;
    countText: string;
    qualifier: string;
    claimedBy: string;
    claimantKind: string;
    what: string;
    url: string;
  }[];
  events: { id: string; day: string; title: string }[];
  refusals: number;
}

export function toDashboardData(data: Dataset): DashboardData {
  return {
    rows: toDefectionRows(data),
    sources: Object.fromEntries(
      data.defections.map((record) => [
        record.id,
        record.sources.map(({ outlet, title, published, url }) => ({ outlet, title, published, url }))
      ])
    ),
    provinces: data.provinces.map(({ code, iso, name, name_km }) => ({ code, iso, name, nameKm: name_km })),
    parties: data.parties.map(({ code, name }) => ({ code, name })),
    waves: data.waves.map(({ id, title, start, end }) => ({ id, title, start, end })),
    claims: data.tallies
      .filter((tally) => tally.series === 'defections-2017' && tally.count !== undefined)
      .map((tally) => ({
        id: tally.id,
        // A claim dated only to a month is placed at the month's end: the latest it can refer to.
        day: partialDateInterval(tally.date).end,
        count: tally.count!,
        countText: tally.count_text,
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
    refusals: data.refusals.length
  };
}
