// The dashboard in English: summary sentence, filters, map, timeline, table, downloads, embeds.
import { formatNumber } from '$lib/format';
// One cached formatter: toLocaleString builds a new one per call, which the timeline's bar titles made costly.
const n = (count: number) => formatNumber(count, 'en');
const s = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;
// The case's own words come from data/case.yaml (compiled in by vite.config.ts): its titles, the headline's nouns and the
// level it counts. A level's name is a label ("Province"), lower-cased inside a sentence.
const words = __CAMBODIA_EN__;
const peopleCount = (count: number) => s(count, words.subjectOne, words.subject);
const provinceCount = (count: number) => s(count, words.level.name.toLowerCase(), words.level.plural.toLowerCase());

export const en = {
  title: words.title,
  pageTitle: words.pageTitle,
  description: words.summary,
  /** Above the dashboard: every wave the site tracks, and the waves side by side (CaseList). */
  cases: { label: 'Waves tracked here:', shown: 'shown below', compare: 'Set them side by side' },
  loading: (count: string) => `Loading ${count} records…`,
  loadFailed: 'The records could not be loaded. Check your connection and reload the page.',
  /** Without JavaScript: the filters do nothing, and a filtered link shows the default view drawn at build time. */
  needsJs: {
    title: 'The filters need JavaScript',
    view: (period: string) =>
      `JavaScript is off or blocked in this browser, so the filters do nothing and the filters in a link’s address (after “?”) are not applied. What you see is the default view: all records of the period “${period}”.`,
    pages: 'Every record is also on the province, commune and person pages, which work without JavaScript: start from'
  },
  summary: {
    none: (scope: string, span: string) => (scope ? `${scope}no record matches${span}.` : `No record matches these filters${span}.`),
    /** `scope`: the period and the active filters, in words (scopeOf); `statuses`: the records per status (statusCount). */
    headline: (scope: string, records: number, statuses: string, people: number, provinces: number, span: string) =>
      `${scope}${s(records, words.recordsOne, words.records)} (${statuses}) covering ${peopleCount(people)} in ${provinceCount(provinces)}${span}.`,
    statusCount: { confirmed: (count: number) => `${n(count)} confirmed by two outlets`, reported: (count: number) => `${n(count)} reported by one`, disputed: (count: number) => `${n(count)} disputed` },
    onlyDisputed: (scope: string, records: number, people: number, provinces: number, span: string) =>
      `${scope}${s(records, 'disputed record')}, not counted: sources or parties disagree that ${records === 1 ? 'it was a defection' : 'these were defections'}. ${records === 1 ? 'It names' : 'They name'} ${peopleCount(people)} in ${provinceCount(provinces)}${span}.`,
    alsoDisputed: (records: number) => ` Also shown: ${s(records, 'disputed record')}, not counted.`,
    scope: (parts: string[]) => (parts.length ? `${parts.join(', ').replace(/^./, (first) => first.toUpperCase())}: ` : ''),
    inProvinces: (names: string) => `in ${names}`,
    roles: (labels: string) => `as ${labels}`,
    fromParties: (codes: string) => `from ${codes}`,
    toParties: (codes: string) => `to ${codes}`,
    tags: (labels: string) => `with stated reason ${labels}`,
    /** Either may be empty. */
    reactions: (stances: string, voices: string) => `with ${stances ? `${stances} ` : ''}reactions${voices ? ` by ${voices}` : ''}`,
    search: (text: string) => `matching “${text}”`,
    seats: (people: number, seats: string, share: number, party: string, day: string) =>
      `Of the ${seats} seats in these roles that the ${party} won on ${day}, ${s(people, 'person', 'people')} (${n(share)}%) ${people === 1 ? 'is' : 'are'} in counted records. Seats:`,
    between: (from: string, to: string) => ` between ${from} and ${to}`,
    overlapping: (from: string, to: string) => ` whose dates fall, or may fall, between ${from} and ${to}`,
    /** After `between`: records whose known span only reaches into the window are not counted in it. */
    mayFall: (records: number) => ` (and ${s(records, 'more record')} that may fall in this period, not counted here)`,
    theStart: 'the start',
    theLatest: 'the latest record',
    datedOn: (day: string) => ` (day-dated ones on ${day})`,
    datedFromTo: (from: string, to: string) => ` (day-dated ones from ${from} to ${to})`,
    countingRuleLabel: 'Counting rule:',
    countingRule: (levels: string) =>
      `Counted as defections: named or described records whose status is ${levels} (confirmed: two independent outlets report it; reported: one outlet, not yet corroborated; neither is this tracker's own verification); a group record counts as one record and as the number of people its source gives. Disputed records are shown when the status filter asks for them, never counted. Retracted records and officials who refused to defect are never counted.`,
    /** The rule in one line, for embeds: `levels` joins statusMeaning's phrases. */
    shortRule: (levels: string) => `Counted: records ${levels}; disputed records are never counted.`,
    statusMeaning: { confirmed: 'confirmed by two outlets', reported: 'reported by one outlet', disputed: 'disputed' },
    nothingCountedShort: 'Disputed records are shown here, never counted.',
    nothingCounted:
      'Nothing shown here is counted as a defection: disputed records (sources or parties disagree that they were defections) are shown, never counted. Counted are records confirmed by two outlets or reported by one.',
    or: 'or',
    claim: (countText: string, claimedBy: string, day: string) => `The largest claimed tally: ${countText} (${claimedBy}, ${day}) — a claim, not a count of named people.`,
    gap: (people: number, fewer: string) => ` This tracker has counted records (confirmed or reported) for ${s(people, 'person', 'people')}: ${fewer} fewer.`,
    noGap: ' (Claims are national totals, so no gap is computed for a filtered view.)',
    noGapDisputed: ' (Disputed records are not counted, so no gap is computed from them.)'
  },
  ignored: 'Some parts of this link were ignored:',
  ignoredReasons: {
    'unknown value': 'unknown value',
    'not a date written YYYY-MM-DD': 'not a date written YYYY-MM-DD',
    'unknown wave': 'unknown period',
    'unknown sort column': 'unknown sort column',
    'unknown parameter': 'unknown parameter',
    'repeated parameter; the first one is used': 'repeated; the first one is used',
    'earlier than "from"': 'earlier than "from"',
    unreadable: 'no readable text to search for'
  } as Record<string, string>,
  filters: {
    heading: 'Filters',
    search: 'Search names, communes, quotes',
    searchPlaceholder: 'e.g. Chin Choy, Srak',
    closeSpellings: (words: string) => `No record has these words as typed; showing close spellings: ${words}.`,
    period: 'Period',
    allPeriods: 'All periods',
    role: 'Role',
    fromParty: 'From party',
    toParty: 'To party',
    reason: 'Stated reason',
    voice: 'Reactions: who reacted',
    voices: { constituent: 'Constituents', party: 'A party official', defector: 'The defector' },
    stance: 'Reactions: stance',
    status: 'Status (how sourced)',
    clearAll: 'Clear all filters'
  },
  dimensions: {
    province: 'province',
    date: 'date range',
    role: 'role',
    fromParty: 'from-party',
    toParty: 'to-party',
    reason: 'stated reason',
    reaction: 'reaction',
    status: 'status',
    wave: 'period',
    text: 'search text'
  },
  dateWindow: {
    rule: 'Counted in this period: records whose whole known date span lies inside it.',
    ruleOverlap: 'Counted in this period: every record whose known date span reaches into it.',
    more: (count: number) => `And ${s(count, 'more record')} that may fall in this period: ${count === 1 ? 'its date is' : 'their dates are'} known only to a span reaching outside it.`,
    including: (count: number) =>
      `Including ${s(count, 'record')} that may fall outside this period: ${count === 1 ? 'its date is' : 'their dates are'} known only to a span reaching outside it.`,
    include: 'Also count records that may fall in this period'
  },
  map: {
    heading: 'Where',
    unit: 'people in the records shown, by province',
    label: "Map of Cambodia's provinces: the arrow keys move between provinces, Enter or Space toggles one in the filter.",
    loading: 'Loading the map…',
    failed: 'The province boundaries could not be loaded, so the map is not shown. Use the province list below to filter.',
    legend: 'People in the records shown',
    noData: 'No data',
    dimmed: 'Not in the selected provinces',
    /** A shape that also stands for provinces the boundary file has no shape for. */
    shownWith: (shape: string, others: string) =>
      `${shape}’s shape also stands for ${others}, which has none of its own in the boundary file: the map shows their combined count there. The list below keeps them apart.`,
    /** Some of the provinces one shape stands for are selected: its outline takes in the others too. */
    partlySelected: (selected: string, left: string) =>
      `${selected} is selected: its outline on the map also takes in ${left}, whose records are not included. Select ${left} in the list below to include them.`,
    shapes: 'Shapes: Natural Earth (simplified).',
    list: (selected: number) => `Provinces as a list (${selected ? `${n(selected)} selected` : 'none selected'})`,
    countLine: (people: number, records: number) => `${s(people, 'person', 'people')} in ${s(records, 'record')}`,
    countsLoading: 'counting the records…',
    countsFailed: 'counts unavailable (the records could not be loaded)',
    topCommunes: 'Top communes:',
    selectedHint: 'Selected — activate to remove',
    filterHint: 'Activate to filter',
    zoom: 'Zoom and pan',
    resetView: 'Reset view',
    twoFingers: 'Use two fingers to move the map',
    /** The dashboard's skip link, placed before the filters, map and timeline. */
    skipToRecords: 'Skip to the records',
    zoomFailed: 'The zoomable map could not be loaded. The map above still works: select provinces on it or in the list below.'
  },
  timeline: {
    heading: 'When',
    unit: (bin: string) => `people per ${bin}; running totals claimed vs sourced`,
    bins: { day: 'day', week: 'week' } as Record<'day' | 'week', string>,
    title: 'Defections over time, and claimed versus sourced totals',
    description: (bin: string, verified: string, claims: number) =>
      `Top: people in the records shown per ${bin}. Bottom: running total of people in the day-dated records counted, disputed ones left out (${verified}) against ${s(claims, 'claimed tally', 'claimed tallies')} by parties and press. A table of the same figures follows the chart.`,
    perBin: (bin: string) => `People in the records shown per ${bin}`,
    runningTotals: 'Running totals (log scale):',
    claimed: 'claimed',
    versus: 'vs',
    verified: 'sourced, named records counted',
    barTitle: (day: string, people: number, records: number) => `${day}: ${s(people, 'person', 'people')} in ${s(records, 'record')}`,
    help: 'Drag across the top chart to filter by date. Claims are national totals stated by parties and press, not counts of named people.',
    notDrawn: (count: number) => `${s(count, 'record')} dated only to a month, a year or a range, or undated, ${count === 1 ? 'is' : 'are'} not drawn: the chart places only records dated to a day.`,
    from: 'From',
    to: 'To',
    clearDates: 'Clear dates',
    asTable: 'The figures as a table',
    dayHeader: 'Day',
    weekHeader: 'Week of',
    people: 'People',
    records: 'Records',
    date: 'Date',
    claim: 'Claim',
    claimedBy: 'Claimed by',
    claimsCaption: 'Claimed tallies',
    /** The claims on the chart as one control: the arrow keys go from claim to claim. */
    claimsControl: 'Claimed tallies on the chart: the arrow keys go from one to the next',
    claimDetail: (count: string, by: string, day: string, what: string) => `${count} — ${by}, ${day}: ${what}`
  },
  table: {
    heading: 'Records',
    matching: (count: string) => `${count} matching`,
    caption: (sort: string) => `Defection records matching the filters, sorted by ${sort}`,
    name: 'Name',
    role: 'Role',
    commune: 'Commune',
    province: 'Province',
    date: 'Date',
    reasons: 'Stated reasons',
    sources: 'Sources',
    /** The sources disclosure: its visible text, then (for screen readers) whose they are. */
    sourceCount: (count: number) => s(count, 'source'),
    sourcesFor: (name: string) => `for ${name}`,
    notGiven: 'not given',
    tentative: '(Khmer name; romanisation tentative)',
    /** A Khmer name's tentative romanisation, shown after it. */
    romanised: (latin: string) => `(${latin}, romanisation tentative)`,
    /** A date known only as a span of days, or on one side. */
    dateSpan: (from: string, to: string) => `${from} – ${to}`,
    dateBy: (day: string) => `by ${day}`,
    dateAfter: (day: string) => `after ${day}`,
    /** Someone no source names: English keeps the source's own wording ("Unnamed CNRP lawmaker"). */
    unnamed: (role: { noun: string; sourceWording: string }, _people: number) => `Unnamed ${role.sourceWording}`,
    /** The role noun for "other". */
    official: 'official',
    people: (count: string) => `${count} people`,
    loadingRecords: 'Loading records…',
    unavailable: 'Records unavailable.',
    loadingSources: 'Loading…',
    sourcesFailed: 'Sources could not be loaded:',
    seeRecord: 'see the record’s page',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page: string, pages: string, records: string) => `Page ${page} of ${pages} (${records} records)`,
    pages: 'Table pages',
    sortBy: 'Sort by'
  },
  empty: {
    none: 'No record matches.',
    emptiedBy: (dimensions: string) => `The ${dimensions} filter removes every record on its own.`,
    combination: 'No single filter does this: it is the combination.',
    and: ' and the '
  },
  refusals: (count: number) => `${s(count, 'official')} who publicly refused to defect ${count === 1 ? 'is' : 'are'} recorded separately and never counted here.`,
  download: {
    label: (count: number) => `Download this view (${s(count, 'record')}):`,
    all: 'All data and formats',
    aboutFile: 'About the CSV (.txt)',
    aboutFileHint: 'What the CSV holds: the view’s address and filters, the counting rule, the date of the data, licence and citation',
    asOf: 'Data as of',
    changes: 'changes log',
    failed: 'The records could not be loaded. Try again, or download everything from the',
    dataPage: 'data page'
  },
  embed: {
    button: 'Embed',
    intro: 'Copy this code into your page to show the chart for the current view:',
    map: 'Map',
    timeline: 'Timeline',
    copy: 'Copy',
    copied: 'Copied',
    credit: (site: string) => `Source: ${site}, named and sourced defection records.`,
    openFull: 'Open the full dashboard',
    heading: (chart: string, site: string) => `${chart} — ${site}`,
    script:
      'The script sets the frame to the height of its content (include it once per page). Add theme=light or theme=dark to the address to fix the colours; otherwise they follow the reader’s system.'
  },
  images: {
    label: (chart: string) => `${chart} as an image:`,
    map: 'The map',
    timeline: 'The timeline',
    svgHint: 'SVG: a drawing that scales, for print and for editing',
    pngHint: 'PNG: a picture at twice the screen’s size, for the web and social media',
    title: (title: string, chart: string) => `${title}: ${chart}`,
    mapTitle: 'by province',
    timelineTitle: 'over time',
    filters: (scope: string) => `Shown: ${scope}.`,
    noFilters: 'Shown: every period, no filter.',
    source: (site: string, url: string) => `Source: ${site}, ${url}`,
    dataAsOf: (day: string) => `Data as of ${day}.`,
    failed: 'The image could not be made. Try again.'
  }
};
