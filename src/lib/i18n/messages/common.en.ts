// Site chrome in English: header, footer, language switcher, shared words.
export const en = {
  siteName: 'Defection Tracker',
  tagline: 'Sourced records of elected officials who switch parties',
  skipToContent: 'Skip to content',
  nav: { label: 'Site', dashboard: 'Dashboard', cases: 'All cases', data: 'Data', changes: 'Changes', about: 'About & method' },
  language: { label: 'Language', switchTo: 'ភាសាខ្មែរ', switchToName: 'Khmer' },
  footer: (dataLicence: string, codeLicence: string) => `Every record cites its sources; corrections are logged in public. Data ${dataLicence}, code ${codeLicence}.`,
  /** Cambodia's place names, credited only where its pages are built. */
  placeNames: 'Place names: pumi gazetteer (MIT).',
  boundaries: 'Boundaries: Natural Earth (public domain).',
  /** The footer's link to the contribution form (/contribute/). */
  contribute: 'Add a record',
  feedTitle: 'Defection Tracker: changes and corrections'
};
