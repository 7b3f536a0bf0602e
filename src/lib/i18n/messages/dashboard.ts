import { khmerNumber } from '../khmer';

// The dashboard: summary sentence, filters, map, timeline, table, downloads, embeds.
const n = (count: number) => count.toLocaleString('en-GB');
const s = (count: number, one: string, many = `${one}s`) => `${n(count)} ${count === 1 ? one : many}`;

export const en = {
  title: 'CNRP officials who joined the CPP, 2017',
  pageTitle: 'Cambodia 2017: CNRP officials who joined the CPP',
  description: "Sourced, verified records of Cambodian opposition (CNRP) officials who joined the ruling CPP in Oct–Nov 2017, beside the parties' claimed tallies.",
  loading: (count: string) => `Loading ${count} records…`,
  loadFailed: 'The records could not be loaded. Check your connection and reload the page.',
  needsJs: 'The dashboard needs JavaScript. Every record is also on the province, commune and person pages, which work without it: start from',
  summary: {
    none: 'No verified defection matches these filters.',
    headline: (wave: string | undefined, records: number, people: number, provinces: number, span: string) =>
      `${wave ? `${wave}: ` : ''}${s(records, 'verified defection record')} covering ${s(people, 'person', 'people')} in ${s(provinces, 'province')}${span}.`,
    between: (from: string, to: string) => ` between ${from} and ${to}`,
    theStart: 'the start',
    theLatest: 'the latest record',
    datedOn: (day: string) => ` (day-dated ones on ${day})`,
    datedFromTo: (from: string, to: string) => ` (day-dated ones from ${from} to ${to})`,
    countingRuleLabel: 'Counting rule:',
    countingRule: (levels: string) =>
      `Counted: named or described defection records whose status is ${levels}; a group record counts as one record and as the number of people its source gives. Retracted records and officials who refused to defect are never counted.`,
    or: 'or',
    claim: (countText: string, claimedBy: string, day: string) => `The largest claimed tally: ${countText} (${claimedBy}, ${day}) — a claim, not a count of named people.`,
    gap: (people: number, fewer: string) => ` This tracker has sourced records for ${s(people, 'person', 'people')}: ${fewer} fewer.`,
    noGap: ' (Claims are national totals, so no gap is computed for a filtered view.)'
  },
  ignored: 'Some parts of this link were ignored:',
  ignoredReasons: {
    'unknown value': 'unknown value',
    'not a date written YYYY-MM-DD': 'not a date written YYYY-MM-DD',
    'unknown wave': 'unknown period',
    'unknown sort column': 'unknown sort column',
    'unknown parameter': 'unknown parameter',
    'repeated parameter; the first one is used': 'repeated; the first one is used',
    'earlier than "from"': 'earlier than "from"'
  } as Record<string, string>,
  filters: {
    heading: 'Filters',
    search: 'Search names, communes, quotes',
    searchPlaceholder: 'e.g. Chin Choy, Srak',
    period: 'Period',
    allPeriods: 'All periods',
    role: 'Role',
    fromParty: 'From party',
    toParty: 'To party',
    reason: 'Stated reason',
    stance: "Constituents' reaction",
    status: 'Verification status',
    clearAll: 'Clear all filters'
  },
  dimensions: {
    province: 'province',
    date: 'date range',
    role: 'role',
    fromParty: 'from-party',
    toParty: 'to-party',
    tag: 'stated reason',
    stance: 'reaction stance',
    status: 'verification status',
    wave: 'period',
    text: 'search text'
  },
  map: {
    heading: 'Where',
    unit: 'people in verified records, by province',
    label: "Map of Cambodia's provinces. Each province is a button that toggles it in the filter.",
    loading: 'Loading the map…',
    failed: 'The province boundaries could not be loaded, so the map is not shown. Use the province list below to filter.',
    legend: 'People in verified records',
    noData: 'No data',
    tbongKhmum:
      'Kampong Cham’s shape includes Tbong Khmum, which became a separate province in 2013: the map shows their combined count there. The list below keeps them apart.',
    shapes: 'Shapes: Natural Earth (simplified).',
    list: (selected: number) => `Provinces as a list (${selected ? `${n(selected)} selected` : 'none selected'})`,
    countLine: (people: number, records: number) => `${s(people, 'person', 'people')} in ${s(records, 'record')}`,
    topCommunes: 'Top communes:',
    selectedHint: 'Selected — activate to remove',
    filterHint: 'Activate to filter'
  },
  timeline: {
    heading: 'When',
    unit: (bin: string) => `people per ${bin}; running totals claimed vs verified`,
    bins: { day: 'day', week: 'week' } as Record<'day' | 'week', string>,
    title: 'Defections over time, and claimed versus verified totals',
    description: (bin: string, verified: string, claims: number) =>
      `Top: people in verified records per ${bin}. Bottom: running total of people in verified, day-dated records (${verified}) against ${s(claims, 'claimed tally', 'claimed tallies')} by parties and press. A table of the same figures follows the chart.`,
    perBin: (bin: string) => `People in verified records per ${bin}`,
    runningTotals: 'Running totals (log scale):',
    claimed: 'claimed',
    versus: 'vs',
    verified: 'verified, named records',
    barTitle: (day: string, people: number, records: number) => `${day}: ${s(people, 'person', 'people')} in ${s(records, 'record')}`,
    help: 'Drag across the top chart to filter by date. Claims are national totals stated by parties and press, not counts of named people.',
    notDrawn: (count: number) => `${s(count, 'record')} dated only to a month, a year or a range, or undated, ${count === 1 ? 'is' : 'are'} counted but not drawn.`,
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
    claimsCaption: 'Claimed tallies'
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
    sourcesFor: (name: string) => `sources for ${name}`,
    notGiven: 'not given',
    tentative: '(Khmer name; romanisation tentative)',
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
    openFull: 'Open the full dashboard'
  }
};

const kn = khmerNumber;

export const km: typeof en = {
  title: 'មន្ត្រីគណបក្សសង្គ្រោះជាតិដែលបានចូលគណបក្សប្រជាជនកម្ពុជា ឆ្នាំ២០១៧',
  pageTitle: 'កម្ពុជា ២០១៧៖ មន្ត្រី CNRP ដែលបានចូល CPP',
  description: 'កំណត់ត្រាមានប្រភព និងបានផ្ទៀងផ្ទាត់ អំពីមន្ត្រីគណបក្សប្រឆាំង (CNRP) ដែលបានចូលគណបក្សប្រជាជនកម្ពុជា ក្នុងខែតុលា–វិច្ឆិកា ឆ្នាំ២០១៧ ប្រៀបធៀបនឹងចំនួនដែលគណបក្សបានអះអាង។',
  loading: (count: string) => `កំពុងផ្ទុកកំណត់ត្រា ${count}…`,
  loadFailed: 'មិនអាចផ្ទុកកំណត់ត្រាបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយផ្ទុកទំព័រឡើងវិញ។',
  needsJs: 'ផ្ទាំងទិន្នន័យត្រូវការ JavaScript។ កំណត់ត្រានីមួយៗក៏មាននៅលើទំព័រខេត្ត ឃុំ និងបុគ្គល ដែលដំណើរការដោយគ្មាន JavaScript៖ ចាប់ផ្តើមពី',
  summary: {
    none: 'គ្មានការប្តូរគណបក្សដែលបានផ្ទៀងផ្ទាត់ ត្រូវនឹងតម្រងទាំងនេះទេ។',
    headline: (wave, records, people, provinces, span) =>
      `${wave ? `${wave}៖ ` : ''}កំណត់ត្រាប្តូរគណបក្សដែលបានផ្ទៀងផ្ទាត់ ${kn(records)} ពាក់ព័ន្ធមនុស្ស ${kn(people)} នាក់ ក្នុង ${kn(provinces)} ខេត្ត${span}។`,
    between: (from, to) => ` ចន្លោះ ${from} និង ${to}`,
    theStart: 'ដើមដំបូង',
    theLatest: 'កំណត់ត្រាចុងក្រោយ',
    datedOn: (day) => ` (កំណត់ត្រាមានថ្ងៃជាក់លាក់ នៅ ${day})`,
    datedFromTo: (from, to) => ` (កំណត់ត្រាមានថ្ងៃជាក់លាក់ ពី ${from} ដល់ ${to})`,
    countingRuleLabel: 'វិធានរាប់៖',
    countingRule: (levels) =>
      `រាប់៖ កំណត់ត្រាប្តូរគណបក្សដែលមានឈ្មោះ ឬមានការពិពណ៌នា ដែលស្ថានភាពជា ${levels}។ កំណត់ត្រាក្រុមរាប់ជាកំណត់ត្រាមួយ និងជាចំនួនមនុស្សដែលប្រភពផ្តល់។ កំណត់ត្រាដែលបានដកវិញ និងមន្ត្រីដែលបដិសេធមិនប្តូរ មិនត្រូវបានរាប់ទេ។`,
    or: 'ឬ',
    claim: (countText, claimedBy, day) => `ចំនួនអះអាងធំបំផុត៖ ${countText} (${claimedBy}, ${day}) — ជាការអះអាង មិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។`,
    gap: (people, fewer) => ` កម្មវិធីនេះមានកំណត់ត្រាមានប្រភពសម្រាប់មនុស្ស ${kn(people)} នាក់៖ តិចជាង ${fewer}។`,
    noGap: ' (ការអះអាងជាចំនួនទូទាំងប្រទេស ដូច្នេះមិនគណនាគម្លាតសម្រាប់ទិដ្ឋភាពដែលបានច្រោះទេ។)'
  },
  ignored: 'ផ្នែកខ្លះនៃតំណនេះត្រូវបានមិនអើពើ៖',
  ignoredReasons: {
    'unknown value': 'តម្លៃមិនស្គាល់',
    'not a date written YYYY-MM-DD': 'មិនមែនជាកាលបរិច្ឆេទ YYYY-MM-DD',
    'unknown wave': 'រយៈពេលមិនស្គាល់',
    'unknown sort column': 'ជួរតម្រៀបមិនស្គាល់',
    'unknown parameter': 'ប៉ារ៉ាម៉ែត្រមិនស្គាល់',
    'repeated parameter; the first one is used': 'ស្ទួន ប្រើតែលើកទីមួយ',
    'earlier than "from"': 'មុន "ពី"'
  },
  filters: {
    heading: 'តម្រង',
    search: 'ស្វែងរកឈ្មោះ ឃុំ សម្រង់សម្តី',
    searchPlaceholder: 'ឧ. Chin Choy, Srak',
    period: 'រយៈពេល',
    allPeriods: 'គ្រប់រយៈពេល',
    role: 'តួនាទី',
    fromParty: 'ពីគណបក្ស',
    toParty: 'ទៅគណបក្ស',
    reason: 'មូលហេតុដែលបានលើកឡើង',
    stance: 'ប្រតិកម្មរបស់ប្រជាពលរដ្ឋ',
    status: 'ស្ថានភាពផ្ទៀងផ្ទាត់',
    clearAll: 'សម្អាតតម្រងទាំងអស់'
  },
  dimensions: {
    province: 'ខេត្ត',
    date: 'ចន្លោះកាលបរិច្ឆេទ',
    role: 'តួនាទី',
    fromParty: 'ពីគណបក្ស',
    toParty: 'ទៅគណបក្ស',
    tag: 'មូលហេតុ',
    stance: 'ប្រតិកម្ម',
    status: 'ស្ថានភាពផ្ទៀងផ្ទាត់',
    wave: 'រយៈពេល',
    text: 'អត្ថបទស្វែងរក'
  },
  map: {
    heading: 'ទីកន្លែង',
    unit: 'មនុស្សក្នុងកំណត់ត្រាដែលបានផ្ទៀងផ្ទាត់ តាមខេត្ត',
    label: 'ផែនទីខេត្តនៃប្រទេសកម្ពុជា។ ខេត្តនីមួយៗជាប៊ូតុងសម្រាប់ច្រោះ។',
    loading: 'កំពុងផ្ទុកផែនទី…',
    failed: 'មិនអាចផ្ទុកព្រំដែនខេត្តបាន ដូច្នេះផែនទីមិនបង្ហាញទេ។ សូមប្រើបញ្ជីខេត្តខាងក្រោមដើម្បីច្រោះ។',
    legend: 'មនុស្សក្នុងកំណត់ត្រាដែលបានផ្ទៀងផ្ទាត់',
    noData: 'គ្មានទិន្នន័យ',
    tbongKhmum:
      'រូបរាងខេត្តកំពង់ចាមរួមបញ្ចូលខេត្តត្បូងឃ្មុំ ដែលបានក្លាយជាខេត្តដាច់ដោយឡែកនៅឆ្នាំ២០១៣៖ ផែនទីបង្ហាញចំនួនរួមនៅទីនោះ។ បញ្ជីខាងក្រោមបែងចែកខេត្តទាំងពីរ។',
    shapes: 'រូបរាង៖ Natural Earth (សម្រួល)។',
    list: (selected) => `បញ្ជីខេត្ត (${selected ? `បានជ្រើស ${kn(selected)}` : 'មិនទាន់ជ្រើស'})`,
    countLine: (people, records) => `មនុស្ស ${kn(people)} នាក់ ក្នុងកំណត់ត្រា ${kn(records)}`,
    topCommunes: 'ឃុំលេចធ្លោ៖',
    selectedHint: 'បានជ្រើស — ចុចដើម្បីដកចេញ',
    filterHint: 'ចុចដើម្បីច្រោះ'
  },
  timeline: {
    heading: 'ពេលវេលា',
    unit: (bin) => `មនុស្សក្នុងមួយ${bin}; ចំនួនសរុបដែលអះអាង ធៀបនឹងដែលបានផ្ទៀងផ្ទាត់`,
    bins: { day: 'ថ្ងៃ', week: 'សប្តាហ៍' },
    title: 'ការប្តូរគណបក្សតាមពេលវេលា និងចំនួនសរុបដែលអះអាង ធៀបនឹងដែលបានផ្ទៀងផ្ទាត់',
    description: (bin, verified, claims) =>
      `ខាងលើ៖ មនុស្សក្នុងកំណត់ត្រាដែលបានផ្ទៀងផ្ទាត់ ក្នុងមួយ${bin}។ ខាងក្រោម៖ ចំនួនសរុបបន្តបន្ទាប់នៃមនុស្សក្នុងកំណត់ត្រាដែលមានថ្ងៃជាក់លាក់ (${verified}) ធៀបនឹងចំនួនអះអាង ${kn(claims)} ដោយគណបក្ស និងសារព័ត៌មាន។ តារាងនៃតួលេខដូចគ្នាមាននៅក្រោមតារាងក្រាហ្វិក។`,
    perBin: (bin) => `មនុស្សក្នុងកំណត់ត្រាដែលបានផ្ទៀងផ្ទាត់ ក្នុងមួយ${bin}`,
    runningTotals: 'ចំនួនសរុបបន្តបន្ទាប់ (មាត្រដ្ឋានលោការីត)៖',
    claimed: 'អះអាង',
    versus: 'ធៀបនឹង',
    verified: 'កំណត់ត្រាមានឈ្មោះដែលបានផ្ទៀងផ្ទាត់',
    barTitle: (day, people, records) => `${day}៖ មនុស្ស ${kn(people)} នាក់ ក្នុងកំណត់ត្រា ${kn(records)}`,
    help: 'អូសលើក្រាហ្វិកខាងលើដើម្បីច្រោះតាមកាលបរិច្ឆេទ។ ការអះអាងជាចំនួនទូទាំងប្រទេសដែលគណបក្ស និងសារព័ត៌មានបានថ្លែង មិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។',
    notDrawn: (count) => `កំណត់ត្រា ${kn(count)} ដែលមានតែខែ ឆ្នាំ ឬចន្លោះកាលបរិច្ឆេទ ឬគ្មានកាលបរិច្ឆេទ ត្រូវបានរាប់ ប៉ុន្តែមិនបានគូរទេ។`,
    from: 'ពី',
    to: 'ដល់',
    clearDates: 'សម្អាតកាលបរិច្ឆេទ',
    asTable: 'តួលេខជាតារាង',
    dayHeader: 'ថ្ងៃ',
    weekHeader: 'សប្តាហ៍ចាប់ពី',
    people: 'មនុស្ស',
    records: 'កំណត់ត្រា',
    date: 'កាលបរិច្ឆេទ',
    claim: 'ការអះអាង',
    claimedBy: 'អះអាងដោយ',
    claimsCaption: 'ចំនួនដែលបានអះអាង'
  },
  table: {
    heading: 'កំណត់ត្រា',
    matching: (count) => `ត្រូវគ្នា ${count}`,
    caption: (sort) => `កំណត់ត្រាប្តូរគណបក្សដែលត្រូវនឹងតម្រង តម្រៀបតាម${sort}`,
    name: 'ឈ្មោះ',
    role: 'តួនាទី',
    commune: 'ឃុំ',
    province: 'ខេត្ត',
    date: 'កាលបរិច្ឆេទ',
    reasons: 'មូលហេតុ',
    sources: 'ប្រភព',
    sourcesFor: (name) => `ប្រភពសម្រាប់ ${name}`,
    notGiven: 'មិនបានផ្តល់',
    tentative: '(ឈ្មោះខ្មែរ; ការសរសេរជាអក្សរឡាតាំងមិនទាន់ច្បាស់)',
    people: (count) => `មនុស្ស ${count} នាក់`,
    loadingRecords: 'កំពុងផ្ទុកកំណត់ត្រា…',
    unavailable: 'មិនមានកំណត់ត្រា។',
    loadingSources: 'កំពុងផ្ទុក…',
    sourcesFailed: 'មិនអាចផ្ទុកប្រភពបាន៖',
    seeRecord: 'មើលទំព័រកំណត់ត្រា',
    previous: 'មុន',
    next: 'បន្ទាប់',
    pageOf: (page, pages, records) => `ទំព័រ ${page} នៃ ${pages} (កំណត់ត្រា ${records})`,
    pages: 'ទំព័រតារាង',
    sortBy: 'តម្រៀបតាម'
  },
  empty: {
    none: 'គ្មានកំណត់ត្រាត្រូវគ្នាទេ។',
    emptiedBy: (dimensions) => `តម្រង${dimensions} តែម្នាក់ឯងដកកំណត់ត្រាទាំងអស់ចេញ។`,
    combination: 'គ្មានតម្រងណាមួយធ្វើបែបនេះតែឯងទេ៖ គឺការផ្សំតម្រង។',
    and: ' និងតម្រង'
  },
  refusals: (count) => `មន្ត្រី ${kn(count)} នាក់ដែលបានបដិសេធជាសាធារណៈមិនប្តូរគណបក្ស ត្រូវបានកត់ត្រាដាច់ដោយឡែក ហើយមិនត្រូវបានរាប់នៅទីនេះទេ។`,
  download: {
    label: (count) => `ទាញយកទិដ្ឋភាពនេះ (កំណត់ត្រា ${kn(count)})៖`,
    all: 'ទិន្នន័យទាំងអស់ និងទម្រង់',
    failed: 'មិនអាចផ្ទុកកំណត់ត្រាបាន។ សូមព្យាយាមម្តងទៀត ឬទាញយកទាំងអស់ពី',
    dataPage: 'ទំព័រទិន្នន័យ'
  },
  embed: {
    button: 'បង្កប់',
    intro: 'ចម្លងកូដនេះទៅក្នុងទំព័ររបស់អ្នក ដើម្បីបង្ហាញក្រាហ្វិកសម្រាប់ទិដ្ឋភាពបច្ចុប្បន្ន៖',
    map: 'ផែនទី',
    timeline: 'ពេលវេលា',
    copy: 'ចម្លង',
    copied: 'បានចម្លង',
    credit: (site) => `ប្រភព៖ ${site} កំណត់ត្រាប្តូរគណបក្សដែលមានឈ្មោះ និងប្រភព។`,
    openFull: 'បើកផ្ទាំងទិន្នន័យពេញលេញ'
  }
};
