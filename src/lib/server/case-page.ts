// What every page of a case carries (its words, parties, places, claims and events), and the overview of all cases
// the /cases/ page sets side by side, the Cambodian case included.
import { partialDateInterval } from '$lib/data/dates';
import { listJoin } from '$lib/format';
import { ROLES } from '$lib/schema/vocabulary';
import { textOf, countOf, mapLevelOf, runningTotal, daysSince, type SwitchRow } from '$lib/case/view';
import type { Translated } from '$lib/case/schema';
import { getDataset, getDashboardRows } from './dataset';
import { getCases, type BuiltCase } from './cases';
import { waveFigure, wavePanels, type WaveSeries } from '$lib/case/waves-chart';
import { caseWords } from '$lib/case/words';
import type { SearchEntry } from '$lib/search/search';
import { normaliseQuery } from '$lib/search/normalise';

export interface CasePageData {
  id: string;
  title: string;
  shortTitle: string;
  summary: string;
  language: string;
  subject: string;
  /** The subject of a count of one: "MP". */
  subjectOne: string;
  switched: string;
  countingUnit: 'people' | 'switches';
  countingRule: string;
  trigger: { day: string; label: string };
  period: { start: string; end?: string };
  mapLevel: { key: string; name: string; plural: string };
  levels: { key: string; name: string; plural: string; parent?: string }[];
  offices: Record<string, { name: string; chamber?: string; seatLevel: string }>;
  parties: Record<string, { name: string; short: string; kind: string }>;
  places: Record<string, { name: string; nameLocal?: string; level: string; parent?: string }>;
  denominators: { id: string; count: number; what: string; office: string; source: { outlet: string; url: string } }[];
  /** The tallies of case.yaml's claims_series: what the timeline and the side-by-side view set against the records. */
  claimsSeries?: string;
  /** `day`: the first day the claim's date allows; `date`: the date as given (YYYY, YYYY-MM or YYYY-MM-DD). */
  claims: { id: string; day: string; date: string; count?: number; countText: string; what: string; claimedBy: string; kind: string; series?: string; notes?: string; sources: { outlet: string; title?: string; url: string }[] }[];
  events: { id: string; day: string; title: string; kind: string; key: boolean }[];
}

/** The fields of case.yaml and its lists that the case's pages show, in the case's default language. */
// Every page of a case (its dashboard and each person and place page) carries the same summary: made once per case.
const summaries = new WeakMap<BuiltCase, CasePageData>();

export function caseSummary(built: BuiltCase): CasePageData {
  let summary = summaries.get(built);
  if (!summary) summaries.set(built, (summary = summarise(built)));
  return summary;
}

function summarise({ data }: BuiltCase): CasePageData {
  const { meta } = data;
  const language = meta.languages[0];
  const t = (text: Translated | undefined) => textOf(text, meta, language);
  const mapLevel = mapLevelOf(meta);
  return {
    id: meta.id,
    title: t(meta.title),
    shortTitle: t(meta.short_title),
    summary: t(meta.summary),
    language,
    subject: t(meta.strings.subject),
    subjectOne: t(meta.strings.subject_one ?? meta.strings.subject),
    switched: t(meta.strings.switched),
    countingUnit: meta.counting.unit,
    countingRule: t(meta.counting.rule),
    trigger: { day: meta.trigger.date, label: t(meta.trigger.label) },
    period: meta.period,
    mapLevel: { key: mapLevel.key, name: t(mapLevel.name), plural: t(mapLevel.plural) },
    levels: meta.levels.map((level) => ({ key: level.key, name: t(level.name), plural: t(level.plural), parent: level.parent })),
    offices: Object.fromEntries(meta.offices.map((office) => [office.id, { name: t(office.name), chamber: office.chamber && t(office.chamber), seatLevel: office.seat_level }])),
    parties: Object.fromEntries(data.parties.map((party) => [party.code, { name: party.name, short: party.short_name ?? (party.kind === 'independent' ? party.name : party.code), kind: party.kind }])),
    places: Object.fromEntries(
      meta.levels.flatMap((level) =>
        (data.places[level.key] ?? []).map((place) => [place.code, { name: place.name, nameLocal: place.name_local, level: level.key, parent: place.parent }])
      )
    ),
    denominators: meta.denominators.map((d) => ({ id: d.id, count: d.count, what: t(d.what), office: d.office, source: { outlet: d.sources[0].outlet, url: d.sources[0].url } })),
    claimsSeries: meta.claims_series,
    claims: data.tallies.map((tally) => ({
      id: tally.id,
      day: partialDateInterval(tally.date).start,
      date: tally.date,
      count: tally.count,
      countText: tally.count_text,
      what: t(tally.what_was_counted),
      claimedBy: tally.claimed_by,
      kind: tally.kind,
      series: tally.series,
      notes: tally.notes,
      sources: tally.sources.map(({ outlet, title, url }) => ({ outlet, title, url }))
    })),
    events: data.events.map((event) => ({ id: event.id, day: partialDateInterval(event.date).start, title: t(event.title), kind: event.kind, key: event.key }))
  };
}

/** A wave as the cases page and the home page show it: the chart's figures (WaveSeries) and the words around them. */
export interface WaveOverview extends WaveSeries {
  href: string;
  summary: string;
  /** What is counted, in words: the rule under the comparison. */
  rule: string;
  /** What `counted` counts, as a plural noun: "people", "MPs". */
  unit: string;
  /** The view that shows exactly the counted records. */
  figureHref: string;
}

/** Cambodia's 2017 wave, from the data/ the rest of the site is built from (its own format). */
function cambodiaOverview(): WaveOverview {
  const data = getDataset();
  const wave = data.waves.find((w) => w.default)!;
  // As the dashboard counts: records of the wave, retracted and disputed ones left out (undated ones counted, not charted).
  const rows = getDashboardRows().filter((row) => row.wave === wave.id && !row.retracted && row.status !== 'disputed');
  const seats = data.tallies.find((tally) => tally.seats_of && tally.count !== undefined);
  const seatRoles = new Set<string>(seats?.seats_of?.roles ?? []);
  // Against the seats, only the officials those seats are held by (commune chiefs and councillors) count.
  const seated = rows.filter((row) => seatRoles.has(row.role));
  const byDay = new Map<string, number>();
  for (const row of seated) if (row.start) byDay.set(row.start, (byDay.get(row.start) ?? 0) + row.people);
  let total = 0;
  const series = [...byDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, people]) => ({ days: daysSince(day, wave.start), total: (total += people) }));
  const counted = seated.reduce((sum, row) => sum + row.people, 0);
  const claims = data.tallies
    .filter((tally) => tally.series === wave.claims_series && tally.count !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(tally.date))
    .map((tally) => ({ days: daysSince(tally.date, wave.start), count: tally.count!, text: tally.count_text, by: tally.claimed_by }));
  return {
    id: __CAMBODIA_EN__.id,
    href: '/',
    // Cambodia's words are data/case.yaml's (compiled in as __CAMBODIA_EN__), as its dashboard's catalogues read them.
    title: __CAMBODIA_EN__.pageTitle,
    summary: wave.description ?? wave.title,
    // Day 0 is the wave's start; its label is the key event of that day (data/events.yaml).
    trigger: { day: wave.start, label: data.events.find((event) => event.date === wave.start)?.title ?? wave.title },
    rule: `People in sourced records of “${wave.title}” who held the seats counted (${listJoin([...seatRoles].map((role) => ROLES[role as keyof typeof ROLES]?.label.toLowerCase() ?? role))}); disputed and retracted records left out. Claims: the running totals claimed at the time.`,
    counted,
    unit: __CAMBODIA_EN__.subject,
    undated: counted - total,
    figureHref: `/?role=${[...seatRoles].sort().join(',')}`,
    // The tally's own words, read mid-sentence ("of the 5,007 commune council seats …").
    seats: seats && { count: seats.count!, what: seats.what.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/\.$/, ''), source: { outlet: seats.sources[0].outlet, url: seats.sources[0].url } },
    series,
    claims,
    span: daysSince(wave.end ?? wave.start, wave.start)
  };
}

function caseOverview(built: BuiltCase): WaveOverview {
  const page = caseSummary(built);
  const rows: SwitchRow[] = built.rows;
  const denominator = page.denominators[0];
  const totals = runningTotal(rows, page.countingUnit);
  const { counted } = countOf(rows, page.countingUnit);
  return {
    id: page.id,
    href: `/cases/${page.id}/`,
    title: page.title,
    summary: page.summary,
    trigger: page.trigger,
    rule: page.countingRule,
    counted,
    unit: page.subject,
    undated: counted - (totals.at(-1)?.total ?? 0),
    figureHref: `/cases/${page.id}/`,
    seats: denominator && { count: denominator.count, what: denominator.what, source: denominator.source },
    series: totals.map(({ day, total }) => ({ days: daysSince(day, page.trigger.day), total })),
    claims: page.claims
      // As for Cambodia: only claims dated to a day are charted (a month or year would put them at an arbitrary day).
      .filter((claim) => claim.count !== undefined && claim.series !== undefined && claim.series === page.claimsSeries && claim.date.length === 10)
      .map((claim) => ({ days: daysSince(claim.day, page.trigger.day), count: claim.count!, text: claim.countText, by: claim.claimedBy })),
    span: daysSince(page.period.end ?? totals.at(-1)?.day ?? page.period.start, page.trigger.day)
  };
}

let sideBySide: ReturnType<typeof makeSideBySide> | undefined;
/** Every wave with its figure in words, and the waves side by side: /cases/ and the home page show them (in English, as the other cases' pages are). Made once per build. */
export const wavesSideBySide = () => (sideBySide ??= makeSideBySide());

function makeSideBySide() {
  const words = caseWords('en');
  const waves = casesOverview();
  return {
    // What a card says of each wave; the chart's figures are in the panels.
    waves: waves.map(({ id, href, title, summary, rule, figureHref, ...figures }) => ({ id, href, title, summary, rule, figureHref, figure: waveFigure(figures, words) })),
    panels: wavePanels(waves, words),
    intro: words.overview.sideBySideIntro,
    daysAxis: words.overview.daysAxis
  };
}

let overview: WaveOverview[] | undefined;

/** Every wave the build makes, Cambodia's first: made once, for /cases/, / and /km/. */
export function casesOverview(): WaveOverview[] {
  return (overview ??= [...(__CAMBODIA_BUILT__ ? [cambodiaOverview()] : []), ...[...getCases().values()].map(caseOverview)]);
}

/** Every page of the other cases, for the sitemap. */
export function casePaths(): string[] {
  return [
    '/cases/',
    ...[...getCases()].flatMap(([id, { data }]) => [
      `/cases/${id}/`,
      ...data.people.map((person) => `/cases/${id}/person/${person.id}/`),
      ...Object.values(data.places).flatMap((places) => places.map((place) => `/cases/${id}/place/${encodeURIComponent(place.code)}/`))
    ])
  ];
}

/**
 * The other cases' people and places for the header search (kind "x"): each with its other spellings and, as context,
 * who or what it is and the case, in the case's own words.
 */
export function caseSearchEntries(): SearchEntry[] {
  return [...getCases().values()].flatMap((built) => {
    const page = caseSummary(built);
    const aliases = (label: string, spellings: readonly string[]) =>
      [...new Set(spellings.map(normaliseQuery))].filter((alias) => alias && alias !== normaliseQuery(label)).join('|');
    const people = built.data.people.map((person): SearchEntry => {
      const seat = person.mandates[0];
      const place = page.places[seat.place];
      const where = [place?.name, place?.parent && page.places[place.parent]?.name].filter(Boolean).join(', ');
      const context = [page.offices[seat.office]?.name, where, page.shortTitle].filter(Boolean).join(' · ');
      return ['x', person.name, '', aliases(person.name, person.other_spellings), `/cases/${page.id}/person/${person.id}/`, -1, context];
    });
    const places = Object.entries(page.places).map(([code, place]): SearchEntry => {
      const level = page.levels.find((l) => l.key === place.level);
      const within = place.parent ? page.places[place.parent]?.name : undefined;
      const context = [`${level?.name ?? place.level} ${code}`, within, page.shortTitle].filter(Boolean).join(' · ');
      const spellings = [code, place.nameLocal ?? '', ...(built.data.places[place.level]?.find((p) => p.code === code)?.aliases ?? [])];
      return ['x', place.name, '', aliases(place.name, spellings), `/cases/${page.id}/place/${encodeURIComponent(code)}/`, -1, context];
    });
    return [...people, ...places];
  });
}
