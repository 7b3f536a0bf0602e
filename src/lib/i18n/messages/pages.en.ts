// Province, commune, person, search, about, data and changes pages in English: their words, and the sentences the
// profiles build. Each language owns its grammar here (English plurals and articles; Khmer classifiers and word order
// in pages.km.ts), so the profile builders pass facts and never glue words together themselves.
import { withUnit } from '$lib/data/places';
import { formatNumber, listJoin } from '$lib/format';
import type { ChangeKind } from '$lib/schema/change';
import { CONVENTIONS, type ConventionKey } from '$lib/schema/conventions';
import { CHANGE_KINDS, CLAIMANT_KINDS, REASON_TAGS, STATUSES, VOCABULARIES, type VocabularyKey } from '$lib/schema/vocabulary';
import type { ColumnName, TypeNames } from './columns';
import { partyName as party, type LeadRecord, type PartyWords, type PlaceWords } from './pages';
import { en as site } from './site-pages.en';

// English grammar.
const n = (count: number) => formatNumber(count, 'en');
const s = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Numbers at the start of a sentence read better as words: "Three defections", then "12 defections". */
const countWord = (count: number) => NUMBER_WORDS[count] ?? n(count);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countPhrase = (count: number, one: string, many = `${one}s`) => `${capitalise(countWord(count))} ${count === 1 ? one : many}`;
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const be = (count: number, one = 'is', many = 'are') => (count === 1 ? one : many);

/** "Ul Pov (commune councillor)", "a group of 6 former CNRP commune councillors", "an unnamed commune chief". */
function whoInLead(record: LeadRecord): string {
  if (record.named) return `${record.name} (${record.role}${record.people > 1 ? `, one of a group of ${n(record.people)}` : ''})`;
  if (record.people > 1) return `a group of ${n(record.people)} ${record.groupWording}`;
  return withArticle(`unnamed ${record.role}`);
}

const label = <T extends Record<string, { description: string }>>(vocabulary: T) =>
  Object.fromEntries(Object.entries(vocabulary).map(([code, value]) => [code, value.description])) as { [K in keyof T]: string };

/** Each vocabulary on the /data/ page: its title, a note ('' for none) and every code's label and definition. */
type VocabularyWords = {
  [K in VocabularyKey]: { title: string; note: string; terms: { [C in keyof (typeof VOCABULARIES)[K]['terms']]: { label: string; description: string } } };
};
const vocabularyWords = Object.fromEntries(
  Object.entries(VOCABULARIES).map(([key, vocabulary]) => [key, { title: vocabulary.title, note: 'note' in vocabulary ? vocabulary.note : '', terms: vocabulary.terms }])
) as VocabularyWords;

export const en = {
  ...site,
  breadcrumb: 'Breadcrumb',
  /** "Srak commune", "Kang Meas district", "Phnom Penh". */
  place: (place: PlaceWords) => withUnit(place),
  /** A place's name in the script this page does not lead with, shown beside its heading. */
  otherName: (place: PlaceWords) => place.nameKm ?? '',
  otherNameLang: 'km' as 'en' | 'km',
  stop: '.',
  /** The print-only line on profile pages: “Printed from <address>, data as of <day>.” */
  printedFrom: { from: 'Printed from', asOf: ', data as of ' },
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
    changeKinds: Object.fromEntries(Object.entries(CHANGE_KINDS).map(([kind, term]) => [kind, term.label])) as Record<ChangeKind, string>,
    languages: { en: 'English', km: 'Khmer', fr: 'French' },
    inLanguage: (language: string) => `In ${language}`,
    voices: { constituent: 'Constituent', party: 'Party official', defector: 'The defector' },
    unnamedVoices: { constituent: 'An unnamed resident', party: 'An unnamed party official', defector: 'The defector' },
    stance: (stance: string) => `Stance: ${stance.toLowerCase()}`
  },

  provinceSummary: {
    noneYet: (place: PlaceWords) => `No sourced defection is recorded yet in ${place.name}.`,
    has: (place: PlaceWords, records: number, people: number, communes?: number) =>
      `${place.name} has ${s(records, 'sourced defection record')}${people === records ? '' : ` covering ${s(people, 'person', 'people')}`}${
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
      `${headline}. Sourced record with ${sources === 1 ? 'one source' : `${n(sources)} sources`}, its status (confirmed by two outlets, reported by one, or disputed) and a citation.`,
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

  cite: {
    dataAsOf: 'Data as of',
    accessed: 'Accessed',
    copy: 'Copy citation',
    copied: 'Copied.',
    copyFailed: 'Could not copy: the citation is selected, press Ctrl+C (⌘C).'
  },

  about: {
    title: 'About the data and method',
    description:
      'What counts as a defection here, what a record’s status (confirmed, reported, disputed) means, where the data comes from, its caveats, how to contribute or correct it, and its licences.',
    lead: (site: string) =>
      `${site} keeps sourced records of elected officials who switch parties. The first case is Cambodia in 2017: officials of the opposition Cambodia National Rescue Party (CNRP) who joined the ruling Cambodian People’s Party (CPP) after the Prime Minister’s call of 22 October 2017, through the CNRP’s dissolution on 16 November and the last deadline on 26 November.`,
    holds: (counts: { defections: number; refusals: number; tallies: number; communes: number }) =>
      `It holds ${s(counts.defections, 'defection record')}, ${s(counts.refusals, 'record')} of officials who did not defect, ${s(counts.tallies, 'claimed tally', 'claimed tallies')}, and a page for each of Cambodia’s ${n(counts.communes)} communes.`,
    definition: 'What counts as a defection here',
    definitionText:
      'A defection record is a named or clearly described person — an elected official, a candidate, a party official or member — whom a news source reports as having left one party for another. One record covers one person, or a group that a source counts together without naming each member (the record then says how many people it covers). Every record cites at least one source that anyone can open.',
    countingRule: (levels: string[]) =>
      `**Counting rule:** totals count defection records whose status is ${levels.map((level) => level.toLowerCase()).join(' or ')}: confirmed means two independent outlets report it, reported means one outlet does and no other has corroborated it yet. They are sourced records, not facts this tracker has verified itself, and the dashboard gives the number of each beside its total. A group record counts once as a record and as the number of people its source gives. Disputed records are shown when the status filter asks for them, but never counted as defections and never set against the parties’ claims. Where a view is only of commune officials (by role, nationwide), the dashboard also gives the people counted as a share of the seats the CNRP won in those roles at the commune elections of 4 June 2017, citing the source of that figure. Retracted records are kept, marked as retracted, and not counted. Officials who refused to defect are shown for contrast and never counted.`,
    roles: (roles: string[]) => `Posts are recorded with the source’s own words beside one of these roles: ${roles.join('; ')}.`,
    verification: 'Status: how a record is sourced',
    dates: (precisions: string[]) =>
      `Dates are recorded as precisely as the sources give them: ${precisions.map((label) => label.toLowerCase()).join(', ')}. A date like “about 26 Oct 2017” is often the day a newspaper reported the move, not the move itself; each record’s page says which. A date filter on the dashboard counts a record only when every day its date may stand for lies in the chosen period; records dated only to a wider span that reaches into it (“October 2017”, “22 Oct – 21 Nov 2017”) are reported apart, and can be counted too on request.`,
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
    correctionsByIssue: 'To report a correction, open an issue in the project’s public tracker:',
    correctionsByEmail: 'To report a correction, write to',
    correctionsUnset:
      'This copy of the site has no address for corrections yet: its publisher has not set one (PUBLIC_CORRECTIONS_URL). The changes log below lists every correction made so far.',
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
    /** Said above the column reference where its words differ from datapackage.json's (English). */
    columnsLanguage: '',
    /** Other languages' versions of $lib/export's column descriptions (columns.km.ts); English pages show the originals. */
    columnDescriptions: {} as Partial<Record<ColumnName, string>>,
    column: 'Column',
    type: 'Type',
    required: 'Required',
    meaning: 'Meaning',
    jsonList: 'JSON list',
    list: 'list',
    /** The Table Schema type names, as datapackage.json writes them. */
    types: { string: 'string', integer: 'integer', boolean: 'boolean', date: 'date' } satisfies TypeNames,
    yes: 'yes',
    codes: 'Codes:',
    vocabularies: 'Codes and conventions',
    vocabulariesIntro:
      'Every code a record may hold, with what the project means by it, and the conventions for dates, ages and group records. Codes are written in the data exactly as shown. The same list, generated from the schema, is in the project’s `docs/vocabularies.md`.',
    field: 'Field:',
    code: 'Code',
    label: 'Label',
    definition: 'Definition',
    /** The vocabularies' words, from the schema itself (src/lib/schema/vocabulary.ts). */
    vocabulary: vocabularyWords,
    conventions: 'Conventions',
    /** The conventions, from src/lib/schema/conventions.ts. */
    conventionRules: CONVENTIONS as { [K in ConventionKey]: { title: string; rules: readonly string[] } },
    contribute: 'Contribute records',
    contributeBefore: 'Researchers and newsrooms can send batches of records as a spreadsheet. Start from the',
    template: 'CSV template',
    contributeAfter:
      '(the columns above, with one real record as an example row; replace it with your rows), save it as “CSV UTF-8”, and send it to the editors. Province and party names may be written in any common spelling; every row is checked against the same rules as the published data, and duplicates of existing records are caught before anything is added.'
,
    contributeSheet:
      'A spreadsheet is easier with the [spreadsheet template](/contribute/template.csv): no JSON in any cell, sources and reactions in numbered columns (`source_1_outlet`, `source_1_url`, …), and its [codes sheet](/contribute/codes.csv) lists every allowed value with its meaning in English and Khmer. The CSV template above stays importable.',
    contributeForm: 'For one record, [the contribution form](/contribute/) checks it in your browser and gives you the file to send.'
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
