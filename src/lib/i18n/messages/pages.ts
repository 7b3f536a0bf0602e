// Province, commune, person, search, about, data and changes pages: their words, and the sentences the profiles build.
// Each language owns its grammar here (English plurals and articles; Khmer classifiers and word order), so the
// profile builders pass facts and never glue words together themselves.
import { withUnit } from '$lib/data/places';
import { formatNumber, listJoin } from '$lib/format';
import type { ChangeKind } from '$lib/schema/change';
import { CLAIMANT_KINDS, REASON_TAGS, STATUSES } from '$lib/schema/vocabulary';

/** A place as a sentence names it: each language picks the name and where the unit word goes. */
export interface PlaceWords {
  name: string;
  nameKm?: string;
  unit: string;
}

export interface PartyWords {
  code: string;
  name: string;
  nameKm?: string;
}

/** One defection as a commune's opening paragraph names it. */
export interface LeadRecord {
  named: boolean;
  /** The plain name, or a description when no source names anyone. */
  name: string;
  role: string;
  /** The source's own (English) words for a group: "former CNRP commune councillors". */
  groupWording: string;
  people: number;
  /** The date as it reads after a verb. */
  date: string;
  from: PartyWords;
  to: PartyWords;
}

// English grammar.
const n = (count: number) => formatNumber(count, 'en');
const s = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Numbers at the start of a sentence read better as words: "Three defections", then "12 defections". */
const countWord = (count: number) => NUMBER_WORDS[count] ?? n(count);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countPhrase = (count: number, one: string, many = `${one}s`) => `${capitalise(countWord(count))} ${count === 1 ? one : many}`;
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const party = (p: PartyWords) => (p.name === p.code ? p.name : `${p.name} (${p.code})`);
const be = (count: number, one = 'is', many = 'are') => (count === 1 ? one : many);

/** "Ul Pov (commune councillor)", "a group of 6 former CNRP commune councillors", "an unnamed commune chief". */
function whoInLead(record: LeadRecord): string {
  if (record.named) return `${record.name} (${record.role}${record.people > 1 ? `, one of a group of ${n(record.people)}` : ''})`;
  if (record.people > 1) return `a group of ${n(record.people)} ${record.groupWording}`;
  return withArticle(`unnamed ${record.role}`);
}

// Khmer grammar: nouns do not inflect; the unit word comes before the name ("ឃុំស្រក"); counts take classifiers.
const kn = (count: number) => formatNumber(count, 'km');
const KM_UNITS: Record<string, string> = {
  province: 'ខេត្ត',
  capital: 'រាជធានី',
  district: 'ស្រុក',
  khan: 'ខណ្ឌ',
  municipality: 'ក្រុង',
  commune: 'ឃុំ',
  sangkat: 'សង្កាត់'
};
const kmPlace = (place: PlaceWords) => `${KM_UNITS[place.unit.toLowerCase()] ?? ''}${place.nameKm || place.name}`;
const kmParty = (p: PartyWords) => (p.nameKm ? `${p.nameKm} (${p.code})` : party(p));

function kmWhoInLead(record: LeadRecord): string {
  if (record.named) return `${record.name} (${record.role}${record.people > 1 ? ` ក្នុងក្រុម ${kn(record.people)} នាក់` : ''})`;
  if (record.people > 1) return `ក្រុម${record.role} ${kn(record.people)} នាក់`;
  return `${record.role}ម្នាក់ដែលមិនបញ្ចេញឈ្មោះ`;
}

const label = <T extends Record<string, { description: string }>>(vocabulary: T) =>
  Object.fromEntries(Object.entries(vocabulary).map(([code, value]) => [code, value.description])) as { [K in keyof T]: string };

export const en = {
  breadcrumb: 'Breadcrumb',
  /** "Srak commune", "Kang Meas district", "Phnom Penh". */
  place: (place: PlaceWords) => withUnit(place),
  /** A place's name in the script this page does not lead with, shown beside its heading. */
  otherName: (place: PlaceWords) => place.nameKm ?? '',
  otherNameLang: 'km' as 'en' | 'km',
  /** Between the names of an address: "Srak commune, Kang Meas district"; "ឃុំស្រក ស្រុកកងមាស". */
  separator: ', ',
  stop: '.',
  quoteMarks: ['“', '”'] as [string, string],
  alsoSpelled: (spellings: string[]) => `Also spelled ${spellings.join(', ')}.`,
  records: (count: number) => s(count, 'record'),
  recordWord: (count: number): string => (count === 1 ? 'record' : 'records'),
  peopleCount: (count: number) => s(count, 'person', 'people'),
  sources: 'Sources',
  fullRecord: 'Full record and how to cite it',
  statedReason: 'Stated reason',
  whatPeopleSaid: 'What people said',
  context: 'Context',
  didNotDefect: 'Did not defect',
  retracted: 'Retracted',
  retractedOn: (date: string) => `Retracted on ${date}:`,

  names: {
    tentative: 'romanisation tentative',
    unnamed: (role: string, place?: string) => `An unnamed ${role}${place ? ` of ${place}` : ''}`,
    group: (people: number, role: { noun: string; sourceWording: string }, place?: string) =>
      `A group of ${n(people)} ${role.sourceWording}${place ? ` in ${place}` : ''}`,
    /** The role noun for "other". */
    official: 'official'
  },

  dates: {
    between: (from: string, to: string) => `between ${from} and ${to}`,
    by: (day: string) => `by ${day}`,
    after: (day: string) => `after ${day}`,
    unknown: 'date unknown',
    notGiven: 'date not given',
    onDay: (words: string) => `on ${words}`,
    inMonth: (words: string) => `in ${words}`,
    inYear: (words: string) => `in ${words}`,
    noSourceGives: 'on a date no source gives',
    bothBounds: (from: string, to: string) => `not before ${from} and not after ${to}`,
    notBefore: (day: string) => `not before ${day}`,
    notAfter: (day: string) => `not after ${day}`
  },

  vocabulary: {
    statusDescriptions: label(STATUSES),
    tagDescriptions: label(REASON_TAGS),
    claimantKinds: { ...CLAIMANT_KINDS } as Record<keyof typeof CLAIMANT_KINDS, string>,
    changeKinds: { added: 'Added', amended: 'Amended', retracted: 'Retracted', disputed: 'Disputed' } as Record<ChangeKind, string>,
    languages: { en: 'English', km: 'Khmer', fr: 'French' },
    inLanguage: (language: string) => `In ${language}`,
    voices: { constituent: 'Constituent', party: 'Party official', defector: 'The defector' },
    unnamedVoices: { constituent: 'An unnamed resident', party: 'An unnamed party official', defector: 'The defector' },
    stance: (stance: string) => `Stance: ${stance.toLowerCase()}`
  },

  provinceSummary: {
    noneYet: (place: PlaceWords) => `No verified defection is recorded yet in ${place.name}.`,
    has: (place: PlaceWords, records: number, people: number, communes?: number) =>
      `${place.name} has ${s(records, 'verified defection record')}${people === records ? '' : ` covering ${s(people, 'person', 'people')}`}${
        communes === undefined ? '' : `, in ${s(communes, 'commune')}`
      }.`,
    someLocated: (located: number) => `${capitalise(countWord(located))} of them name the commune; the others give only the district or the province.`,
    datedBetween: (first: string, last: string) => `The earliest is dated ${first}, the latest ${last}.`,
    datedOn: (date: string) => `It is dated ${date}.`,
    disputed: (count: number) => `${countPhrase(count, 'disputed record')} ${be(count)} listed below but not counted.`,
    retracted: (count: number) => `${countPhrase(count, 'record')} ${be(count, 'was', 'were')} retracted and ${be(count)} not counted.`,
    refused: (count: number) => `${countPhrase(count, 'official')} here refused to defect, as sources report it.`,
    pressed: (count: number) => `${countPhrase(count, 'official')} here ${be(count, 'was', 'were')} pressed to defect; the sources do not say how they answered.`,
    claims: (count: number, place: PlaceWords) =>
      `${countPhrase(count, 'claimed tally', 'claimed tallies')} ${count === 1 ? 'mentions' : 'mention'} ${place.name}; a claim is not a count of named people.`
  },

  communeLead: {
    none: (place: PlaceWords) =>
      `No defection is recorded in ${place.name}. That means no source we have found names an official from here who switched party, not that nobody did.`,
    one: (place: PlaceWords, record: LeadRecord) => {
      const others = record.people > 1 ? ` and ${n(record.people - 1)} others` : '';
      const who = record.named ? `${record.name}, ${withArticle(record.role)},${others}` : capitalise(whoInLead(record));
      return `One defection is recorded in ${place.name}. ${who} left the ${party(record.from)} for the ${party(record.to)} ${record.date}.`;
    },
    many: (place: PlaceWords, records: LeadRecord[]) => `${capitalise(countWord(records.length))} defections are recorded in ${place.name}: ${listJoin(records.map(whoInLead))}.`,
    sameMove: (from: PartyWords, to: PartyWords) => `All of them left the ${party(from)} for the ${party(to)}; the dates are below.`,
    disputedSome: (count: number) => `Sources or the parties dispute ${countWord(count)} of them, which ${be(count)} not counted in the totals.`,
    disputedOne: 'Sources or the parties dispute that this was a defection, so it is not counted in the totals.',
    disputedAll: 'Sources or the parties dispute that these were defections, so they are not counted in the totals.',
    retracted: (count: number) =>
      `${countPhrase(count, 'record')} ${be(count, 'was', 'were')} retracted; ${count === 1 ? 'it is' : 'they are'} kept below with the reason and not counted.`,
    refused: (names: string[]) =>
      `${listJoin(names)} refused to defect; ${names.length === 1 ? 'that refusal is' : 'those refusals are'} described below and never counted as a defection.`
  },

  headline: {
    /** "Chen Choy — first deputy commune chief, Champei, Takeo; CNRP to CPP, about 23 Oct 2017" */
    defection: (name: string, role: string | undefined, places: PlaceWords[], from: string, to: string, date: string) => {
      const where = places.map((place) => place.name).join(', ');
      const what = role ? `${role}${where ? `, ${where}` : ''}` : where;
      return `${name}${what ? ` — ${what}` : ''}; ${from} to ${to}, ${date}`;
    },
    refusal: (name: string, role: string, places: PlaceWords[], refused: boolean) => {
      const where = places.map((place) => place.name).join(', ');
      return `${name} — ${role}${where ? `, ${where}` : ''}; ${refused ? 'refused to defect' : 'pressed to defect (answer not reported)'}`;
    },
    citation: (site: string, headline: string, id: string, status: string, permalink: string) => `${site}, “${headline}”, record ${id} (${status}). ${permalink}`,
    retractedStatus: 'retracted',
    status: (label: string) => label.toLowerCase(),
    refusalStatus: (certainty: 'refused' | 'unconfirmed') => `did not defect: ${certainty}`
  },

  spellings: {
    latinTentative: 'Latin spelling (romanisation tentative: the compiler’s, not a source’s)',
    asPrinted: 'as the source prints it',
    khmerScript: 'Khmer script',
    other: 'other spelling in a source'
  },
  age: {
    asOf: (years: number, date: string) => `${n(years)}, as of ${date}`,
    undated: (years: number) => `${n(years)} (the source does not say as of when)`
  },

  recordList: {
    communeNotGiven: 'commune not given',
    districtOnly: (district: PlaceWords) => `${withUnit(district)} (commune not given)`,
    people: (count: number) => `${n(count)} people`,
    pressed: 'Pressed to defect; answer not reported',
    status: (label: string, counted: boolean) => `${label}${counted ? '' : ', not counted'}`
  },

  story: {
    moved: (role: string, from: string, to: string, date: string) => `${role}. Left the ${from} for the ${to} ${date}.`,
    groupNamed: (people: number) => `The record covers a group of ${n(people)} people; only this one is named.`,
    groupUnnamed: (people: number) => `The record covers ${n(people)} people, whom no source names.`,
    unnamed: 'No source names this official.',
    sourceWording: 'The source’s words for the post:',
    keptNotCounted: 'It is kept here for the record and not counted.',
    sourcesLabel: 'Sources:'
  },

  refs: { source: (number: string) => `Source ${number}` },

  timeline: {
    event: 'Event: ',
    people: (count: number) => `(${n(count)} people)`,
    notCounted: '(not counted)',
    undated: (count: number) =>
      `${count === 1 ? 'One record has' : `${n(count)} records have`} no date a source gives, not even roughly; ${count === 1 ? 'it is' : 'they are'} listed with the records below.`
  },

  citations: { by: (reporter: string) => `, by ${reporter}` },

  claims: {
    claimedBy: 'Claimed by',
    detail: (kind: string, date: string) => ` (${kind.toLowerCase()}), ${date}.`,
    source: 'Source:'
  },

  locator: {
    label: (place: string) => `Map of Cambodia with ${place} shaded`,
    /** Khmer versions of $lib/server/geo's notes, by province; English pages show geo's own. */
    shapeNotes: {} as Partial<Record<string, string>>
  },

  province: {
    title: (place: PlaceWords) => `${place.name}: defections recorded`,
    description: (summary: string, place: PlaceWords) => `${summary} Records, claimed tallies and every commune of ${withUnit(place)}, Cambodia, with sources.`,
    timeline: 'Timeline',
    timelineNote: 'Each row is a date as the sources give it; bars are as long as the number of people. Key national events are in italics.',
    records: 'Records',
    contributeBefore: 'If you know of one reported by a news outlet, see',
    contributeLink: 'how to contribute',
    refusals: 'Officials who did not defect',
    refusalsNote: 'Shown for contrast. These are never counted as defections.',
    claims: (place: PlaceWords) => `Claimed tallies that mention ${place.name}`,
    claimsNote: 'Totals stated by parties, officials or the press. A claim is not a list of named people, so it is not counted with the records above.',
    communes: 'Communes',
    communesNote: (communes: number, place: PlaceWords, districts: number) =>
      `All ${n(communes)} communes of ${place.name}, by district (${s(districts, 'district')}), as they were at the June 2017 commune elections. The number beside a name counts its records.`
  },

  commune: {
    title: (commune: PlaceWords, district: PlaceWords, province: PlaceWords) => `${commune.name}, ${district.name}, ${province.name}`,
    description: (commune: PlaceWords, district: PlaceWords, province: PlaceWords, lead: string) =>
      `${withUnit(commune)}, ${withUnit(district)}, ${withUnit(province)}, Cambodia. ${lead}`,
    in: 'In ',
    inProvince: (province: PlaceWords) => `, ${withUnit(province)}.`,
    namesakes: 'Not the one you were looking for? Another commune of this name:',
    namesakeWhere: (district: string, province: string) => `(${district}, ${province})`,
    locator: (province: PlaceWords, commune: PlaceWords) => `${withUnit(province)}, where ${commune.name} lies`,
    whoDefected: 'Who defected',
    refusals: 'Officials here who did not defect',
    refusalsNote: 'Shown for contrast; these are never counted as defections.',
    refused: 'Did not defect.',
    pressed: 'Pressed to defect; the source does not say how they answered.',
    around: (place: PlaceWords) => `Around ${place.name}`,
    inPlace: (place: PlaceWords) => `In ${withUnit(place)}`,
    elsewhereInDistrict: (count: number) => `${countPhrase(count, 'record')} elsewhere in the district:`,
    noOtherInDistrict: (place: PlaceWords) => `No other defection is recorded in ${withUnit(place)}.`,
    noneInDistrictEither: (place: PlaceWords) => `No defection is recorded anywhere in ${withUnit(place)} either.`,
    provinceClaims: (count: number) =>
      `${countPhrase(count, 'claimed tally', 'claimed tallies')} ${count === 1 ? 'mentions' : 'mention'} the province; claims are not counts of named people.`,
    seeProvince: (place: PlaceWords) => `See ${place.name}’s page`,
    seeProvinceAfter: ' for its timeline, records and claims.',
    withRecords: (others: boolean, place: PlaceWords) => `${others ? 'Other communes' : 'Communes'} in ${place.name} with records:`,
    withRecordsDetail: (district: string, records: number) => `(${district}, ${s(records, 'record')})`,
    neighbours: (place: PlaceWords) => `Other communes in ${withUnit(place)}`,
    neighbourRecords: (records: number) => ` (${s(records, 'record')})`,
    footnote: (code: string) => `Place names and codes follow the commune list of the June 2017 elections (commune code ${code}). Something wrong or missing?`,
    tellUs: 'Tell us'
  },

  person: {
    descriptionDefection: (headline: string, sources: number) =>
      `${headline}. Sourced record with ${sources === 1 ? 'one source' : `${n(sources)} sources`}, verification status and a citation.`,
    descriptionRefusal: (headline: string, summary: string) => `${headline}. ${summary}`,
    banner: 'Did not defect.',
    bannerNote: 'This official is recorded for contrast and is never counted as a defection.',
    keptForLinks: 'The record is kept so that links to it still work; it is not counted.',
    leadRole: (role: string) => `, ${withArticle(role)},`,
    leadMove: (from: PartyWords, to: PartyWords, date: string) => ` left the ${from.name} (${from.code}) for the ${to.name} (${to.code}) ${date}.`,
    theRecord: 'The record',
    verification: 'Verification',
    retractedNotCounted: 'Retracted, so not counted.',
    notCounted: 'Not counted in the totals.',
    counted: 'Counted in the totals.',
    outcome: 'Outcome',
    refusedOutcome: 'Refused to defect, as the source reports it.',
    pressedOutcome: 'Pressed to defect; the source does not say how they answered, so this is not counted either way.',
    party: (party: PartyWords) => `Party: ${party.name} (${party.code}).`,
    post: 'Post',
    sourceWording: 'Source’s wording:',
    place: 'Place',
    noProvince: 'No source names the province.',
    asSpelled: 'As the source spells it:',
    date: 'Date',
    precision: (label: string) => `(${label.toLowerCase()})`,
    bounds: 'Bounds:',
    period: 'Period',
    people: 'People',
    groupOf: (people: number) => `One record for a group of ${n(people)} people.`,
    spellings: 'Spellings',
    age: 'Age',
    inTheirWords: 'In their words',
    notes: 'Notes',
    cite: 'Cite this record',
    permalink: 'Permalink:',
    correctionBefore: 'Something wrong or missing?',
    correctionLink: 'Report a correction',
    correctionAfter: 'and say which source shows it. Corrections are made in public, in the data’s history.'
  },

  search: {
    label: 'Search people and places',
    placeholder: 'A name or a place',
    button: 'Search',
    suggestions: 'Suggestions',
    unavailable: 'Suggestions are unavailable; press Enter to search.',
    loading: 'Loading…',
    noMatch: 'No match. Check the spelling, or try the Khmer name.',
    matches: (total: number) => `${n(total)} ${total === 1 ? 'match' : 'matches'}; use the arrow keys to choose.`,
    kinds: { p: 'Provinces', d: 'Districts', c: 'Communes', r: 'People' },
    /** A result's province or district as its context line names it: "Tram Kak district", "Takeo". */
    contextPlace: (kind: 'p' | 'd', place: PlaceWords) => (kind === 'd' ? `${place.name} ${place.unit || 'district'}` : place.name),
    /** A person result's detail line: the role, and whether the record was retracted or is a refusal. */
    detail: (role: string, kind: 'retracted' | 'refusal' | undefined) => (kind === 'retracted' ? `${role} (retracted)` : kind === 'refusal' ? `${role}, did not defect` : role),
    title: 'Search',
    description: 'Find a defector, a commune, a district or a province of Cambodia by any spelling or by its Khmer name.',
    pageLabel: 'People, communes, districts and provinces, in any spelling or in Khmer',
    noscript: 'Search runs in your browser and needs JavaScript. Without it, pick a province below: each province page lists all its communes.',
    failed: 'The search index could not be loaded. Pick a province below instead.',
    noMatchFor: (query: string) => `No match for “${query}”. Check the spelling, or try the Khmer name.`,
    matchesFor: (total: number, query: string) => `${n(total)} ${total === 1 ? 'match' : 'matches'} for “${query}”.`,
    showingFirst: (count: number) => `Showing the first ${n(count)}; add a word to narrow the search.`,
    browse: 'Browse by province'
  },

  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. Search the records by name or place.',
    body: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
    searchLabel: 'Search people, communes, districts and provinces',
    home: 'Go to the dashboard',
    browse: 'Browse by province',
    about: 'About the data',
    hint: (commune: string, province: string) =>
      `Commune page addresses end with the commune’s six-digit code, as in [${commune}](${commune}); province pages use the ISO code, as in [${province}](${province}).`,
    /** The same message in the other language, with its way home: a static host serves one 404 page for every address. */
    other: { lang: 'km' as 'en' | 'km', text: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។', link: 'ទៅទំព័រដើមជាភាសាខ្មែរ', href: '/km/' }
  },

  error: {
    title: (status: number) => `Error ${status}`,
    description: 'Something went wrong loading this page.',
    heading: 'Something went wrong',
    unexpected: 'An unexpected error.'
  },

  meta: { ogLocale: 'en_GB' },

  about: {
    title: 'About the data and method',
    description:
      'What counts as a defection here, how records are verified, where the data comes from, its caveats, how to contribute or correct it, and its licences.',
    lead: (site: string) =>
      `${site} keeps sourced records of elected officials who switch parties. The first case is Cambodia in 2017: officials of the opposition Cambodia National Rescue Party (CNRP) who joined the ruling Cambodian People’s Party (CPP) after the Prime Minister’s call of 22 October 2017, through the CNRP’s dissolution on 16 November and the last deadline on 26 November.`,
    holds: (counts: { defections: number; refusals: number; tallies: number; communes: number }) =>
      `It holds ${s(counts.defections, 'defection record')}, ${s(counts.refusals, 'record')} of officials who did not defect, ${s(counts.tallies, 'claimed tally', 'claimed tallies')}, and a page for each of Cambodia’s ${n(counts.communes)} communes.`,
    definition: 'What counts as a defection here',
    definitionText:
      'A defection record is a named or clearly described person — an elected official, a candidate, a party official or member — whom a news source reports as having left one party for another. One record covers one person, or a group that a source counts together without naming each member (the record then says how many people it covers). Every record cites at least one source that anyone can open.',
    countingRule: (levels: string[]) =>
      `**Counting rule:** totals count defection records whose verification level is ${levels.map((level) => level.toLowerCase()).join(' or ')}. A group record counts once as a record and as the number of people its source gives. Disputed records are shown but not counted. Retracted records are kept, marked as retracted, and not counted. Officials who refused to defect are shown for contrast and never counted.`,
    roles: (roles: string[]) => `Posts are recorded with the source’s own words beside one of these roles: ${roles.join('; ')}.`,
    verification: 'Verification levels',
    dates: (precisions: string[]) =>
      `Dates are recorded as precisely as the sources give them: ${precisions.map((label) => label.toLowerCase()).join(', ')}. A date like “about 26 Oct 2017” is often the day a newspaper reported the move, not the move itself; each record’s page says which.`,
    reasons: 'Stated reasons are summarised in our own words and tagged:',
    sources: 'Where the data comes from',
    sourcesIntro: 'Every record is built from published reporting, and quotes are short and verbatim. The outlets cited, with the number of records that cite each:',
    aligned:
      'Some outlets are aligned with the government (Fresh News, for example); their framing is reported as theirs, and a record they alone report stays “reported”, never “confirmed”. Claimed tallies come from parties, officials and the press, and say who made each claim.',
    places:
      'Place names and codes come from the *pumi* gazetteer by Seanghay Yath (MIT licence), with the spellings the press uses added as aliases. Province boundaries are from Natural Earth (public domain).',
    caveats: 'Caveats',
    caveatList: [
      '**Claims are not counts.** The parties claimed hundreds, then thousands, of defections. Those claims are shown as claims, with who made them; the records are the defections that can be named and sourced. The gap between the two is itself a finding.',
      '**Tbong Khmum.** Tbong Khmum (KH-25) was split from Kampong Cham (KH-3) at the end of 2013. The public-domain boundaries used for the maps predate the split, so on a map Kampong Cham’s shape covers both provinces. Lists and pages keep the two apart.',
      '**Absence is not evidence.** “No defection recorded” means no source we have found names one, not that none happened.',
      '**Names.** Where only a Khmer-language source names a person, the Khmer name comes first and our Latin spelling is marked “romanisation tentative”. Unnamed officials are described, never given a guessed name.',
      '**Places.** Press spellings of communes vary and names repeat across provinces; each record’s page shows the spelling its source used and how it was matched. Have a Khmer reader check names before quoting them in a headline.',
      '**Maps** locate places; their borders are approximate and Phnom Penh is drawn with its older city limits.'
    ],
    contribute: 'How to contribute',
    contributeText:
      'The data lives in plain text files in the project’s `data/` folder, one file per record, reviewed in public. To add a record, copy an existing one, fill in only what the sources say, run the validator (`npm run validate`), which names every problem and how to fix it, and open a pull request. Reviewers check each field against its sources. The [data page](/data/) has the downloads and a CSV template for new records.',
    corrections: 'Corrections',
    correctionsText:
      'If a record is wrong or incomplete, tell us which record (its address, or the id shown on its page) and which source shows the correction. Every record page has a “Report a correction” link. Corrections are made in the data files, so each change, and who made it, stays visible in their public history; a withdrawn record is marked as retracted with the reason, never silently deleted. Every change is listed in the [changes and corrections log](/changes/).',
    licence: 'Licence',
    licenceText: (site: string, data: string, code: string) =>
      `Data: ${data}; credit “${site}” and the sources each record cites. Code: ${code}. Place names: pumi by Seanghay Yath (MIT). Boundaries: Natural Earth (public domain).`,
    browse: 'Browse by province',
    browseText: 'Every province page lists all its communes; each commune has its own page.'
  },

  data: {
    title: 'Data: download, cite, contribute',
    description:
      'Download every defection record as CSV, JSON, GeoJSON or Popolo JSON, with a Frictionless data package, licence and citation; contribute records with the CSV template.',
    intro:
      'Every record on this site is published here in open formats, regenerated from the reviewed files at each build. The same data always gives the same files, byte for byte, so two downloads can be compared line by line.',
    asOf: 'Data as of',
    recordCount: (records: number) => `: ${s(records, 'defection record')}.`,
    licence: 'Licence and citation',
    licenceBefore: 'The data is published under',
    licenceAfter: ': reuse it freely, crediting the source. Cite it as:',
    sameMeta: 'Each file carries the same date, licence and citation.',
    files: 'Files',
    filesCaption: 'Downloadable exports',
    file: 'File',
    format: 'Format',
    size: 'Size',
    holds: 'What it holds',
    /** Khmer versions of $lib/export's file descriptions; English pages show the originals. */
    fileDescriptions: {} as Partial<Record<string, string>>,
    bytes: (bytes: number) =>
      bytes < 1000 ? `${n(bytes)} bytes` : bytes < 1_000_000 ? `${n(Math.round(bytes / 100) / 10)} kB` : `${n(Math.round(bytes / 100_000) / 10)} MB`,
    viewAndFeed:
      'To download only what you see, filter the [dashboard](/) and use “Download this view” (CSV or JSON). Changes and corrections are listed on the [changes page](/changes/) and published as an [Atom feed](/feed.xml).',
    columns: 'Columns of defections.csv',
    columnsIntro:
      'One row per defection record. An empty cell means “not known” (or, for a list, none). Lists of codes or names sit in one cell, separated by ` | `. Sources and reactions, which have several fields each, are JSON lists in one cell, so the file keeps everything the records hold and can be imported back unchanged. The comment lines at the top start with `#`.',
    /** Said on pages whose column reference stays in English. */
    columnsLanguage: '',
    column: 'Column',
    type: 'Type',
    required: 'Required',
    meaning: 'Meaning',
    jsonList: 'JSON list',
    list: 'list',
    yes: 'yes',
    codes: 'Codes:',
    contribute: 'Contribute records',
    contributeBefore: 'Researchers and newsrooms can send batches of records as a spreadsheet. Start from the',
    template: 'CSV template',
    contributeAfter:
      '(the columns above, with one real record as an example row; replace it with your rows), save it as “CSV UTF-8”, and send it to the editors. Province and party names may be written in any common spelling; every row is checked against the same rules as the published data, and duplicates of existing records are caught before anything is added.'
  },

  changes: {
    title: 'Changes and corrections',
    description: 'Every record added, amended, retracted or disputed in the Defection Tracker data, with the date, the reason and the evidence.',
    intro:
      'Every change to the records is logged here: what was added, amended, retracted or disputed, when, why and on what evidence. Nothing is silently deleted: a retracted record stays listed, marked as retracted, with the reason. Follow new entries with the [Atom feed](/feed.xml); download the data from the [data page](/data/).',
    retracted: 'Retracted records',
    retractedOn: ': retracted on',
    log: 'Log',
    empty: 'No changes have been logged yet.',
    why: 'Why:',
    fields: 'Fields changed:',
    records: (count: number) => s(count, 'record'),
    retractedChip: (date: string) => `retracted ${date}`,
    evidence: 'Evidence:'
  }
};

export const km: typeof en = {
  breadcrumb: 'ផ្លូវរុករក',
  place: kmPlace,
  otherName: (place) => place.name,
  otherNameLang: 'en',
  separator: ' ',
  stop: '។',
  quoteMarks: ['«', '»'],
  alsoSpelled: (spellings) => `ក៏សរសេរជា ${spellings.join(', ')}។`,
  records: (count) => `កំណត់ត្រា ${kn(count)}`,
  recordWord: () => 'កំណត់ត្រា',
  peopleCount: (count) => `${kn(count)} នាក់`,
  sources: 'ប្រភព',
  fullRecord: 'កំណត់ត្រាពេញលេញ និងរបៀបយោង',
  statedReason: 'មូលហេតុដែលបានលើកឡើង',
  whatPeopleSaid: 'អ្វីដែលមនុស្សបាននិយាយ',
  context: 'បរិបទ',
  didNotDefect: 'មិនបានប្តូរគណបក្ស',
  retracted: 'បានដកវិញ',
  retractedOn: (date) => `បានដកវិញនៅ ${date}៖`,

  names: {
    tentative: 'អក្សរឡាតាំងបណ្តោះអាសន្ន',
    unnamed: (role, place) => `${role}ម្នាក់${place ? ` នៅ${place}` : ''} ដែលមិនបញ្ចេញឈ្មោះ`,
    group: (people, role, place) => `ក្រុម${role.noun} ${kn(people)} នាក់${place ? ` នៅ${place}` : ''}`,
    official: 'មន្ត្រី'
  },

  dates: {
    between: (from, to) => `ចន្លោះ ${from} និង ${to}`,
    by: (day) => `មិនក្រោយ ${day}`,
    after: (day) => `ក្រោយ ${day}`,
    unknown: 'មិនដឹងកាលបរិច្ឆេទ',
    notGiven: 'មិនបានបញ្ជាក់កាលបរិច្ឆេទ',
    onDay: (words) => `នៅថ្ងៃទី${words}`,
    inMonth: (words) => `ក្នុងខែ${words}`,
    inYear: (words) => `ក្នុងឆ្នាំ${words}`,
    noSourceGives: 'នៅកាលបរិច្ឆេទដែលគ្មានប្រភពណាបញ្ជាក់',
    bothBounds: (from, to) => `មិនមុន ${from} និងមិនក្រោយ ${to}`,
    notBefore: (day) => `មិនមុន ${day}`,
    notAfter: (day) => `មិនក្រោយ ${day}`
  },

  vocabulary: {
    statusDescriptions: {
      confirmed: 'រាយការណ៍ដោយសារព័ត៌មានឯករាជ្យយ៉ាងតិចពីរ។',
      reported: 'រាយការណ៍ដោយសារព័ត៌មានតែមួយប៉ុណ្ណោះ ហើយមិនទាន់មានប្រភពផ្សេងបញ្ជាក់។',
      disputed: 'ប្រភព ឬគណបក្សនានាមិនយល់ស្របថា នេះជាការប្តូរគណបក្សទេ។'
    },
    tagDescriptions: {
      'party-leader-prosecuted': 'បានលើកឡើងពីការចោទប្រកាន់មេដឹកនាំគណបក្សនៅតុលាការ (ក្នុងឆ្នាំ២០១៧ គឺការចោទប្រកាន់លោក កឹម សុខា ពីបទក្បត់ជាតិ)។',
      'keep-position': 'ចូលគណបក្សថ្មី ដើម្បីរក្សាអាសនៈជាប់ឆ្នោត តំណែង ឬប្រាក់បៀវត្សរ៍ ដែលការរំលាយគណបក្សនឹងបញ្ចប់។',
      'pressure-or-summons': 'បានទទួលដីកាកោះហៅពីតុលាការ ការចោទប្រកាន់ ការចាប់ខ្លួន ឬសម្ពាធផ្សេងទៀត មិនយូរប៉ុន្មានមុនពេលប្តូរគណបក្ស។',
      'broken-promise': 'បាននិយាយថា គណបក្សចាស់មិនបានធ្វើតាមការសន្យាចំពោះខ្លួន ឬចំពោះអ្នកបោះឆ្នោត។',
      'excluded-from-list': 'ត្រូវបានដកចេញពីបញ្ជីបេក្ខជនរបស់គណបក្សចាស់ ឬត្រូវបានដាក់នៅលំដាប់ខាងក្រោយ។',
      'party-dissolution': 'គណបក្សចាស់ត្រូវបានរំលាយ ធ្វើឱ្យពួកគេគ្មានគណបក្ស។',
      'praises-new-party': 'បាននិយាយថា គណបក្សថ្មី ឬរដ្ឋាភិបាលរបស់គណបក្សនោះ ដឹកនាំបានល្អ។',
      'grievance-with-party': 'ការមិនពេញចិត្តផ្សេងទៀតចំពោះគណបក្សចាស់ (ការបង់ប្រាក់ ជម្លោះផ្ទៃក្នុង ការដឹកនាំ)។'
    },
    claimantKinds: {
      'ruling-party': 'គណបក្សកាន់អំណាច',
      'pro-government-media': 'សារព័ត៌មានគាំទ្ររដ្ឋាភិបាល',
      opposition: 'គណបក្សប្រឆាំង',
      press: 'សារព័ត៌មានឯករាជ្យ',
      official: 'ស្ថាប័នផ្លូវការ'
    },
    changeKinds: { added: 'បានបន្ថែម', amended: 'បានកែប្រែ', retracted: 'បានដកវិញ', disputed: 'មានការជំទាស់' },
    languages: { en: 'អង់គ្លេស', km: 'ខ្មែរ', fr: 'បារាំង' },
    inLanguage: (language) => `ជាភាសា${language}`,
    voices: { constituent: 'ប្រជាពលរដ្ឋ', party: 'មន្ត្រីគណបក្ស', defector: 'អ្នកប្តូរគណបក្ស' },
    unnamedVoices: { constituent: 'អ្នកភូមិម្នាក់ដែលមិនបញ្ចេញឈ្មោះ', party: 'មន្ត្រីគណបក្សម្នាក់ដែលមិនបញ្ចេញឈ្មោះ', defector: 'អ្នកប្តូរគណបក្ស' },
    stance: (stance) => `ជំហរ៖ ${stance}`
  },

  provinceSummary: {
    noneYet: (place) => `មិនទាន់មានការប្តូរគណបក្សដែលបានផ្ទៀងផ្ទាត់ ត្រូវបានកត់ត្រានៅ${kmPlace(place)}នៅឡើយទេ។`,
    has: (place, records, people, communes) =>
      `${kmPlace(place)}មានកំណត់ត្រាប្តូរគណបក្សដែលបានផ្ទៀងផ្ទាត់ចំនួន ${kn(records)}${people === records ? '' : ` ពាក់ព័ន្ធមនុស្ស ${kn(people)} នាក់`}${
        communes === undefined ? '' : ` ក្នុង ${kn(communes)} ឃុំ`
      }។`,
    someLocated: (located) => `កំណត់ត្រា ${kn(located)} ក្នុងចំណោមនោះ បញ្ជាក់ឈ្មោះឃុំ ចំណែកកំណត់ត្រាផ្សេងទៀតផ្តល់តែឈ្មោះស្រុក ឬខេត្តប៉ុណ្ណោះ។`,
    datedBetween: (first, last) => `កំណត់ត្រាដំបូងបំផុតមានកាលបរិច្ឆេទ ${first} ហើយចុងក្រោយបំផុត ${last}។`,
    datedOn: (date) => `កំណត់ត្រានោះមានកាលបរិច្ឆេទ ${date}។`,
    disputed: (count) => `កំណត់ត្រាដែលមានការជំទាស់ ${kn(count)} ត្រូវបានរាយខាងក្រោម ប៉ុន្តែមិនត្រូវបានរាប់បញ្ចូលទេ។`,
    retracted: (count) => `កំណត់ត្រា ${kn(count)} ត្រូវបានដកវិញ ហើយមិនត្រូវបានរាប់បញ្ចូលទេ។`,
    refused: (count) => `យោងតាមប្រភព មន្ត្រី ${kn(count)} នាក់នៅទីនេះ បានបដិសេធមិនប្តូរគណបក្ស។`,
    pressed: (count) => `មន្ត្រី ${kn(count)} នាក់នៅទីនេះ ត្រូវបានគេគាបសង្កត់ឱ្យប្តូរគណបក្ស ប៉ុន្តែប្រភពមិនបានបញ្ជាក់ថា ពួកគេបានឆ្លើយតបយ៉ាងដូចម្តេចទេ។`,
    claims: (count, place) => `ចំនួនដែលបានអះអាង ${kn(count)} លើកឡើងពី${kmPlace(place)}។ ការអះអាងមិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។`
  },

  communeLead: {
    none: (place) =>
      `មិនមានការប្តូរគណបក្សត្រូវបានកត់ត្រានៅ${kmPlace(place)}ទេ។ នេះមានន័យថា គ្មានប្រភពណាដែលយើងបានរកឃើញ បញ្ជាក់ឈ្មោះមន្ត្រីពីទីនេះដែលបានប្តូរគណបក្សទេ មិនមែនមានន័យថា គ្មាននរណាម្នាក់បានប្តូរនោះទេ។`,
    one: (place, record) => {
      const others = record.people > 1 ? ` និងមនុស្ស ${kn(record.people - 1)} នាក់ផ្សេងទៀត` : '';
      const who = record.named ? `${record.name} ដែលជា${record.role}${others}` : kmWhoInLead(record);
      return `មានការប្តូរគណបក្សមួយករណី ត្រូវបានកត់ត្រានៅ${kmPlace(place)}។ ${who} បានចាកចេញពី${kmParty(record.from)} ទៅចូល${kmParty(record.to)} ${record.date}។`;
    },
    many: (place, records) => `មានការប្តូរគណបក្ស ${kn(records.length)} ករណី ត្រូវបានកត់ត្រានៅ${kmPlace(place)}៖ ${listJoin(records.map(kmWhoInLead), 'km')}។`,
    sameMove: (from, to) => `ពួកគេទាំងអស់បានចាកចេញពី${kmParty(from)} ទៅចូល${kmParty(to)}។ កាលបរិច្ឆេទមាននៅខាងក្រោម។`,
    disputedSome: (count) => `ប្រភព ឬគណបក្សនានាជំទាស់ចំពោះ ${kn(count)} ករណីក្នុងចំណោមនោះ ដែលមិនត្រូវបានរាប់បញ្ចូលក្នុងចំនួនសរុបទេ។`,
    disputedOne: 'ប្រភព ឬគណបក្សនានាជំទាស់ថា នេះមិនមែនជាការប្តូរគណបក្សទេ ដូច្នេះវាមិនត្រូវបានរាប់បញ្ចូលក្នុងចំនួនសរុបទេ។',
    disputedAll: 'ប្រភព ឬគណបក្សនានាជំទាស់ថា ករណីទាំងនេះមិនមែនជាការប្តូរគណបក្សទេ ដូច្នេះពួកវាមិនត្រូវបានរាប់បញ្ចូលក្នុងចំនួនសរុបទេ។',
    retracted: (count) => `កំណត់ត្រា ${kn(count)} ត្រូវបានដកវិញ។ វានៅតែរាយខាងក្រោម ជាមួយមូលហេតុ ប៉ុន្តែមិនត្រូវបានរាប់បញ្ចូលទេ។`,
    refused: (names) => `${listJoin(names, 'km')} បានបដិសេធមិនប្តូរគណបក្ស។ ការបដិសេធនេះត្រូវបានរៀបរាប់ខាងក្រោម ហើយមិនដែលត្រូវបានរាប់ជាការប្តូរគណបក្សទេ។`
  },

  headline: {
    defection: (name, role, places, from, to, date) => {
      const where = places.map(kmPlace).join(' ');
      const what = role ? `${role}${where ? ` ${where}` : ''}` : where;
      return `${name}${what ? ` — ${what}` : ''}៖ ពី ${from} ទៅ ${to} ${date}`;
    },
    refusal: (name, role, places, refused) => {
      const where = places.map(kmPlace).join(' ');
      return `${name} — ${role}${where ? ` ${where}` : ''}៖ ${refused ? 'បានបដិសេធមិនប្តូរគណបក្ស' : 'ត្រូវបានគាបសង្កត់ឱ្យប្តូរគណបក្ស (មិនបានរាយការណ៍ពីចម្លើយ)'}`;
    },
    citation: (site, headline, id, status, permalink) => `${site}, «${headline}», កំណត់ត្រា ${id} (${status})។ ${permalink}`,
    retractedStatus: 'បានដកវិញ',
    status: (label) => label,
    refusalStatus: (certainty) => `មិនបានប្តូរគណបក្ស៖ ${certainty === 'refused' ? 'បានបដិសេធ' : 'មិនទាន់បញ្ជាក់'}`
  },

  spellings: {
    latinTentative: 'អក្សរឡាតាំងបណ្តោះអាសន្ន (ជាការសរសេររបស់អ្នកចងក្រង មិនមែនរបស់ប្រភពទេ)',
    asPrinted: 'តាមដែលប្រភពសរសេរ',
    khmerScript: 'អក្សរខ្មែរ',
    other: 'ការសរសេរផ្សេងទៀតក្នុងប្រភព'
  },
  age: {
    asOf: (years, date) => `${kn(years)} ឆ្នាំ គិតត្រឹម ${date}`,
    undated: (years) => `${kn(years)} ឆ្នាំ (ប្រភពមិនបានបញ្ជាក់ថា គិតត្រឹមពេលណាទេ)`
  },

  recordList: {
    communeNotGiven: 'មិនបានបញ្ជាក់ឃុំ',
    districtOnly: (district) => `${kmPlace(district)} (មិនបានបញ្ជាក់ឃុំ)`,
    people: (count) => `${kn(count)} នាក់`,
    pressed: 'ត្រូវបានគាបសង្កត់ឱ្យប្តូរ ប៉ុន្តែមិនបានរាយការណ៍ពីចម្លើយ',
    status: (label, counted) => `${label}${counted ? '' : ' មិនរាប់បញ្ចូល'}`
  },

  story: {
    moved: (role, from, to, date) => `${role}។ បានចាកចេញពី ${from} ទៅចូល ${to} ${date}។`,
    groupNamed: (people) => `កំណត់ត្រានេះគ្របដណ្តប់ក្រុមមនុស្ស ${kn(people)} នាក់ ប៉ុន្តែមានតែម្នាក់នេះទេដែលមានឈ្មោះ។`,
    groupUnnamed: (people) => `កំណត់ត្រានេះគ្របដណ្តប់មនុស្ស ${kn(people)} នាក់ ដែលគ្មានប្រភពណាបញ្ជាក់ឈ្មោះ។`,
    unnamed: 'គ្មានប្រភពណាបញ្ជាក់ឈ្មោះមន្ត្រីនេះទេ។',
    sourceWording: 'ពាក្យដែលប្រភពប្រើសម្រាប់តំណែងនេះ៖',
    keptNotCounted: 'កំណត់ត្រានេះត្រូវបានរក្សាទុកនៅទីនេះ ប៉ុន្តែមិនត្រូវបានរាប់បញ្ចូលទេ។',
    sourcesLabel: 'ប្រភព៖'
  },

  refs: { source: (number) => `ប្រភពទី ${number}` },

  timeline: {
    event: 'ព្រឹត្តិការណ៍៖ ',
    people: (count) => `(${kn(count)} នាក់)`,
    notCounted: '(មិនរាប់បញ្ចូល)',
    undated: (count) => `កំណត់ត្រា ${kn(count)} គ្មានកាលបរិច្ឆេទពីប្រភពណាមួយទេ សូម្បីតែប្រហាក់ប្រហែល។ វាត្រូវបានរាយជាមួយកំណត់ត្រាខាងក្រោម។`
  },

  citations: { by: (reporter) => `, ដោយ ${reporter}` },

  claims: {
    claimedBy: 'អះអាងដោយ',
    detail: (kind, date) => ` (${kind}) ${date}។`,
    source: 'ប្រភព៖'
  },

  locator: {
    label: (place) => `ផែនទីកម្ពុជា ដែលមាន${place}ដាក់ពណ៌`,
    shapeNotes: {
      'KH-3': 'រូបរាងដែលដាក់ពណ៌ គឺខេត្តកំពង់ចាមមុនឆ្នាំ២០១៣៖ វាគ្របដណ្តប់ខេត្តត្បូងឃ្មុំផងដែរ ដែលបានបំបែកចេញជាខេត្តដាច់ដោយឡែកនៅចុងឆ្នាំ២០១៣។',
      'KH-25': 'ខេត្តត្បូងឃ្មុំមិនត្រូវបានគូរដាច់ដោយឡែកទេ៖ រូបរាងដែលដាក់ពណ៌ គឺខេត្តកំពង់ចាមមុនការបំបែកឆ្នាំ២០១៣ ហើយខេត្តត្បូងឃ្មុំជាផ្នែកខាងកើតរបស់វា។'
    }
  },

  province: {
    title: (place) => `${kmPlace(place)}៖ ការប្តូរគណបក្សដែលបានកត់ត្រា`,
    description: (summary, place) => `${summary} កំណត់ត្រា ចំនួនដែលបានអះអាង និងឃុំ សង្កាត់ទាំងអស់នៃ${kmPlace(place)} ប្រទេសកម្ពុជា ព្រមទាំងប្រភព។`,
    timeline: 'កាលប្បវត្តិ',
    timelineNote: 'ជួរនីមួយៗជាកាលបរិច្ឆេទតាមដែលប្រភពផ្តល់ឱ្យ ហើយរបារវែងតាមចំនួនមនុស្ស។ ព្រឹត្តិការណ៍សំខាន់ៗថ្នាក់ជាតិ សរសេរជាអក្សរទ្រេត។',
    records: 'កំណត់ត្រា',
    contributeBefore: 'ប្រសិនបើអ្នកដឹងពីករណីណាមួយ ដែលសារព័ត៌មានបានរាយការណ៍ សូមមើល',
    contributeLink: 'របៀបចូលរួម',
    refusals: 'មន្ត្រីដែលមិនបានប្តូរគណបក្ស',
    refusalsNote: 'បង្ហាញដើម្បីប្រៀបធៀប។ ករណីទាំងនេះមិនដែលត្រូវបានរាប់ជាការប្តូរគណបក្សទេ។',
    claims: (place) => `ចំនួនដែលបានអះអាង ដែលលើកឡើងពី${kmPlace(place)}`,
    claimsNote: 'ចំនួនសរុបដែលគណបក្ស មន្ត្រី ឬសារព័ត៌មានបានថ្លែង។ ការអះអាងមិនមែនជាបញ្ជីឈ្មោះមនុស្សទេ ដូច្នេះមិនត្រូវបានរាប់រួមជាមួយកំណត់ត្រាខាងលើទេ។',
    communes: 'ឃុំ និងសង្កាត់',
    communesNote: (communes, place, districts) =>
      `ឃុំ សង្កាត់ទាំង ${kn(communes)} នៃ${kmPlace(place)} តាមស្រុក (${kn(districts)} ស្រុក) ដូចដែលមាននៅពេលបោះឆ្នោតឃុំ សង្កាត់ ខែមិថុនា ឆ្នាំ២០១៧។ លេខនៅក្បែរឈ្មោះ គឺជាចំនួនកំណត់ត្រា។`
  },

  commune: {
    title: (commune, district, province) => `${kmPlace(commune)} ${kmPlace(district)} ${kmPlace(province)}`,
    description: (commune, district, province, lead) => `${kmPlace(commune)} ${kmPlace(district)} ${kmPlace(province)} ប្រទេសកម្ពុជា។ ${lead}`,
    in: 'ស្ថិតនៅ',
    inProvince: (province) => ` ${kmPlace(province)}។`,
    namesakes: 'មិនមែនឃុំដែលអ្នកកំពុងរកទេឬ? ឃុំផ្សេងទៀតដែលមានឈ្មោះដូចគ្នា៖',
    namesakeWhere: (district, province) => `(${district} ${province})`,
    locator: (province, commune) => `${kmPlace(province)} ដែល${kmPlace(commune)}ស្ថិតនៅ`,
    whoDefected: 'អ្នកដែលបានប្តូរគណបក្ស',
    refusals: 'មន្ត្រីនៅទីនេះដែលមិនបានប្តូរគណបក្ស',
    refusalsNote: 'បង្ហាញដើម្បីប្រៀបធៀប។ ករណីទាំងនេះមិនដែលត្រូវបានរាប់ជាការប្តូរគណបក្សទេ។',
    refused: 'មិនបានប្តូរគណបក្ស។',
    pressed: 'ត្រូវបានគាបសង្កត់ឱ្យប្តូរគណបក្ស ប៉ុន្តែប្រភពមិនបានបញ្ជាក់ថា គាត់បានឆ្លើយតបយ៉ាងដូចម្តេចទេ។',
    around: (place) => `ជុំវិញ${kmPlace(place)}`,
    inPlace: (place) => `នៅ${kmPlace(place)}`,
    elsewhereInDistrict: (count) => `កំណត់ត្រា ${kn(count)} ផ្សេងទៀតក្នុងស្រុកនេះ៖`,
    noOtherInDistrict: (place) => `មិនមានការប្តូរគណបក្សផ្សេងទៀតត្រូវបានកត់ត្រានៅ${kmPlace(place)}ទេ។`,
    noneInDistrictEither: (place) => `ក៏មិនមានការប្តូរគណបក្សត្រូវបានកត់ត្រានៅកន្លែងណាមួយក្នុង${kmPlace(place)}ដែរ។`,
    provinceClaims: (count) => `ចំនួនដែលបានអះអាង ${kn(count)} លើកឡើងពីខេត្តនេះ។ ការអះអាងមិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។`,
    seeProvince: (place) => `មើលទំព័រ${kmPlace(place)}`,
    seeProvinceAfter: ' សម្រាប់កាលប្បវត្តិ កំណត់ត្រា និងការអះអាង។',
    withRecords: (others, place) => `${others ? 'ឃុំ សង្កាត់ផ្សេងទៀត' : 'ឃុំ សង្កាត់'}នៅ${kmPlace(place)} ដែលមានកំណត់ត្រា៖`,
    withRecordsDetail: (district, records) => `(${district} កំណត់ត្រា ${kn(records)})`,
    neighbours: (place) => `ឃុំ សង្កាត់ផ្សេងទៀតក្នុង${kmPlace(place)}`,
    neighbourRecords: (records) => ` (កំណត់ត្រា ${kn(records)})`,
    footnote: (code) => `ឈ្មោះ និងលេខកូដទីកន្លែង ផ្អែកលើបញ្ជីឃុំ សង្កាត់នៃការបោះឆ្នោតខែមិថុនា ឆ្នាំ២០១៧ (លេខកូដឃុំ ${code})។ មានអ្វីខុស ឬខ្វះ?`,
    tellUs: 'ប្រាប់យើង'
  },

  person: {
    descriptionDefection: (headline, sources) => `${headline}។ កំណត់ត្រាមានប្រភព ${kn(sources)} ព្រមទាំងស្ថានភាពផ្ទៀងផ្ទាត់ និងរបៀបយោង។`,
    descriptionRefusal: (headline, summary) => `${headline}។ ${summary}`,
    banner: 'មិនបានប្តូរគណបក្ស។',
    bannerNote: 'មន្ត្រីនេះត្រូវបានកត់ត្រាទុកដើម្បីប្រៀបធៀប ហើយមិនដែលត្រូវបានរាប់ជាការប្តូរគណបក្សទេ។',
    keptForLinks: 'កំណត់ត្រានេះត្រូវបានរក្សាទុក ដើម្បីឱ្យតំណដែលភ្ជាប់មកវានៅតែដំណើរការ ប៉ុន្តែមិនត្រូវបានរាប់បញ្ចូលទេ។',
    leadRole: (role) => ` ដែលជា${role}`,
    leadMove: (from, to, date) => ` បានចាកចេញពី${kmParty(from)} ទៅចូល${kmParty(to)} ${date}។`,
    theRecord: 'កំណត់ត្រា',
    verification: 'ការផ្ទៀងផ្ទាត់',
    retractedNotCounted: 'បានដកវិញ ដូច្នេះមិនរាប់បញ្ចូលទេ។',
    notCounted: 'មិនរាប់បញ្ចូលក្នុងចំនួនសរុបទេ។',
    counted: 'រាប់បញ្ចូលក្នុងចំនួនសរុប។',
    outcome: 'លទ្ធផល',
    refusedOutcome: 'បានបដិសេធមិនប្តូរគណបក្ស តាមការរាយការណ៍របស់ប្រភព។',
    pressedOutcome: 'ត្រូវបានគាបសង្កត់ឱ្យប្តូរគណបក្ស ប៉ុន្តែប្រភពមិនបានបញ្ជាក់ថា គាត់បានឆ្លើយតបយ៉ាងដូចម្តេចទេ ដូច្នេះករណីនេះមិនត្រូវបានរាប់ទាំងសងខាង។',
    party: (party) => `គណបក្ស៖ ${kmParty(party)}។`,
    post: 'តំណែង',
    sourceWording: 'ពាក្យរបស់ប្រភព៖',
    place: 'ទីកន្លែង',
    noProvince: 'គ្មានប្រភពណាបញ្ជាក់ខេត្តទេ។',
    asSpelled: 'ការសរសេររបស់ប្រភព៖',
    date: 'កាលបរិច្ឆេទ',
    precision: (label) => `(${label})`,
    bounds: 'ព្រំកំណត់៖',
    period: 'រយៈពេល',
    people: 'ចំនួនមនុស្ស',
    groupOf: (people) => `កំណត់ត្រាមួយសម្រាប់ក្រុមមនុស្ស ${kn(people)} នាក់។`,
    spellings: 'ការសរសេរឈ្មោះ',
    age: 'អាយុ',
    inTheirWords: 'សម្តីផ្ទាល់',
    notes: 'កំណត់សម្គាល់',
    cite: 'យោងកំណត់ត្រានេះ',
    permalink: 'តំណអចិន្ត្រៃយ៍៖',
    correctionBefore: 'មានអ្វីខុស ឬខ្វះ?',
    correctionLink: 'រាយការណ៍ការកែតម្រូវ',
    correctionAfter: 'ហើយប្រាប់ថា ប្រភពណាបង្ហាញពីចំណុចនោះ។ ការកែតម្រូវធ្វើឡើងជាសាធារណៈ ក្នុងប្រវត្តិនៃទិន្នន័យ។'
  },

  search: {
    label: 'ស្វែងរកមនុស្ស និងទីកន្លែង',
    placeholder: 'ឈ្មោះមនុស្ស ឬទីកន្លែង',
    button: 'ស្វែងរក',
    suggestions: 'ការណែនាំ',
    unavailable: 'មិនមានការណែនាំទេ។ ចុច Enter ដើម្បីស្វែងរក។',
    loading: 'កំពុងផ្ទុក…',
    noMatch: 'រកមិនឃើញ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬសាកល្បងសរសេរឈ្មោះជាអក្សរឡាតាំង។',
    matches: (total) => `ត្រូវគ្នា ${kn(total)}។ ប្រើគ្រាប់ចុចព្រួញដើម្បីជ្រើសរើស។`,
    kinds: { p: 'ខេត្ត', d: 'ស្រុក', c: 'ឃុំ សង្កាត់', r: 'មនុស្ស' },
    contextPlace: (kind, place) => kmPlace({ ...place, unit: place.unit || (kind === 'd' ? 'district' : 'province') }),
    detail: (role, kind) => (kind === 'retracted' ? `${role} (បានដកវិញ)` : kind === 'refusal' ? `${role} (មិនបានប្តូរគណបក្ស)` : role),
    title: 'ស្វែងរក',
    description: 'ស្វែងរកអ្នកប្តូរគណបក្ស ឃុំ ស្រុក ឬខេត្តនៃប្រទេសកម្ពុជា តាមការសរសេរណាមួយ ឬតាមឈ្មោះជាអក្សរខ្មែរ។',
    pageLabel: 'មនុស្ស ឃុំ ស្រុក និងខេត្ត ជាអក្សរខ្មែរ ឬអក្សរឡាតាំងតាមការសរសេរណាមួយ',
    noscript: 'ការស្វែងរកដំណើរការក្នុងកម្មវិធីរុករករបស់អ្នក ហើយត្រូវការ JavaScript។ បើគ្មាន JavaScript សូមជ្រើសរើសខេត្តខាងក្រោម៖ ទំព័រខេត្តនីមួយៗរាយឈ្មោះឃុំ សង្កាត់ទាំងអស់របស់ខេត្តនោះ។',
    failed: 'មិនអាចផ្ទុកលិបិក្រមស្វែងរកបានទេ។ សូមជ្រើសរើសខេត្តខាងក្រោមជំនួសវិញ។',
    noMatchFor: (query) => `រកមិនឃើញ «${query}»។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬសាកល្បងសរសេរឈ្មោះជាអក្សរឡាតាំង។`,
    matchesFor: (total, query) => `ត្រូវគ្នា ${kn(total)} សម្រាប់ «${query}»។`,
    showingFirst: (count) => `បង្ហាញតែ ${kn(count)} ដំបូង។ បន្ថែមពាក្យ ដើម្បីបង្រួមការស្វែងរក។`,
    browse: 'រកមើលតាមខេត្ត'
  },

  notFound: {
    title: 'រកមិនឃើញទំព័រ',
    description: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។ ស្វែងរកកំណត់ត្រាតាមឈ្មោះ ឬទីកន្លែង។',
    body: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។ តំណអាចវាយខុស ឬទំព័រអាចបានផ្លាស់ទីតាំង។',
    searchLabel: 'ស្វែងរកមនុស្ស ឃុំ ស្រុក និងខេត្ត',
    home: 'ទៅផ្ទាំងទិន្នន័យ',
    browse: 'រកមើលតាមខេត្ត',
    about: 'អំពីទិន្នន័យ',
    hint: (commune, province) =>
      `អាសយដ្ឋានទំព័រឃុំ បញ្ចប់ដោយលេខកូដប្រាំមួយខ្ទង់របស់ឃុំ ដូចជា [${commune}](${commune})។ ទំព័រខេត្តប្រើលេខកូដ ISO ដូចជា [${province}](${province})។`,
    other: { lang: 'en', text: 'There is no page at this address.', link: 'Go to the English home page', href: '/' }
  },

  error: {
    title: (status) => `កំហុស ${status}`,
    description: 'មានបញ្ហាក្នុងការផ្ទុកទំព័រនេះ។',
    heading: 'មានបញ្ហាកើតឡើង',
    unexpected: 'កំហុសដែលមិនបានរំពឹងទុក។'
  },

  meta: { ogLocale: 'km_KH' },

  about: {
    title: 'អំពីទិន្នន័យ និងវិធីសាស្ត្រ',
    description: 'អ្វីដែលរាប់ជាការប្តូរគណបក្សនៅទីនេះ របៀបផ្ទៀងផ្ទាត់កំណត់ត្រា ប្រភពទិន្នន័យ ចំណុចគួរប្រុងប្រយ័ត្ន របៀបចូលរួម ឬកែតម្រូវ និងអាជ្ញាប័ណ្ណ។',
    lead: (site) =>
      `${site} រក្សាទុកកំណត់ត្រាមានប្រភព អំពីមន្ត្រីជាប់ឆ្នោតដែលប្តូរគណបក្ស។ ករណីដំបូងគឺប្រទេសកម្ពុជាក្នុងឆ្នាំ២០១៧៖ មន្ត្រីនៃគណបក្សប្រឆាំង គណបក្សសង្គ្រោះជាតិ (CNRP) ដែលបានចូលគណបក្សកាន់អំណាច គណបក្សប្រជាជនកម្ពុជា (CPP) បន្ទាប់ពីការអំពាវនាវរបស់នាយករដ្ឋមន្ត្រី នៅថ្ងៃទី២២ ខែតុលា ឆ្នាំ២០១៧ រហូតដល់ការរំលាយគណបក្សសង្គ្រោះជាតិ នៅថ្ងៃទី១៦ ខែវិច្ឆិកា និងថ្ងៃផុតកំណត់ចុងក្រោយ នៅថ្ងៃទី២៦ ខែវិច្ឆិកា។`,
    holds: (counts) =>
      `ទិន្នន័យនេះមាន៖ កំណត់ត្រាប្តូរគណបក្ស ${kn(counts.defections)}, កំណត់ត្រាមន្ត្រីដែលមិនបានប្តូរគណបក្ស ${kn(counts.refusals)}, ចំនួនដែលបានអះអាង ${kn(counts.tallies)} និងទំព័រសម្រាប់ឃុំ សង្កាត់នីមួយៗ ក្នុងចំណោមឃុំ សង្កាត់ទាំង ${kn(counts.communes)} នៃប្រទេសកម្ពុជា។`,
    definition: 'អ្វីដែលរាប់ជាការប្តូរគណបក្សនៅទីនេះ',
    definitionText:
      'កំណត់ត្រាប្តូរគណបក្ស គឺអំពីបុគ្គលដែលមានឈ្មោះ ឬមានការពិពណ៌នាច្បាស់លាស់ — មន្ត្រីជាប់ឆ្នោត បេក្ខជន មន្ត្រីគណបក្ស ឬសមាជិកគណបក្ស — ដែលប្រភពព័ត៌មានមួយរាយការណ៍ថា បានចាកចេញពីគណបក្សមួយទៅចូលគណបក្សមួយទៀត។ កំណត់ត្រាមួយគ្របដណ្តប់មនុស្សម្នាក់ ឬក្រុមមួយដែលប្រភពរាប់ជាមួយគ្នា ដោយមិនបញ្ជាក់ឈ្មោះសមាជិកម្នាក់ៗ (កំណត់ត្រានោះបញ្ជាក់ថា គ្របដណ្តប់មនុស្សប៉ុន្មាននាក់)។ កំណត់ត្រានីមួយៗយោងប្រភពយ៉ាងហោចណាស់មួយ ដែលអ្នកណាក៏អាចបើកមើលបាន។',
    countingRule: (levels) =>
      `**វិធានរាប់៖** ចំនួនសរុបរាប់កំណត់ត្រាប្តូរគណបក្ស ដែលមានកម្រិតផ្ទៀងផ្ទាត់ ${levels.join(' ឬ ')}។ កំណត់ត្រាក្រុម រាប់ជាកំណត់ត្រាមួយ និងជាចំនួនមនុស្សដែលប្រភពផ្តល់ឱ្យ។ កំណត់ត្រាដែលមានការជំទាស់ ត្រូវបានបង្ហាញ ប៉ុន្តែមិនរាប់បញ្ចូលទេ។ កំណត់ត្រាដែលបានដកវិញ ត្រូវបានរក្សាទុក ដោយសម្គាល់ថាបានដកវិញ ហើយមិនរាប់បញ្ចូលទេ។ មន្ត្រីដែលបានបដិសេធមិនប្តូរគណបក្ស ត្រូវបានបង្ហាញដើម្បីប្រៀបធៀប ហើយមិនដែលរាប់បញ្ចូលទេ។`,
    roles: (roles) => `តំណែងត្រូវបានកត់ត្រាជាមួយពាក្យផ្ទាល់របស់ប្រភព ក្បែរតួនាទីមួយក្នុងចំណោមតួនាទីទាំងនេះ៖ ${roles.join('; ')}។`,
    verification: 'កម្រិតផ្ទៀងផ្ទាត់',
    dates: (precisions) =>
      `កាលបរិច្ឆេទត្រូវបានកត់ត្រាឱ្យច្បាស់បំផុត តាមដែលប្រភពផ្តល់ឱ្យ៖ ${precisions.join(', ')}។ កាលបរិច្ឆេទដូចជា «ប្រហែល ២៦ តុលា ២០១៧» ច្រើនតែជាថ្ងៃដែលកាសែតរាយការណ៍ពីការប្តូរ មិនមែនជាថ្ងៃនៃការប្តូរខ្លួនឯងទេ។ ទំព័រនៃកំណត់ត្រានីមួយៗបញ្ជាក់ថា ជាថ្ងៃណាមួយ។`,
    reasons: 'មូលហេតុដែលបានលើកឡើង ត្រូវបានសង្ខេបតាមពាក្យរបស់យើង ហើយដាក់ស្លាក៖',
    sources: 'ប្រភពទិន្នន័យ',
    sourcesIntro: 'កំណត់ត្រានីមួយៗផ្អែកលើរបាយការណ៍ដែលបានផ្សព្វផ្សាយ ហើយសម្រង់សម្តីខ្លី និងដកស្រង់ពាក្យដដែល។ សារព័ត៌មានដែលបានយោង ជាមួយចំនួនកំណត់ត្រាដែលយោងសារព័ត៌មាននីមួយៗ៖',
    aligned:
      'សារព័ត៌មានខ្លះមានទំនោរគាំទ្ររដ្ឋាភិបាល (ឧទាហរណ៍ Fresh News)៖ ការបកស្រាយរបស់ពួកគេត្រូវបានរាយការណ៍ថាជារបស់ពួកគេ ហើយកំណត់ត្រាដែលមានតែពួកគេរាយការណ៍ នៅតែ «បានរាយការណ៍» មិនដែល «បានបញ្ជាក់» ទេ។ ចំនួនដែលបានអះអាង មកពីគណបក្ស មន្ត្រី និងសារព័ត៌មាន ហើយបញ្ជាក់ថានរណាជាអ្នកអះអាងនីមួយៗ។',
    places:
      'ឈ្មោះ និងលេខកូដទីកន្លែង មកពីបញ្ជីភូមិសាស្ត្រ *pumi* របស់ Seanghay Yath (អាជ្ញាប័ណ្ណ MIT) ដោយបន្ថែមការសរសេរដែលសារព័ត៌មានប្រើ ជាឈ្មោះផ្សេងទៀត។ ព្រំដែនខេត្តមកពី Natural Earth (កម្មសិទ្ធិសាធារណៈ)។',
    caveats: 'ចំណុចគួរប្រុងប្រយ័ត្ន',
    caveatList: [
      '**ការអះអាងមិនមែនជាការរាប់ទេ។** គណបក្សនានាបានអះអាងពីការប្តូរគណបក្សរាប់រយ ហើយបន្ទាប់មករាប់ពាន់ករណី។ ការអះអាងទាំងនោះត្រូវបានបង្ហាញជាការអះអាង ជាមួយឈ្មោះអ្នកអះអាង។ កំណត់ត្រាគឺជាការប្តូរគណបក្សដែលអាចបញ្ជាក់ឈ្មោះ និងមានប្រភព។ គម្លាតរវាងពីរនេះ ក៏ជាការរកឃើញមួយដែរ។',
      '**ត្បូងឃ្មុំ។** ខេត្តត្បូងឃ្មុំ (KH-25) ត្រូវបានបំបែកចេញពីខេត្តកំពង់ចាម (KH-3) នៅចុងឆ្នាំ២០១៣។ ព្រំដែនកម្មសិទ្ធិសាធារណៈដែលប្រើសម្រាប់ផែនទី មានមុនការបំបែកនេះ ដូច្នេះនៅលើផែនទី រូបរាងខេត្តកំពង់ចាមគ្របដណ្តប់ខេត្តទាំងពីរ។ បញ្ជី និងទំព័រនានា បែងចែកខេត្តទាំងពីរដាច់ពីគ្នា។',
      '**អវត្តមានមិនមែនជាភស្តុតាងទេ។** «មិនមានការប្តូរគណបក្សត្រូវបានកត់ត្រា» មានន័យថា គ្មានប្រភពណាដែលយើងបានរកឃើញបញ្ជាក់ពីករណីណាមួយ មិនមែនមានន័យថា គ្មានអ្វីកើតឡើងនោះទេ។',
      '**ឈ្មោះ។** នៅពេលដែលមានតែប្រភពភាសាខ្មែរបញ្ជាក់ឈ្មោះបុគ្គលណាម្នាក់ ឈ្មោះជាអក្សរខ្មែរមកមុន ហើយការសរសេរជាអក្សរឡាតាំងរបស់យើង ត្រូវបានសម្គាល់ថា «អក្សរឡាតាំងបណ្តោះអាសន្ន»។ មន្ត្រីដែលគ្មានឈ្មោះ ត្រូវបានពិពណ៌នា មិនដែលដាក់ឈ្មោះដោយការស្មានទេ។',
      '**ទីកន្លែង។** ការសរសេរឈ្មោះឃុំរបស់សារព័ត៌មានខុសៗគ្នា ហើយឈ្មោះដដែលៗមាននៅក្នុងខេត្តផ្សេងៗ។ ទំព័រនៃកំណត់ត្រានីមួយៗ បង្ហាញការសរសេរដែលប្រភពបានប្រើ និងរបៀបផ្គូផ្គង។ សូមឱ្យអ្នកអានភាសាខ្មែរពិនិត្យឈ្មោះ មុនពេលដកស្រង់ក្នុងចំណងជើងព័ត៌មាន។',
      '**ផែនទី** បង្ហាញទីតាំង ប៉ុន្តែព្រំដែនគ្រាន់តែប្រហាក់ប្រហែល ហើយរាជធានីភ្នំពេញត្រូវបានគូរតាមព្រំដែនទីក្រុងចាស់។'
    ],
    contribute: 'របៀបចូលរួម',
    contributeText:
      'ទិន្នន័យរក្សាទុកក្នុងឯកសារអត្ថបទធម្មតា នៅក្នុងថត `data/` របស់គម្រោង មួយឯកសារសម្រាប់កំណត់ត្រានីមួយៗ ហើយត្រូវបានត្រួតពិនិត្យជាសាធារណៈ។ ដើម្បីបន្ថែមកំណត់ត្រា សូមចម្លងកំណត់ត្រាដែលមានស្រាប់ បំពេញតែអ្វីដែលប្រភពនិយាយ ដំណើរការកម្មវិធីពិនិត្យ (`npm run validate`) ដែលប្រាប់ពីបញ្ហានីមួយៗ និងរបៀបដោះស្រាយ ហើយបើក pull request។ អ្នកត្រួតពិនិត្យផ្ទៀងផ្ទាត់វាលនីមួយៗជាមួយប្រភពរបស់វា។ [ទំព័រទិន្នន័យ](/data/) មានឯកសារសម្រាប់ទាញយក និងគំរូ CSV សម្រាប់កំណត់ត្រាថ្មី។',
    corrections: 'ការកែតម្រូវ',
    correctionsText:
      'ប្រសិនបើកំណត់ត្រាណាមួយខុស ឬមិនពេញលេញ សូមប្រាប់យើងថាជាកំណត់ត្រាណា (អាសយដ្ឋានរបស់វា ឬលេខសម្គាល់ដែលបង្ហាញនៅលើទំព័ររបស់វា) និងប្រភពណាដែលបង្ហាញការកែតម្រូវ។ ទំព័រកំណត់ត្រានីមួយៗមានតំណ «រាយការណ៍ការកែតម្រូវ»។ ការកែតម្រូវធ្វើឡើងក្នុងឯកសារទិន្នន័យ ដូច្នេះការផ្លាស់ប្តូរនីមួយៗ និងអ្នកដែលបានធ្វើ នៅតែអាចមើលឃើញក្នុងប្រវត្តិសាធារណៈ។ កំណត់ត្រាដែលត្រូវដកចេញ ត្រូវបានសម្គាល់ថាបានដកវិញ ជាមួយមូលហេតុ មិនដែលត្រូវបានលុបដោយស្ងាត់ៗទេ។ ការផ្លាស់ប្តូរទាំងអស់ត្រូវបានរាយនៅក្នុង[កំណត់ហេតុការកែប្រែ និងការកែតម្រូវ](/changes/)។',
    licence: 'អាជ្ញាប័ណ្ណ',
    licenceText: (site, data, code) =>
      `ទិន្នន័យ៖ ${data}។ សូមបញ្ជាក់ឈ្មោះ «${site}» និងប្រភពដែលកំណត់ត្រានីមួយៗយោង។ កូដ៖ ${code}។ ឈ្មោះទីកន្លែង៖ pumi របស់ Seanghay Yath (MIT)។ ព្រំដែន៖ Natural Earth (កម្មសិទ្ធិសាធារណៈ)។`,
    browse: 'រកមើលតាមខេត្ត',
    browseText: 'ទំព័រខេត្តនីមួយៗរាយឈ្មោះឃុំ សង្កាត់ទាំងអស់របស់ខេត្តនោះ ហើយឃុំ សង្កាត់នីមួយៗមានទំព័រផ្ទាល់ខ្លួន។'
  },

  data: {
    title: 'ទិន្នន័យ៖ ទាញយក យោង ចូលរួម',
    description: 'ទាញយកកំណត់ត្រាប្តូរគណបក្សទាំងអស់ជា CSV, JSON, GeoJSON ឬ Popolo JSON ជាមួយកញ្ចប់ទិន្នន័យ Frictionless អាជ្ញាប័ណ្ណ និងរបៀបយោង។ ចូលរួមបន្ថែមកំណត់ត្រាដោយប្រើគំរូ CSV។',
    intro:
      'កំណត់ត្រាទាំងអស់នៅលើគេហទំព័រនេះ ត្រូវបានផ្សព្វផ្សាយនៅទីនេះជាទម្រង់បើកចំហ ហើយត្រូវបានបង្កើតឡើងវិញពីឯកសារដែលបានត្រួតពិនិត្យ រាល់ពេលសាងសង់គេហទំព័រ។ ទិន្នន័យដូចគ្នាតែងតែផ្តល់ឯកសារដូចគ្នាគ្រប់បៃ ដូច្នេះអាចប្រៀបធៀបការទាញយកពីរដងបានមួយបន្ទាត់ម្តងៗ។',
    asOf: 'ទិន្នន័យគិតត្រឹម',
    recordCount: (records) => `៖ កំណត់ត្រាប្តូរគណបក្ស ${kn(records)}។`,
    licence: 'អាជ្ញាប័ណ្ណ និងការយោង',
    licenceBefore: 'ទិន្នន័យត្រូវបានផ្សព្វផ្សាយក្រោមអាជ្ញាប័ណ្ណ',
    licenceAfter: '៖ អាចប្រើឡើងវិញដោយសេរី ដោយបញ្ជាក់ប្រភព។ សូមយោងដូចខាងក្រោម៖',
    sameMeta: 'ឯកសារនីមួយៗមានកាលបរិច្ឆេទ អាជ្ញាប័ណ្ណ និងការយោងដូចគ្នា។',
    files: 'ឯកសារ',
    filesCaption: 'ឯកសារដែលអាចទាញយកបាន',
    file: 'ឯកសារ',
    format: 'ទម្រង់',
    size: 'ទំហំ',
    holds: 'ខ្លឹមសារ',
    fileDescriptions: {
      'defections.csv': 'មួយជួរសម្រាប់កំណត់ត្រាប្តូរគណបក្សនីមួយៗ ជាជួរឈររាបស្មើ (មានពន្យល់ខាងក្រោម)។ បើកបានក្នុងកម្មវិធីតារាងណាមួយ។ បន្ទាត់បីដំបូងដែលចាប់ផ្តើមដោយ "#" ផ្តល់កាលបរិច្ឆេទ អាជ្ញាប័ណ្ណ និងការយោង។',
      'datapackage.json': 'ពិពណ៌នាឯកសារ defections.csv៖ ប្រភេទ ដែនកំណត់ និងអត្ថន័យនៃជួរឈរនីមួយៗ អាជ្ញាប័ណ្ណ និងការយោង (Frictionless Tabular Data Package v1)។',
      'defections.json': 'កំណត់ត្រាពេញលេញ ដូចដែលមាននៅក្នុង data/ ព្រមទាំងការបដិសេធ គណបក្ស រយៈពេល ចំនួនដែលបានអះអាង ព្រឹត្តិការណ៍សំខាន់ៗ កំណត់ហេតុការកែប្រែ និងទីកន្លែងដែលកំណត់ត្រាលើកឡើង។',
      'provinces.geojson': 'ខេត្តទាំង ២៥ ជាមួយចំនួនកំណត់ត្រា និងចំនួនមនុស្ស។ ខេត្តត្បូងឃ្មុំគ្មានព្រំដែនផ្ទាល់ខ្លួនក្នុងផែនទីប្រភពទេ (geometry ទទេ)៖ ផ្ទៃដីរបស់វាស្ថិតក្នុងរូបរាងខេត្តកំពង់ចាម។',
      'popolo.json':
        'អ្នកប្តូរគណបក្សជាបុគ្គល (persons) គណបក្សជាអង្គការ (organizations) ហើយការប្តូរគណបក្សនីមួយៗ ជាការបញ្ចប់សមាជិកភាពគណបក្សមួយ និងការចាប់ផ្តើមសមាជិកភាពមួយទៀតនៅថ្ងៃនោះ (popoloproject.com)។ មានតែបុគ្គលដែលមានឈ្មោះ ក្នុងកំណត់ត្រាដែលមិនបានដកវិញ ឬមិនមានការជំទាស់ប៉ុណ្ណោះ។'
    },
    bytes: (bytes) =>
      bytes < 1000 ? `${kn(bytes)} បៃ` : bytes < 1_000_000 ? `${kn(Math.round(bytes / 100) / 10)} kB` : `${kn(Math.round(bytes / 100_000) / 10)} MB`,
    viewAndFeed:
      'ដើម្បីទាញយកតែអ្វីដែលអ្នកឃើញ សូមច្រោះ[ផ្ទាំងទិន្នន័យ](/) ហើយប្រើ «ទាញយកទិដ្ឋភាពនេះ» (CSV ឬ JSON)។ ការកែប្រែ និងការកែតម្រូវ ត្រូវបានរាយនៅលើ[ទំព័រការកែប្រែ](/changes/) ហើយផ្សព្វផ្សាយជា[ព័ត៌មានបន្តផ្ទាល់ Atom](/feed.xml)។',
    columns: 'ជួរឈរនៃ defections.csv',
    columnsIntro:
      'មួយជួរសម្រាប់កំណត់ត្រាប្តូរគណបក្សនីមួយៗ។ ក្រឡាទទេមានន័យថា «មិនដឹង» (ឬសម្រាប់បញ្ជី គឺគ្មាន)។ បញ្ជីលេខកូដ ឬឈ្មោះ ស្ថិតក្នុងក្រឡាតែមួយ ដោយបំបែកដោយ ` | `។ ប្រភព និងប្រតិកម្ម ដែលមានវាលច្រើន ជាបញ្ជី JSON ក្នុងក្រឡាតែមួយ ដូច្នេះឯកសាររក្សាទុកអ្វីៗទាំងអស់ដែលកំណត់ត្រាមាន ហើយអាចនាំចូលវិញដោយគ្មានការផ្លាស់ប្តូរ។ បន្ទាត់មតិយោបល់នៅខាងលើចាប់ផ្តើមដោយ `#`។',
    columnsLanguage: 'ការពន្យល់ជួរឈរខាងក្រោមនៅជាភាសាអង់គ្លេស ដូចក្នុងឯកសារ datapackage.json។',
    column: 'ជួរឈរ',
    type: 'ប្រភេទ',
    required: 'ចាំបាច់',
    meaning: 'អត្ថន័យ',
    jsonList: 'បញ្ជី JSON',
    list: 'បញ្ជី',
    yes: 'បាទ/ចាស',
    codes: 'លេខកូដ៖',
    contribute: 'ចូលរួមបន្ថែមកំណត់ត្រា',
    contributeBefore: 'អ្នកស្រាវជ្រាវ និងបន្ទប់ព័ត៌មាន អាចផ្ញើកំណត់ត្រាជាក្រុមក្នុងទម្រង់តារាង។ សូមចាប់ផ្តើមពី',
    template: 'គំរូ CSV',
    contributeAfter:
      '(ជួរឈរខាងលើ ជាមួយកំណត់ត្រាពិតមួយជាជួរគំរូ សូមជំនួសវាដោយជួររបស់អ្នក) រក្សាទុកជា «CSV UTF-8» ហើយផ្ញើទៅអ្នកកែសម្រួល។ ឈ្មោះខេត្ត និងគណបក្ស អាចសរសេរតាមការសរសេរទូទៅណាមួយ។ ជួរនីមួយៗត្រូវបានពិនិត្យតាមវិធានដូចគ្នានឹងទិន្នន័យដែលបានផ្សព្វផ្សាយ ហើយកំណត់ត្រាស្ទួននឹងកំណត់ត្រាដែលមានស្រាប់ ត្រូវបានរកឃើញមុនពេលបន្ថែមអ្វីទាំងអស់។'
  },

  changes: {
    title: 'ការកែប្រែ និងការកែតម្រូវ',
    description: 'កំណត់ត្រាទាំងអស់ដែលបានបន្ថែម កែប្រែ ដកវិញ ឬមានការជំទាស់ ក្នុងទិន្នន័យរបស់កម្មវិធីតាមដានការប្តូរគណបក្ស ជាមួយកាលបរិច្ឆេទ មូលហេតុ និងភស្តុតាង។',
    intro:
      'ការផ្លាស់ប្តូរទាំងអស់លើកំណត់ត្រា ត្រូវបានកត់ត្រានៅទីនេះ៖ អ្វីដែលបានបន្ថែម កែប្រែ ដកវិញ ឬមានការជំទាស់ ពេលណា ហេតុអ្វី និងផ្អែកលើភស្តុតាងអ្វី។ គ្មានអ្វីត្រូវបានលុបដោយស្ងាត់ៗទេ៖ កំណត់ត្រាដែលបានដកវិញនៅតែមាននៅក្នុងបញ្ជី ដោយសម្គាល់ថាបានដកវិញ ជាមួយមូលហេតុ។ តាមដានការកែប្រែថ្មីៗតាម[ព័ត៌មានបន្តផ្ទាល់ Atom](/feed.xml) ហើយទាញយកទិន្នន័យពី[ទំព័រទិន្នន័យ](/data/)។',
    retracted: 'កំណត់ត្រាដែលបានដកវិញ',
    retractedOn: '៖ បានដកវិញនៅ',
    log: 'កំណត់ហេតុ',
    empty: 'មិនទាន់មានការកែប្រែណាមួយត្រូវបានកត់ត្រានៅឡើយទេ។',
    why: 'មូលហេតុ៖',
    fields: 'វាលដែលបានកែប្រែ៖',
    records: (count) => `កំណត់ត្រា ${kn(count)}`,
    retractedChip: (date) => `បានដកវិញ ${date}`,
    evidence: 'ភស្តុតាង៖'
  }
};
