// The same words in Khmer (see site-pages.en.ts), and the Khmer place grammar that pages.km.ts shares.
import { formatNumber } from '$lib/format';
import type { PlaceWords } from './pages';
import type { en } from './site-pages.en';

// Khmer grammar: nouns do not inflect; the unit word comes before the name ("ឃុំស្រក"); counts take classifiers.
export const kn = (count: number) => formatNumber(count, 'km');
const KM_UNITS: Record<string, string> = {
  province: 'ខេត្ត',
  capital: 'រាជធានី',
  district: 'ស្រុក',
  khan: 'ខណ្ឌ',
  municipality: 'ក្រុង',
  commune: 'ឃុំ',
  sangkat: 'សង្កាត់'
};
export const kmPlace = (place: PlaceWords) => `${KM_UNITS[place.unit.toLowerCase()] ?? ''}${place.nameKm || place.name}`;

export const km: typeof en = {
  separator: ' ',
  search: {
    label: 'ស្វែងរកមនុស្ស និងទីកន្លែង',
    placeholder: 'ឈ្មោះមនុស្ស ឬទីកន្លែង',
    button: 'ស្វែងរក',
    suggestions: 'ការណែនាំ',
    unavailable: 'មិនមានការណែនាំទេ។ ចុច Enter ដើម្បីស្វែងរក។',
    loading: 'កំពុងផ្ទុក…',
    noMatch: 'រកមិនឃើញ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬសាកល្បងសរសេរឈ្មោះជាអក្សរឡាតាំង។',
    matches: (total) => `ត្រូវគ្នា ${kn(total)}។ ប្រើគ្រាប់ចុចព្រួញដើម្បីជ្រើសរើស។`,
    nearMatches: (total) => `គ្មានលទ្ធផលត្រូវគ្នាពិតប្រាកដទេ។ អក្ខរាវិរុទ្ធជិតគ្នា ${kn(total)}។ ប្រើគ្រាប់ចុចព្រួញដើម្បីជ្រើសរើស។`,
    nearGroup: (kinds) => `${kinds}៖ អក្ខរាវិរុទ្ធជិតគ្នា`,
    near: 'អក្ខរាវិរុទ្ធជិតគ្នា',
    nearNote: 'តើអ្នកចង់រកមួយក្នុងចំណោមទាំងនេះឬ? ឈ្មោះទាំងនេះសរសេរខុសពីពាក្យស្វែងរករបស់អ្នក មួយ ឬពីរអក្សរ។',
    records: (count) => (count === 0 ? 'គ្មានកំណត់ត្រា' : `កំណត់ត្រា ${kn(count)}`),
    kinds: { p: 'ខេត្ត', d: 'ស្រុក', c: 'ឃុំ សង្កាត់', r: 'មនុស្ស', x: 'ក្នុងករណីផ្សេងទៀត' },
    contextPlace: (kind, place) => kmPlace({ ...place, unit: place.unit || (kind === 'd' ? 'district' : 'province') }),
    detail: (role, kind) => (kind === 'retracted' ? `${role} (បានដកវិញ)` : kind === 'refusal' ? `${role} (មិនបានប្តូរគណបក្ស)` : role),
    title: 'ស្វែងរក',
    description: 'ស្វែងរកអ្នកប្តូរគណបក្ស ឃុំ ស្រុក ឬខេត្តនៃប្រទេសកម្ពុជា តាមការសរសេរណាមួយ ឬតាមឈ្មោះជាអក្សរខ្មែរ។',
    pageLabel: 'មនុស្ស ឃុំ ស្រុក និងខេត្ត ជាអក្សរខ្មែរ ឬអក្សរឡាតាំងតាមការសរសេរណាមួយ',
    noscript: 'ការស្វែងរកដំណើរការក្នុងកម្មវិធីរុករករបស់អ្នក ហើយត្រូវការ JavaScript។ បើគ្មាន JavaScript សូមជ្រើសរើសខេត្តខាងក្រោម៖ ទំព័រខេត្តនីមួយៗរាយឈ្មោះឃុំ សង្កាត់ទាំងអស់របស់ខេត្តនោះ។',
    failed: 'មិនអាចផ្ទុកលិបិក្រមស្វែងរកបានទេ។ សូមជ្រើសរើសខេត្តខាងក្រោមជំនួសវិញ។',
    noMatchFor: (query) => `រកមិនឃើញ «${query}»។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬសាកល្បងសរសេរឈ្មោះជាអក្សរឡាតាំង។`,
    matchesFor: (total, query) => `ត្រូវគ្នា ${kn(total)} សម្រាប់ «${query}»។`,
    nearOnlyFor: (query) => `រកមិនឃើញ «${query}» ពិតប្រាកដទេ។ តើអ្នកចង់រកអក្ខរាវិរុទ្ធជិតគ្នាណាមួយខាងក្រោមឬ?`,
    showingFirst: (count) => `បង្ហាញតែ ${kn(count)} ដំបូង។ បន្ថែមពាក្យ ដើម្បីបង្រួមការស្វែងរក។`,
    browse: 'រកមើលតាមខេត្ត'
  },

  notFound: {
    title: 'រកមិនឃើញទំព័រ',
    description: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។ ស្វែងរកកំណត់ត្រាតាមឈ្មោះ ឬទីកន្លែង។',
    body: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។ តំណអាចវាយខុស ឬទំព័រអាចបានផ្លាស់ទីតាំង។',
    searchLabel: 'ស្វែងរកមនុស្ស ឃុំ ស្រុក និងខេត្ត',
    didYouMean: 'តើអ្នកចង់រក៖',
    searchFor: (words) => `ស្វែងរក «${words}»`,
    home: 'ទៅផ្ទាំងទិន្នន័យ',
    browse: 'រកមើលតាមខេត្ត',
    about: 'អំពីទិន្នន័យ',
    hint: 'អាសយដ្ឋានទំព័រឃុំ បញ្ចប់ដោយលេខកូដរបស់ឃុំ ហើយទំព័រខេត្ត បញ្ចប់ដោយលេខកូដរបស់ខេត្ត។ ប្រអប់ស្វែងរកខាងលើ រកឃើញទំព័រទាំងនោះតាមឈ្មោះ។',
    other: { lang: 'en', text: 'There is no page at this address.', link: 'Go to the English home page', href: '/' }
  },

  error: {
    title: (status) => `កំហុស ${status}`,
    description: 'មានបញ្ហាក្នុងការផ្ទុកទំព័រនេះ។',
    heading: 'មានបញ្ហាកើតឡើង',
    unexpected: 'កំហុសដែលមិនបានរំពឹងទុក។'
  }
};
