// What a case's pages show, computed from its parsed data (CaseData): one row per switch with its places resolved,
// the filters every case has (read from and written to the URL), and the counts the headline, map and timeline draw.
// Pure functions: the server prerenders with them and the dashboard re-filters with them in the browser.
import { byCodePoint } from '$lib/i18n/alphabetical';
import { defectionInterval, dateSortKey, knownBounds, partialDateInterval } from '$lib/data/dates';
import { dayNumber } from '$lib/day';
import { nearWords } from '$lib/search/fuzzy';
import { isSearchable, normaliseForSearch, normaliseQuery, searchTextOf } from '$lib/search/normalise';
import type { CaseData, CaseMeta, CasePerson, CaseStatus, Switch, Translated } from './schema';

/** A translatable string in `language`, else in the case's default language (the first it declares). */
export function textOf(text: Translated | undefined, meta: Pick<CaseMeta, 'languages'>, language?: string): string {
  if (!text) return '';
  return (language && text[language]) || text[meta.languages[0]] || Object.values(text)[0] || '';
}

export interface SwitchRow {
  id: string;
  person: string;
  name: string;
  office: string;
  /** The place of the mandate held while switching, and each enclosing place: level key → place code. */
  places: Record<string, string>;
  from: string;
  /** Left out while the destination is unknown. */
  to?: string;
  /** The coalition each party sat in on the day of the move, where the case's parties.yaml says. */
  fromCoalition?: string;
  toCoalition?: string;
  how: Switch['left']['how'];
  status: CaseStatus;
  /** Counted in the case's headline (its status is one the counting rule counts). */
  counted: boolean;
  /** The days the leaving can have happened on (unknown sides left out). */
  left: { start?: string; end?: string };
  joined?: { start?: string; end?: string };
  sources: number;
  /** The words a search matches, normalised: the names (every spelling), the seat's places, the parties. */
  search: string;
}

/** Each place's chain of enclosing places, outermost level last: code → { level key: code }. */
function placeChains(data: CaseData): Map<string, Record<string, string>> {
  const parentOf = new Map<string, { level: string; parent?: string }>();
  for (const level of data.meta.levels) for (const place of data.places[level.key] ?? []) parentOf.set(place.code, { level: level.key, parent: place.parent });
  const chains = new Map<string, Record<string, string>>();
  for (const code of parentOf.keys()) {
    const chain: Record<string, string> = {};
    // Bounded by the number of levels, so a (validation-refused) cycle of parents cannot loop for ever.
    for (let at: string | undefined = code; at && parentOf.has(at) && Object.keys(chain).length <= data.meta.levels.length; ) {
      const entry: { level: string; parent?: string } = parentOf.get(at)!;
      chain[entry.level] = at;
      at = entry.parent;
    }
    chains.set(code, chain);
  }
  return chains;
}

/**
 * The coalition a party sat in on `day`: a membership whose dates hold the day, a dated one before an undated one
 * (an undated membership stands for the times no dated one covers).
 */
export function coalitionOn(party: CaseData['parties'][number] | undefined, day: string | undefined): string | undefined {
  if (!party || !day) return undefined;
  const holds = party.coalitions.filter((m) => (!m.from || partialStart(m.from) <= day) && (!m.to || day <= partialEnd(m.to)));
  return (holds.find((m) => m.from || m.to) ?? holds[0])?.coalition;
}
/** The first day a span is known to include, or its last when only that is known. */
const firstKnownDay = (span: { start: string; end: string } | undefined) => span && (knownBounds(span).start ?? knownBounds(span).end);
const partialStart = (value: string) => partialDateInterval(value).start;
const partialEnd = (value: string) => partialDateInterval(value).end;

function mandateOf(person: CasePerson | undefined, office: string) {
  return person?.mandates.find((mandate) => mandate.office === office) ?? person?.mandates[0];
}

export function switchRows(data: CaseData): SwitchRow[] {
  const people = new Map(data.people.map((person) => [person.id, person]));
  const parties = new Map(data.parties.map((party) => [party.code, party]));
  const chains = placeChains(data);
  const counted = new Set<CaseStatus>(data.meta.counting.statuses);
  const placeWords = new Map(Object.values(data.places).flat().map((place) => [place.code, [place.code, place.name, place.name_local ?? '', ...place.aliases]]));
  const partyWords = new Map(data.parties.map((party) => [party.code, [party.code, party.name, party.short_name ?? '', ...party.aliases]]));
  return data.switches
    .map((record): SwitchRow => {
      const person = people.get(record.person);
      const seat = mandateOf(person, record.office)?.place;
      const left = defectionInterval(record.left.date);
      const joined = record.joined && defectionInterval(record.joined.date);
      const places = (seat && chains.get(seat)) || {};
      const words = [
        person?.name ?? record.person,
        ...(person?.other_spellings ?? []),
        ...Object.values(places).flatMap((code) => placeWords.get(code) ?? []),
        ...[record.left.party, record.joined?.party].flatMap((code) => (code && partyWords.get(code)) || [])
      ];
      return {
        id: record.id,
        person: record.person,
        name: person?.name ?? record.person,
        office: record.office,
        places,
        from: record.left.party,
        to: record.joined?.party,
        fromCoalition: coalitionOn(parties.get(record.left.party), firstKnownDay(left)),
        toCoalition: record.joined && coalitionOn(parties.get(record.joined.party), firstKnownDay(joined)),
        how: record.left.how,
        status: record.status,
        counted: counted.has(record.status),
        left: left ? knownBounds(left) : {},
        joined: joined ? knownBounds(joined) : undefined,
        sources: record.sources.length,
        search: ` ${normaliseForSearch(words.join(' '))} `
      };
    })
    // Code-unit order on the ISO keys (localeCompare would sort the undated '~' before the digits); undated last.
    .sort((a, b) => byCodePoint(dateSortKey(a.left) ?? '~', dateSortKey(b.left) ?? '~') || a.name.localeCompare(b.name) || byCodePoint(a.id, b.id));
}

// ——— filters ———

/**
 * The filters every case has: the map level's place, the party left and joined, the coalitions they sat in (offered
 * when the case's parties name coalitions), how, status.
 */
export const CASE_FILTER_KEYS = ['place', 'from', 'to', 'fromCoalition', 'toCoalition', 'how', 'status'] as const;
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];
export type CaseFilters = Partial<Record<CaseFilterKey, string[]>>;

/** The value a row has for a filter; "unknown" for a destination not yet known. */
export function valueOf(row: SwitchRow, key: CaseFilterKey, mapLevel: string): string | undefined {
  switch (key) {
    case 'place':
      return row.places[mapLevel];
    case 'from':
      return row.from;
    case 'to':
      return row.to ?? UNKNOWN_DESTINATION;
    case 'fromCoalition':
      return row.fromCoalition;
    case 'toCoalition':
      return row.toCoalition;
    case 'how':
      return row.how;
    case 'status':
      return row.status;
  }
}
export const UNKNOWN_DESTINATION = 'unknown';

export const mapLevelOf = (meta: CaseMeta) => meta.levels.find((level) => level.map) ?? meta.levels[0];

/** Each filter's values that some row has, sorted by code. */
export function filterValues(rows: SwitchRow[], level: string): Record<CaseFilterKey, string[]> {
  const values = Object.fromEntries(CASE_FILTER_KEYS.map((key) => [key, new Set<string>()])) as Record<CaseFilterKey, Set<string>>;
  for (const row of rows) for (const key of CASE_FILTER_KEYS) {
    const value = valueOf(row, key, level);
    if (value) values[key].add(value);
  }
  return Object.fromEntries(CASE_FILTER_KEYS.map((key) => [key, [...values[key]].sort()])) as Record<CaseFilterKey, string[]>;
}

/** A part of a shared link the dashboard could not use, and why: reasons as the Cambodian dashboard words them. */
export type CaseIgnoredReason = 'unknown value' | 'unknown parameter' | 'repeated parameter; the first one is used' | 'unreadable';
export interface CaseIgnoredParam {
  param: string;
  value: string;
  reason: CaseIgnoredReason;
}

export interface CaseView {
  filters: CaseFilters;
  /** The search words, trimmed and cut at MAX_SEARCH_LENGTH characters; '' for none. */
  q: string;
  /** What the link held that the view does not use, for the notice: never silently dropped. */
  ignored: CaseIgnoredParam[];
}


/**
 * A case dashboard's view read from a URL's query: one parameter per filter, values comma-separated, and q, the
 * search. Never throws: a value no row has, an unknown parameter, a repeated one or a search with nothing searchable in
 * it is ignored and reported (a shared link from an older build must still open, and say what it lost). An empty
 * parameter (from=) chooses nothing, as on the Cambodian dashboard, and is no error.
 */
export function parseCaseQuery(query: URLSearchParams, known: Record<CaseFilterKey, string[]>): CaseView {
  const filters: CaseFilters = {};
  const ignored: CaseIgnoredParam[] = [];
  const seen = new Set<string>();
  let q = '';
  for (const [param, raw] of query) {
    const value = raw.slice(0, 1000);
    if (seen.has(param)) {
      ignored.push({ param, value, reason: 'repeated parameter; the first one is used' });
      continue;
    }
    seen.add(param);
    if (param === 'q') {
      const text = searchTextOf(value);
      if (text === '' || isSearchable(text)) q = text;
      else ignored.push({ param, value, reason: 'unreadable' });
      continue;
    }
    const key = CASE_FILTER_KEYS.find((filter) => filter === param);
    if (!key) {
      ignored.push({ param, value, reason: 'unknown parameter' });
      continue;
    }
    const items = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))];
    for (const item of items.filter((item) => !known[key].includes(item))) ignored.push({ param, value: item, reason: 'unknown value' });
    const wanted = items.filter((item) => known[key].includes(item));
    if (wanted.length > 0) filters[key] = wanted.sort();
  }
  return { filters, q, ignored };
}

/**
 * The view's query string, '?' first, or '' for the default view: the filters in a fixed order, then the search (left
 * out when it has nothing searchable, as parsing would ignore it). Equal views share one address.
 */
export function queryOf(filters: CaseFilters, q = ''): string {
  const query = new URLSearchParams();
  for (const key of CASE_FILTER_KEYS) if (filters[key]?.length) query.set(key, filters[key]!.join(','));
  const search = searchTextOf(q);
  if (search && isSearchable(search)) query.set('q', search);
  // Commas are safe in query strings and keep lists readable: ?place=MY-12,MY-13
  const text = query.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

export function applyFilters(rows: SwitchRow[], filters: CaseFilters, mapLevel: string, except?: CaseFilterKey): SwitchRow[] {
  const active = CASE_FILTER_KEYS.filter((key) => key !== except && filters[key]?.length);
  return rows.filter((row) => active.every((key) => filters[key]!.includes(valueOf(row, key, mapLevel) ?? '')));
}

/** For each value of a filter, how many rows would match with it chosen and the other filters held. */
export function optionCounts(rows: SwitchRow[], filters: CaseFilters, key: CaseFilterKey, mapLevel: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of applyFilters(rows, filters, mapLevel, key)) {
    const value = valueOf(row, key, mapLevel);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

// ——— search ———

/**
 * The rows a typed query finds: each of its words starts a word of the row's names, places or parties. When nothing
 * matches as typed, close spellings of the words (Hamzah Zainuddin → Zainudin) are tried, and `close` says so.
 */
export function searchRows(rows: SwitchRow[], query: string, levelNames: readonly string[] = []): { rows: SwitchRow[]; close: boolean } {
  const unitWords = new Set(levelNames.flatMap((name) => normaliseForSearch(name).split(' ')));
  const terms = normaliseQuery(query).split(' ').filter((term) => term && !unitWords.has(term));
  if (terms.length === 0) return { rows, close: false };
  const exact = rows.filter((row) => terms.every((term) => row.search.includes(` ${term}`)));
  if (exact.length > 0) return { rows: exact, close: false };
  const words = new Set(rows.flatMap((row) => row.search.trim().split(' ')));
  const alternatives = terms.map((term) => [term, ...nearWords(term, words)]);
  const close = rows.filter((row) => alternatives.every((options) => options.some((word) => row.search.includes(` ${word} `))));
  return { rows: close, close: close.length > 0 };
}

// ——— counts ———

export interface CaseCount {
  /** What the headline counts, per the case's counting unit: people or switches. */
  counted: number;
  people: number;
  switches: number;
  /** Rows shown but not counted (a status the rule leaves out). */
  notCounted: number;
}

export function countOf(rows: SwitchRow[], unit: CaseMeta['counting']['unit']): CaseCount {
  const counted = rows.filter((row) => row.counted);
  const people = new Set(counted.map((row) => row.person)).size;
  return { counted: unit === 'people' ? people : counted.length, people, switches: counted.length, notCounted: rows.length - counted.length };
}

/** Counted people (or switches) per place of a level. */
export function countsByPlaceKey(rows: SwitchRow[], level: string, unit: CaseMeta['counting']['unit']): Map<string, number> {
  const byPlace = new Map<string, SwitchRow[]>();
  for (const row of rows) {
    const code = row.places[level];
    if (code) byPlace.set(code, [...(byPlace.get(code) ?? []), row]);
  }
  return new Map([...byPlace].map(([code, placeRows]) => [code, countOf(placeRows, unit).counted]));
}

export interface RunningTotal {
  day: string;
  total: number;
}

/**
 * The counted total by the first known day of each leaving: each person (or switch) once, at their first counted
 * switch when counting people. Rows with no known day are left out (and said to be by the caller).
 */
export function runningTotal(rows: SwitchRow[], unit: CaseMeta['counting']['unit']): RunningTotal[] {
  const firstDays: string[] = [];
  const seen = new Set<string>();
  for (const row of [...rows].filter((r) => r.counted && (r.left.start ?? r.left.end)).sort((a, b) => byCodePoint((a.left.start ?? a.left.end)!, (b.left.start ?? b.left.end)!))) {
    if (unit === 'people' && seen.has(row.person)) continue;
    seen.add(row.person);
    firstDays.push((row.left.start ?? row.left.end)!);
  }
  const totals: RunningTotal[] = [];
  firstDays.forEach((day, index) => {
    if (totals.at(-1)?.day === day) totals.at(-1)!.total = index + 1;
    else totals.push({ day, total: index + 1 });
  });
  return totals;
}

/** A partial date's precision from its form: YYYY, YYYY-MM or YYYY-MM-DD. */
export const precisionOf = (value: string): 'year' | 'month' | 'day' => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day');

export const daysSince = (day: string, trigger: string) => dayNumber(day) - dayNumber(trigger);

/** A person's switches in date order: the sequence the person page shows. */
export function sequenceOf(rows: SwitchRow[], person: string): SwitchRow[] {
  return rows.filter((row) => row.person === person);
}

/**
 * The parties a person went through, in order: ["BERSATU", "PEJUANG", "IND", "PKR"]. Between leaving one party and
 * joining the next on a later day they sat as independents (`independent`: the case's party of that kind); a switch
 * whose destination no source gives ends in UNKNOWN_DESTINATION.
 */
export function partyPath(sequence: SwitchRow[], independent?: string): string[] {
  const path: string[] = [];
  const step = (code: string) => path.at(-1) !== code && path.push(code);
  for (const row of sequence) {
    step(row.from);
    if (!row.to) {
      step(UNKNOWN_DESTINATION);
      continue;
    }
    const joinedLater = row.joined?.start && row.left.end && row.joined.start > row.left.end;
    if (joinedLater && independent) step(independent);
    step(row.to);
  }
  return path;
}

