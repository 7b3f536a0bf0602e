// Site chrome in Khmer: the same keys as common.en.ts (type-checked).
import type { en } from './common.en';

export const km: typeof en = {
  siteName: 'កម្មវិធីតាមដានការប្តូរគណបក្ស',
  tagline: 'កំណត់ត្រាមានប្រភពអំពីមន្ត្រីជាប់ឆ្នោតដែលប្តូរគណបក្ស',
  skipToContent: 'រំលងទៅខ្លឹមសារ',
  nav: { label: 'គេហទំព័រ', dashboard: 'ផ្ទាំងទិន្នន័យ', cases: 'ករណីទាំងអស់', data: 'ទិន្នន័យ', changes: 'ការកែប្រែ', about: 'អំពី និងវិធីសាស្ត្រ' },
  language: { label: 'ភាសា', switchTo: 'English', switchToName: 'English' },
  footer: (dataLicence: string, codeLicence: string) => `កំណត់ត្រានីមួយៗបញ្ជាក់ប្រភព ហើយការកែតម្រូវត្រូវបានកត់ត្រាជាសាធារណៈ។ ទិន្នន័យ ${dataLicence} កូដ ${codeLicence}។`,
  placeNames: 'ឈ្មោះទីកន្លែង៖ pumi (MIT)។',
  boundaries: 'ព្រំដែន៖ Natural Earth (សាធារណៈ)។',
  /** The footer's link to the contribution form (/contribute/). */
  contribute: 'បន្ថែមកំណត់ត្រា',
  feedTitle: 'កម្មវិធីតាមដានការប្តូរគណបក្ស៖ ការកែប្រែ និងការកែតម្រូវ'
};
