// The dashboard in Khmer: the same keys as dashboard.en.ts (type-checked).
import { khmerNumber } from '../khmer';
import type { en } from './dashboard.en';

const kn = khmerNumber;
// The case's own words come from data/case.yaml (compiled in by vite.config.ts), as in dashboard.en.ts. Khmer nouns do
// not inflect, but a count still takes the word case.yaml gives for one or for many.
const words = __CAMBODIA_KM__;
const word = (count: number, one: string, many: string) => (count === 1 ? one : many);
const recordsWord = (count: number) => word(count, words.recordsOne, words.records);
const peopleWord = (count: number) => word(count, words.subjectOne, words.subject);
const provinceWord = (count: number) => word(count, words.level.name, words.level.plural);

export const km: typeof en = {
  title: words.title,
  pageTitle: words.pageTitle,
  description: words.summary,
  cases: { label: 'រលកប្តូរគណបក្សដែលតាមដាននៅទីនេះ៖', shown: 'បង្ហាញខាងក្រោម', compare: 'ប្រៀបធៀបគ្នា' },
  loading: (count: string) => `កំពុងផ្ទុកកំណត់ត្រា ${count}…`,
  loadFailed: 'មិនអាចផ្ទុកកំណត់ត្រាបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយផ្ទុកទំព័រឡើងវិញ។',
  needsJs: {
    title: 'តម្រងត្រូវការ JavaScript',
    view: (period) =>
      `JavaScript ត្រូវបានបិទ ឬរារាំងនៅក្នុងកម្មវិធីរុករកនេះ ដូច្នេះតម្រងមិនដំណើរការទេ ហើយតម្រងក្នុងអាសយដ្ឋានរបស់តំណ (បន្ទាប់ពី «?») មិនត្រូវបានអនុវត្តទេ។ អ្វីដែលអ្នកឃើញគឺជាទិដ្ឋភាពលំនាំដើម៖ កំណត់ត្រាទាំងអស់នៃរយៈពេល «${period}»។`,
    pages: 'កំណត់ត្រានីមួយៗក៏មាននៅលើទំព័រខេត្ត ឃុំ និងបុគ្គល ដែលដំណើរការដោយគ្មាន JavaScript៖ ចាប់ផ្តើមពី'
  },
  summary: {
    none: (scope, span) => `${scope}គ្មានកំណត់ត្រាណាត្រូវនឹងតម្រងទាំងនេះ${span ? `${span} ` : ''}ទេ។`,
    headline: (scope, records, statuses, people, provinces, span) =>
      `${scope}${recordsWord(records)} ${kn(records)} (${statuses}) ពាក់ព័ន្ធ${peopleWord(people)} ${kn(people)} នាក់ ក្នុង ${kn(provinces)} ${provinceWord(provinces)}${span}។`,
    statusCount: {
      confirmed: (count) => `${kn(count)} បានបញ្ជាក់ដោយសារព័ត៌មានពីរ`,
      reported: (count) => `${kn(count)} បានរាយការណ៍ដោយសារព័ត៌មានតែមួយ`,
      disputed: (count) => `${kn(count)} មានការជំទាស់`
    },
    onlyDisputed: (scope, records, people, provinces, span) =>
      `${scope}កំណត់ត្រាមានការជំទាស់ ${kn(records)} មិនត្រូវបានរាប់ទេ៖ ប្រភព ឬគណបក្សនានាមិនយល់ស្របថា នេះជាការប្តូរគណបក្ស ។ កំណត់ត្រាទាំងនេះនិយាយអំពី${peopleWord(people)} ${kn(people)} នាក់ ក្នុង ${kn(provinces)} ${provinceWord(provinces)}${span}។`,
    alsoDisputed: (records) => ` បង្ហាញផងដែរ៖ កំណត់ត្រាមានការជំទាស់ ${kn(records)} ដែលមិនត្រូវបានរាប់។`,
    scope: (parts) => (parts.length ? `${parts.join(', ')}៖ ` : ''),
    inProvinces: (names) => `នៅ${names}`,
    roles: (labels) => `តួនាទី ${labels}`,
    fromParties: (codes) => `ពី ${codes}`,
    toParties: (codes) => `ទៅ ${codes}`,
    tags: (labels) => `មូលហេតុ ${labels}`,
    reactions: (stances, voices) => `ប្រតិកម្ម${stances ? ` ${stances}` : ''}${voices ? ` ពី${voices}` : ''}`,
    search: (text) => `ដែលមានពាក្យ «${text}»`,
    seats: (people, seats, share, party, day) =>
      `ក្នុងចំណោមអាសនៈ ${seats} ក្នុងតួនាទីទាំងនេះ ដែល ${party} បានឈ្នះនៅ ${day} មនុស្ស ${kn(people)} នាក់ (${kn(share)}%) មានក្នុងកំណត់ត្រាដែលបានរាប់។ អាសនៈ៖`,
    between: (from, to) => ` ចន្លោះ ${from} និង ${to}`,
    overlapping: (from, to) => ` ដែលកាលបរិច្ឆេទស្ថិត ឬអាចស្ថិត ចន្លោះ ${from} និង ${to}`,
    mayFall: (records) => ` (និងកំណត់ត្រា ${kn(records)} ទៀតដែលអាចស្ថិតក្នុងរយៈពេលនេះ មិនបានរាប់នៅទីនេះ)`,
    theStart: 'ដើមដំបូង',
    theLatest: 'កំណត់ត្រាចុងក្រោយ',
    datedOn: (day) => ` (កំណត់ត្រាមានថ្ងៃជាក់លាក់ នៅ ${day})`,
    datedFromTo: (from, to) => ` (កំណត់ត្រាមានថ្ងៃជាក់លាក់ ពី ${from} ដល់ ${to})`,
    countingRuleLabel: 'វិធានរាប់៖',
    countingRule: (levels) =>
      `រាប់ជាការប្តូរគណបក្ស៖ កំណត់ត្រាដែលមានឈ្មោះ ឬមានការពិពណ៌នា ដែលស្ថានភាពជា ${levels} (បានបញ្ជាក់៖ សារព័ត៌មានឯករាជ្យពីររាយការណ៍។ បានរាយការណ៍៖ សារព័ត៌មានតែមួយ មិនទាន់មានប្រភពផ្សេងបញ្ជាក់។ ទាំងពីរនេះមិនមែនជាការផ្ទៀងផ្ទាត់ផ្ទាល់របស់កម្មវិធីនេះទេ)។ កំណត់ត្រាក្រុមរាប់ជាកំណត់ត្រាមួយ និងជាចំនួនមនុស្សដែលប្រភពផ្តល់។ កំណត់ត្រាដែលមានការជំទាស់ ត្រូវបានបង្ហាញនៅពេលតម្រងស្ថានភាពស្នើ ប៉ុន្តែមិនដែលរាប់ទេ។ កំណត់ត្រាដែលបានដកវិញ និងមន្ត្រីដែលបដិសេធមិនប្តូរ មិនត្រូវបានរាប់ទេ។`,
    shortRule: (levels) => `រាប់៖ កំណត់ត្រាដែល${levels}។ កំណត់ត្រាមានការជំទាស់ មិនដែលត្រូវបានរាប់ទេ។`,
    statusMeaning: { confirmed: 'បានបញ្ជាក់ដោយសារព័ត៌មានពីរ', reported: 'បានរាយការណ៍ដោយសារព័ត៌មានតែមួយ', disputed: 'មានការជំទាស់' },
    nothingCountedShort: 'កំណត់ត្រាមានការជំទាស់ ត្រូវបានបង្ហាញនៅទីនេះ ប៉ុន្តែមិនដែលរាប់ទេ។',
    nothingCounted:
      'គ្មានអ្វីដែលបង្ហាញនៅទីនេះត្រូវបានរាប់ជាការប្តូរគណបក្សទេ៖ កំណត់ត្រាមានការជំទាស់ (ប្រភព ឬគណបក្សនានាមិនយល់ស្របថាជាការប្តូរគណបក្ស) ត្រូវបានបង្ហាញ ប៉ុន្តែមិនដែលរាប់ទេ។ អ្វីដែលរាប់ គឺកំណត់ត្រាដែលបានបញ្ជាក់ដោយសារព័ត៌មានពីរ ឬបានរាយការណ៍ដោយសារព័ត៌មានមួយ។',
    or: 'ឬ',
    claim: (countText, claimedBy, day) => `ចំនួនអះអាងធំបំផុត៖ ${countText} (${claimedBy}, ${day}) — ជាការអះអាង មិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។`,
    gap: (people, fewer) => ` កម្មវិធីនេះមានកំណត់ត្រាដែលបានរាប់ (បានបញ្ជាក់ ឬបានរាយការណ៍) សម្រាប់មនុស្ស ${kn(people)} នាក់៖ តិចជាង ${fewer}។`,
    noGap: ' (ការអះអាងជាចំនួនទូទាំងប្រទេស ដូច្នេះមិនគណនាគម្លាតសម្រាប់ទិដ្ឋភាពដែលបានច្រោះទេ។)',
    noGapDisputed: ' (កំណត់ត្រាមានការជំទាស់មិនត្រូវបានរាប់ទេ ដូច្នេះមិនគណនាគម្លាតពីវាទេ។)'
  },
  ignored: 'ផ្នែកខ្លះនៃតំណនេះត្រូវបានមិនអើពើ៖',
  ignoredReasons: {
    'unknown value': 'តម្លៃមិនស្គាល់',
    'not a date written YYYY-MM-DD': 'មិនមែនជាកាលបរិច្ឆេទ YYYY-MM-DD',
    'unknown wave': 'រយៈពេលមិនស្គាល់',
    'unknown sort column': 'ជួរតម្រៀបមិនស្គាល់',
    'unknown parameter': 'ប៉ារ៉ាម៉ែត្រមិនស្គាល់',
    'repeated parameter; the first one is used': 'ស្ទួន ប្រើតែលើកទីមួយ',
    'earlier than "from"': 'មុន "ពី"',
    unreadable: 'គ្មានអត្ថបទដែលអាចអានបានសម្រាប់ស្វែងរក'
  },
  filters: {
    heading: 'តម្រង',
    search: 'ស្វែងរកឈ្មោះ ឃុំ សម្រង់សម្តី',
    searchPlaceholder: 'ឧ. Chin Choy, Srak',
    closeSpellings: (words: string) => `គ្មានកំណត់ត្រាណាមានពាក្យទាំងនេះដូចដែលបានវាយទេ។ កំពុងបង្ហាញអក្ខរាវិរុទ្ធដែលជិតគ្នា៖ ${words}។`,
    period: 'រយៈពេល',
    allPeriods: 'គ្រប់រយៈពេល',
    role: 'តួនាទី',
    fromParty: 'ពីគណបក្ស',
    toParty: 'ទៅគណបក្ស',
    reason: 'មូលហេតុដែលបានលើកឡើង',
    voice: 'ប្រតិកម្ម៖ អ្នកដែលមានប្រតិកម្ម',
    voices: { constituent: 'ប្រជាពលរដ្ឋ', party: 'មន្ត្រីគណបក្ស', defector: 'អ្នកប្តូរគណបក្សខ្លួនឯង' },
    stance: 'ប្រតិកម្ម៖ ជំហរ',
    status: 'ស្ថានភាព (កម្រិតប្រភព)',
    clearAll: 'សម្អាតតម្រងទាំងអស់'
  },
  dimensions: {
    province: 'ខេត្ត',
    date: 'ចន្លោះកាលបរិច្ឆេទ',
    role: 'តួនាទី',
    fromParty: 'ពីគណបក្ស',
    toParty: 'ទៅគណបក្ស',
    reason: 'មូលហេតុ',
    reaction: 'ប្រតិកម្ម',
    status: 'ស្ថានភាព',
    wave: 'រយៈពេល',
    text: 'អត្ថបទស្វែងរក'
  },
  dateWindow: {
    rule: 'រាប់ក្នុងរយៈពេលនេះ៖ កំណត់ត្រាដែលចន្លោះកាលបរិច្ឆេទដែលដឹងទាំងមូល ស្ថិតនៅក្នុងរយៈពេលនេះ។',
    ruleOverlap: 'រាប់ក្នុងរយៈពេលនេះ៖ កំណត់ត្រាទាំងអស់ដែលចន្លោះកាលបរិច្ឆេទដែលដឹង ប៉ះនឹងរយៈពេលនេះ។',
    more: (count) => `និងកំណត់ត្រា ${kn(count)} ទៀតដែលអាចស្ថិតក្នុងរយៈពេលនេះ៖ កាលបរិច្ឆេទរបស់វាដឹងត្រឹមតែចន្លោះមួយដែលលើសពីរយៈពេលនេះ។`,
    including: (count) => `រួមទាំងកំណត់ត្រា ${kn(count)} ដែលអាចស្ថិតនៅក្រៅរយៈពេលនេះ៖ កាលបរិច្ឆេទរបស់វាដឹងត្រឹមតែចន្លោះមួយដែលលើសពីរយៈពេលនេះ។`,
    include: 'រាប់បញ្ចូលកំណត់ត្រាដែលអាចស្ថិតក្នុងរយៈពេលនេះផងដែរ'
  },
  map: {
    heading: 'ទីកន្លែង',
    unit: 'មនុស្សក្នុងកំណត់ត្រាដែលបង្ហាញ តាមខេត្ត',
    label: 'ផែនទីខេត្តនៃប្រទេសកម្ពុជា៖ គ្រាប់ចុចព្រួញផ្លាស់ទីពីខេត្តមួយទៅខេត្តមួយ Enter ឬ Space ជ្រើស ឬដកខេត្តចេញពីតម្រង។',
    loading: 'កំពុងផ្ទុកផែនទី…',
    failed: 'មិនអាចផ្ទុកព្រំដែនខេត្តបាន ដូច្នេះផែនទីមិនបង្ហាញទេ។ សូមប្រើបញ្ជីខេត្តខាងក្រោមដើម្បីច្រោះ។',
    legend: 'មនុស្សក្នុងកំណត់ត្រាដែលបង្ហាញ',
    noData: 'គ្មានទិន្នន័យ',
    dimmed: 'មិនស្ថិតក្នុងខេត្តដែលបានជ្រើស',
    shownWith: (shape, others) =>
      `រូបរាងខេត្ត${shape}ក៏តំណាងឱ្យខេត្ត${others}ផងដែរ ដែលគ្មានរូបរាងផ្ទាល់ខ្លួនក្នុងឯកសារព្រំដែន៖ ផែនទីបង្ហាញចំនួនរួមនៅទីនោះ។ បញ្ជីខាងក្រោមបែងចែកខេត្តទាំងនោះ។`,
    partlySelected: (selected, left) =>
      `បានជ្រើសខេត្ត${selected}៖ នៅលើផែនទី គែមរបស់វាក៏គ្របលើខេត្ត${left}ផងដែរ ប៉ុន្តែកំណត់ត្រារបស់ខេត្ត${left}មិនត្រូវបានរាប់បញ្ចូលទេ។ សូមជ្រើសខេត្ត${left}ក្នុងបញ្ជីខាងក្រោមដើម្បីបញ្ចូលវា។`,
    shapes: 'រូបរាង៖ Natural Earth (សម្រួល)។',
    list: (selected) => `បញ្ជីខេត្ត (${selected ? `បានជ្រើស ${kn(selected)}` : 'មិនទាន់ជ្រើស'})`,
    countLine: (people, records) => `មនុស្ស ${kn(people)} នាក់ ក្នុងកំណត់ត្រា ${kn(records)}`,
    countsLoading: 'កំពុងរាប់កំណត់ត្រា…',
    countsFailed: 'មិនអាចផ្ទុកកំណត់ត្រាបានទេ',
    topCommunes: 'ឃុំលេចធ្លោ៖',
    selectedHint: 'បានជ្រើស — ចុចដើម្បីដកចេញ',
    filterHint: 'ចុចដើម្បីច្រោះ',
    zoom: 'ពង្រីក និងរំកិលផែនទី',
    resetView: 'កំណត់ទិដ្ឋភាពឡើងវិញ',
    twoFingers: 'ប្រើម្រាមដៃពីរដើម្បីរំកិលផែនទី',
    skipToRecords: 'រំលងទៅកំណត់ត្រា',
    zoomFailed: 'មិនអាចផ្ទុកផែនទីដែលអាចពង្រីកបានទេ។ ផែនទីខាងលើនៅតែដំណើរការ៖ សូមជ្រើសខេត្តនៅលើវា ឬក្នុងបញ្ជីខាងក្រោម។'
  },
  timeline: {
    heading: 'ពេលវេលា',
    unit: (bin) => `មនុស្សក្នុងមួយ${bin}; ចំនួនសរុបដែលអះអាង ធៀបនឹងដែលមានប្រភព`,
    bins: { day: 'ថ្ងៃ', week: 'សប្តាហ៍' },
    title: 'ការប្តូរគណបក្សតាមពេលវេលា និងចំនួនសរុបដែលអះអាង ធៀបនឹងដែលមានប្រភព',
    description: (bin, verified, claims) =>
      `ខាងលើ៖ មនុស្សក្នុងកំណត់ត្រាដែលបង្ហាញ ក្នុងមួយ${bin}។ ខាងក្រោម៖ ចំនួនសរុបបន្តបន្ទាប់នៃមនុស្សក្នុងកំណត់ត្រាដែលបានរាប់ ដែលមានថ្ងៃជាក់លាក់ ដោយមិនរាប់កំណត់ត្រាមានការជំទាស់ (${verified}) ធៀបនឹងចំនួនអះអាង ${kn(claims)} ដោយគណបក្ស និងសារព័ត៌មាន។ តារាងនៃតួលេខដូចគ្នាមាននៅក្រោមតារាងក្រាហ្វិក។`,
    perBin: (bin) => `មនុស្សក្នុងកំណត់ត្រាដែលបង្ហាញ ក្នុងមួយ${bin}`,
    runningTotals: 'ចំនួនសរុបបន្តបន្ទាប់ (មាត្រដ្ឋានលោការីត)៖',
    claimed: 'អះអាង',
    versus: 'ធៀបនឹង',
    verified: 'កំណត់ត្រាមានឈ្មោះ និងប្រភព ដែលបានរាប់',
    barTitle: (day, people, records) => `${day}៖ មនុស្ស ${kn(people)} នាក់ ក្នុងកំណត់ត្រា ${kn(records)}`,
    help: 'អូសលើក្រាហ្វិកខាងលើដើម្បីច្រោះតាមកាលបរិច្ឆេទ។ ការអះអាងជាចំនួនទូទាំងប្រទេសដែលគណបក្ស និងសារព័ត៌មានបានថ្លែង មិនមែនជាការរាប់មនុស្សដែលមានឈ្មោះទេ។',
    notDrawn: (count) => `កំណត់ត្រា ${kn(count)} ដែលមានតែខែ ឆ្នាំ ឬចន្លោះកាលបរិច្ឆេទ ឬគ្មានកាលបរិច្ឆេទ មិនបានគូរទេ៖ គំនូសតាងដាក់តែកំណត់ត្រាដែលមានកាលបរិច្ឆេទជាថ្ងៃប៉ុណ្ណោះ។`,
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
    claimsCaption: 'ចំនួនដែលបានអះអាង',
    claimsControl: 'ចំនួនដែលបានអះអាងនៅលើក្រាហ្វិក៖ គ្រាប់ចុចព្រួញផ្លាស់ទីពីមួយទៅមួយ',
    claimDetail: (count, by, day, what) => `${count} — ${by}, ${day}៖ ${what}`
  },
  table: {
    heading: 'កំណត់ត្រា',
    matching: (count) => `ត្រូវគ្នា ${count}`,
    caption: (sort) => `កំណត់ត្រាប្តូរគណបក្សដែលត្រូវនឹងតម្រង តម្រៀបតាម${sort}`,
    name: 'ឈ្មោះ',
    unnamed: (role, people) => (people > 1 ? `ក្រុម${role.noun} ${kn(people)} នាក់` : `${role.noun}ម្នាក់ ដែលមិនបញ្ចេញឈ្មោះ`),
    official: 'មន្ត្រី',
    role: 'តួនាទី',
    commune: 'ឃុំ',
    province: 'ខេត្ត',
    date: 'កាលបរិច្ឆេទ',
    reasons: 'មូលហេតុ',
    sources: 'ប្រភព',
    sourceCount: (count) => `ប្រភព ${kn(count)}`,
    sourcesFor: (name) => `សម្រាប់ ${name}`,
    notGiven: 'មិនបានផ្តល់',
    tentative: '(ឈ្មោះខ្មែរ; ការសរសេរជាអក្សរឡាតាំងមិនទាន់ច្បាស់)',
    romanised: (latin) => `(${latin}៖ អក្សរឡាតាំងបណ្តោះអាសន្ន)`,
    dateSpan: (from, to) => `${from} – ${to}`,
    dateBy: (day) => `មិនក្រោយ ${day}`,
    dateAfter: (day) => `ក្រោយ ${day}`,
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
    aboutFile: 'អំពីឯកសារ CSV (.txt)',
    aboutFileHint: 'អ្វីដែលឯកសារ CSV មាន៖ អាសយដ្ឋាន និងតម្រងនៃទិដ្ឋភាព ច្បាប់រាប់ កាលបរិច្ឆេទនៃទិន្នន័យ អាជ្ញាប័ណ្ណ និងការយោង',
    asOf: 'ទិន្នន័យគិតត្រឹម',
    changes: 'កំណត់ហេតុការកែប្រែ',
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
    openFull: 'បើកផ្ទាំងទិន្នន័យពេញលេញ',
    heading: (chart, site) => `${chart} — ${site}`,
    script:
      'ស្គ្រីបនេះកំណត់កម្ពស់ស៊ុមឱ្យស្មើនឹងខ្លឹមសាររបស់វា (ដាក់វាតែម្តងក្នុងមួយទំព័រ)។ បន្ថែម theme=light ឬ theme=dark ទៅអាសយដ្ឋាន ដើម្បីកំណត់ពណ៌ បើមិនដូច្នោះទេ ពណ៌តាមការកំណត់ប្រព័ន្ធរបស់អ្នកអាន។'
  },
  images: {
    label: (chart) => `${chart} ជារូបភាព៖`,
    map: 'ផែនទី',
    timeline: 'ពេលវេលា',
    svgHint: 'SVG៖ គំនូរដែលពង្រីកបាន សម្រាប់បោះពុម្ព និងកែសម្រួល',
    pngHint: 'PNG៖ រូបភាពធំជាងអេក្រង់ពីរដង សម្រាប់គេហទំព័រ និងបណ្តាញសង្គម',
    title: (title, chart) => `${title}៖ ${chart}`,
    mapTitle: 'តាមខេត្ត',
    timelineTitle: 'តាមពេលវេលា',
    filters: (scope) => `បង្ហាញ៖ ${scope}។`,
    noFilters: 'បង្ហាញ៖ គ្រប់រយៈពេល គ្មានតម្រង។',
    source: (site, url) => `ប្រភព៖ ${site}, ${url}`,
    dataAsOf: (day) => `ទិន្នន័យគិតត្រឹម ${day}។`,
    failed: 'មិនអាចបង្កើតរូបភាពបានទេ។ សូមព្យាយាមម្តងទៀត។'
  }
};
