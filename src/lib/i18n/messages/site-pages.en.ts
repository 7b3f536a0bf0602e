// The words of the pages section that the site's frame shows on every page, the dashboard included: the header's
// search box, the error and not-found pages. Kept apart from pages.en.ts so the dashboard need not load the profiles' words.
import { formatNumber } from '$lib/format';
import type { PlaceWords } from './pages';

const n = (count: number) => formatNumber(count, 'en');

export const en = {
  /** Between the names of an address: "Srak commune, Kang Meas district"; "ឃុំស្រក ស្រុកកងមាស". */
  separator: ', ',
  search: {
    label: 'Search people and places',
    placeholder: 'A name or a place',
    button: 'Search',
    suggestions: 'Suggestions',
    unavailable: 'Suggestions are unavailable; press Enter to search.',
    loading: 'Loading…',
    noMatch: 'No match. Check the spelling, or try the Khmer name.',
    matches: (total: number) => `${n(total)} ${total === 1 ? 'match' : 'matches'}; use the arrow keys to choose.`,
    nearMatches: (total: number) => `No exact match; ${n(total)} close ${total === 1 ? 'spelling' : 'spellings'}; use the arrow keys to choose.`,
    /** A group of close spellings in the suggestions: "People: close spellings". */
    nearGroup: (kinds: string) => `${kinds}: close spellings`,
    /** The search page's heading above the close spellings, and the line under it. */
    near: 'Close spellings',
    nearNote: 'Did you mean one of these? Their names are spelled one or two letters differently from your search.',
    /** Beside each province, district and commune found: its defection records, not retracted. */
    records: (count: number) => (count === 0 ? 'no records' : `${n(count)} ${count === 1 ? 'record' : 'records'}`),
    kinds: { p: 'Provinces', d: 'Districts', c: 'Communes', r: 'People', x: 'In the other cases' },
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
    nearOnlyFor: (query: string) => `No exact match for “${query}”. Did you mean one of the close spellings below?`,
    showingFirst: (count: number) => `Showing the first ${n(count)}; add a word to narrow the search.`,
    browse: 'Browse by province'
  },

  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. Search the records by name or place.',
    body: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
    searchLabel: 'Search people, communes, districts and provinces',
    didYouMean: 'Did you mean:',
    searchFor: (words: string) => `Search for “${words}”`,
    home: 'Go to the dashboard',
    browse: 'Browse by province',
    about: 'About the data',
    hint: 'A commune page’s address ends with the commune’s code, a province page’s with the province’s; the search box above finds any of them by name.',
    /** The same message in the other language, with its way home: a static host serves one 404 page for every address. */
    other: { lang: 'km' as 'en' | 'km', text: 'គ្មានទំព័រនៅអាសយដ្ឋាននេះទេ។', link: 'ទៅទំព័រដើមជាភាសាខ្មែរ', href: '/km/' }
  },

  error: {
    title: (status: number) => `Error ${status}`,
    description: 'Something went wrong loading this page.',
    heading: 'Something went wrong',
    unexpected: 'An unexpected error.'
  }
};
