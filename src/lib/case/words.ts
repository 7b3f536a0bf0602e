// The interface words of the other cases' pages (/cases/ and /cases/<id>/…): headings, labels, table headers and
// the sentences around the figures. What a case's own data says (its title, subject, "switched", level names, rule,
// parties, places) stays in its data; these are the words around it. `CaseWords` is the contract: a case whose first
// language is not English gets its pages in that language once a catalogue for it is added to CASE_WORDS below
// (until then, English). Dates and numbers are formatted by $lib/format, as before.

import type { CaseIgnoredReason } from './view';

/** A figure as the page writes it: a number, or one already formatted. */
type Figure = number | string;

export interface CaseWords {
  /** A count of something the case's data names: "1 MP", "3 MPs". */
  count: (n: number, one: string, many: string) => string;
  /** "1 switch", "3 switches". */
  switches: (n: number) => string;
  /** A share of a whole, as the pages write it: "42.3%". */
  percent: (share: number) => string;
  /** A vocabulary label (how someone left) inside a sentence: "resigned". */
  inline: (label: string) => string;
  /** A party that is not known (yet). */
  notKnown: string;
  notCounted: string;
  howWeCount: string;
  cases: string;
  dates: {
    from: (day: string) => string;
    by: (day: string) => string;
    range: (start: string, end: string) => string;
    /** Between two days, either of which may be unknown. */
    between: (start?: string, end?: string) => string;
    unknown: string;
  };
  /** The page of all cases side by side. */
  overview: {
    metaTitle: string;
    metaDescription: string;
    heading: string;
    intro: string;
    /** What a case's figure counts: "40 MPs counted" / "40 people counted". */
    counted: (figure: string) => string;
    /** "42.3% of the 222 seats in the Dewan Rakyat" (what: the seats, as the data words them). */
    shareOfSeats: (percent: string, seats: Figure, what: string) => string;
    recordsLink: string;
    sideBySide: string;
    sideBySideIntro: string;
    dayZero: (day: string, label: string) => string;
    daysAxis: string;
    chartLabel: (title: string, percent: string, seats: Figure, what: string) => string;
    claim: (days: number, text: string, by: string) => string;
    seats: string;
    noSeats: string;
  };
  /** A case's dashboard. */
  dashboard: {
    inView: string;
    /** How many switches make up a count of people: "(5 switches)". */
    switchesDetail: (n: number) => string;
    alsoShown: (n: number) => string;
    share: (percent: string, seats: Figure, what: string) => string;
    filters: string;
    /** Under the filters' heading: what the number beside each option counts. */
    optionCounts: string;
    search: string;
    closeSpellings: string;
    unknownParty: string;
    legends: { from: string; to: string; fromCoalition: string; toCoalition: string; how: string; status: string };
    clearFilters: string;
    mapTitle: (places: string, counted: string) => string;
    /** Under the map: what its shades count. */
    mapCaption: (counted: string) => string;
    overTime: string;
    /** Counted switches the timeline cannot place, having no known date. */
    undated: (n: number) => string;
    timelineTitle: (counted: string) => string;
    runningTotal: (unit: 'people' | 'switches') => string;
    records: (n: number, filtered: boolean) => string;
    download: string;
    downloads: { csv: string; json: string; geojson: string; popolo: string; datapackage: string; feed: string };
    claims: string;
    claimsIntro: string;
    claimColumns: { date: string; claim: string; what: string; who: string; against: string; source: string };
    /** Before the parts of a shared link the view could not use, each with its reason. */
    ignored: string;
    ignoredReasons: Record<CaseIgnoredReason, string>;
  };
  timeline: { claims: string };
  table: { who: string; left: string; joined: string; status: string };
  person: {
    alsoWritten: (spellings: string) => string;
    /** Between the office and its seat: "Member of Parliament for P.058 Bagan Serai". */
    officeFor: string;
    from: (date: string) => string;
    electedAs: (parties: string) => string;
    /** The list of the parties a person went through, and the word read between two of them. */
    partiesLabel: string;
    then: string;
    switchesHere: (n: number) => string;
    left: (party: string, how: string, by?: string) => string;
    joined: (party: string) => string;
    joinedLabel: string;
    joinedUnknown: string;
    status: (label: string) => string;
    reason: string;
    quote: (text: string) => string;
    onBehalfOf: (who: string) => string;
    reactions: string;
    sources: string;
    afterwards: string;
    seatSources: string;
  };
  place: {
    inPlace: (parent: string) => string;
    here: string;
    where: (place: string) => string;
    switchesHeading: string;
    none: string;
    inRecords: (places: string) => string;
    noSwitch: string;
  };
}

const switches = (n: number) => `${n} ${n === 1 ? 'switch' : 'switches'}`;
const from = (day: string) => `from ${day}`;

const en: CaseWords = {
  count: (n, one, many) => `${n} ${n === 1 ? one : many}`,
  switches,
  percent: (share) => `${share.toFixed(1)}%`,
  inline: (label) => label.toLowerCase(),
  notKnown: 'not known',
  notCounted: 'not counted',
  howWeCount: 'How we count:',
  cases: 'Cases',
  dates: {
    from,
    by: (day) => `by ${day}`,
    range: (start, end) => `${start} – ${end}`,
    between: (start, end) => `between ${start || '…'} and ${end || '…'}`,
    unknown: 'date unknown'
  },
  overview: {
    metaTitle: 'Cases: waves of party switching side by side',
    metaDescription: 'Every wave of party switching the tracker holds, side by side.',
    heading: 'Waves of party switching',
    intro: 'Each case is one wave of elected officials leaving their party, with every switch sourced. Open a case for its dashboard, people and places.',
    counted: (figure) => `${figure} counted`,
    shareOfSeats: (percent, seats, what) => `${percent} of the ${seats} ${what}`,
    recordsLink: 'The records behind this figure',
    sideBySide: 'Side by side',
    sideBySideIntro:
      'Sourced switchers (line) and the claims made at the time (points), as a share of the seats that could have switched, by days since each wave began.',
    dayZero: (day, label) => `Day 0: ${day}, ${label}`,
    daysAxis: 'days since day 0',
    chartLabel: (title, percent, seats, what) => `${title}: ${percent} of ${seats} ${what} in sourced records`,
    claim: (days, text, by) => `Day ${days}: ${text} (${by})`,
    seats: 'Seats:',
    noSeats: 'No count of the seats that could have switched is sourced for this case, so it is not charted as a share.'
  },
  dashboard: {
    inView: 'in this view',
    switchesDetail: (n) => `(${switches(n)})`,
    alsoShown: (n) => `Also shown: ${switches(n)} whose status is not counted.`,
    share: (percent, seats, what) => `That is ${percent} of the ${seats} ${what}`,
    filters: 'Filters',
    optionCounts: 'The number beside each option is how many switches it would show.',
    search: 'Search names, seats and parties',
    closeSpellings: 'Nothing is spelt exactly so; showing close spellings.',
    unknownParty: 'Not known yet',
    legends: {
      from: 'Party left',
      to: 'Party joined',
      fromCoalition: 'Coalition left',
      toCoalition: 'Coalition joined',
      how: 'How they left',
      status: 'Status'
    },
    clearFilters: 'Clear all filters',
    mapTitle: (places, counted) => `Map of ${places.toLowerCase()}: ${counted}`,
    mapCaption: (counted) => `Shades: ${counted} counted in each place, by the seat they held.`,
    overTime: 'Over time',
    undated: (n) => `${switches(n)} counted above ${n === 1 ? 'has' : 'have'} no known date and ${n === 1 ? 'is' : 'are'} not on the timeline.`,
    timelineTitle: (counted) => `${counted}, by the day they left, with the claims`,
    runningTotal: (unit) => `Sourced records, running total (${unit === 'people' ? 'people' : 'switches'})`,
    records: (n, filtered) => `${switches(n)}${filtered ? ' matching the filters' : ''}`,
    download: 'Download the case:',
    downloads: { csv: 'CSV', json: 'JSON', geojson: 'GeoJSON', popolo: 'Popolo', datapackage: 'Data package', feed: 'Corrections feed' },
    claims: 'Claims and tallies',
    claimsIntro: 'What parties, officials and the press said the totals were, kept apart from the sourced records above.',
    claimColumns: { date: 'Date', claim: 'Claim', what: 'What was counted', who: 'Who', against: 'Against the records', source: 'Source' },
    // As the Cambodian dashboard's English notice words them (src/lib/i18n/messages/dashboard.en.ts).
    ignored: 'Some parts of this link were ignored:',
    ignoredReasons: {
      'unknown value': 'unknown value',
      'unknown parameter': 'unknown parameter',
      'repeated parameter; the first one is used': 'repeated; the first one is used',
      unreadable: 'no readable text to search for'
    }
  },
  timeline: { claims: 'Claims and reported tallies' },
  table: { who: 'Who', left: 'Left', joined: 'Joined', status: 'Status' },
  person: {
    alsoWritten: (spellings) => `Also written: ${spellings}`,
    officeFor: 'for',
    from,
    electedAs: (parties) => `elected as ${parties}`,
    partiesLabel: 'Parties in order',
    then: ', then',
    switchesHere: (n) => `${switches(n)} in this case${n > 1 ? ', in date order' : ''}.`,
    left: (party, how, by) => `Left ${party} (${how}${by ? `, by ${by}` : ''})`,
    joined: (party) => `Joined ${party}:`,
    joinedLabel: 'Joined:',
    joinedUnknown: 'not known from the sources.',
    status: (label) => `Status: ${label}`,
    reason: 'Reason given',
    quote: (text) => `“${text}”`,
    onBehalfOf: (who) => `on behalf of ${who}`,
    reactions: 'Reactions',
    sources: 'Sources',
    afterwards: 'Afterwards',
    seatSources: 'Sources for the seat'
  },
  place: {
    inPlace: (parent) => `in ${parent}`,
    here: 'here',
    where: (place) => `Where ${place} is`,
    switchesHeading: 'Switches',
    none: 'No sourced switch of a member for a seat here.',
    inRecords: (places) => `${places} in the records`,
    noSwitch: '(no switch)'
  }
};

/** Each language's catalogue, by ISO 639-1 code. A case language needs one here for its pages to be in it. */
export const CASE_WORDS: Record<string, CaseWords> = { en };

/** The words for a language, or English's if it has no catalogue yet. */
export function caseWords(language: string | undefined): CaseWords {
  return (language && Object.hasOwn(CASE_WORDS, language) ? CASE_WORDS[language] : undefined) ?? en;
}
