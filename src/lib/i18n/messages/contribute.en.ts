// The /contribute/ page's words in English; they load only on that page (see ./index.ts, loadContributeMessages).
import type { ProblemKind } from '$lib/contribute/check';

export const en = {
  title: 'Add a record',
  description: 'A form for one defection record: checked in your browser against the same rules as the data, then saved as a file for the editors.',
  intro:
    'Fill in what your sources say about one defection. The form checks it with the same rules as the project’s own data and shows the record as its page will. Nothing leaves your browser until you choose: you download the record as a file, or open a message to the editors with it.',
  spreadsheet: 'Several records? Use the [spreadsheet template](/contribute/template.csv) and its [codes sheet](/contribute/codes.csv) instead.',
  required: 'required',
  optional: 'optional',
  loadingPlaces: 'Loading the districts and communes…',
  placesFailed: 'The list of districts and communes could not be loaded: reload the page to try again.',
  noScript: 'This form needs JavaScript. Without it, use the spreadsheet template on the Data page.',
  person: {
    legend: 'Who',
    name: 'Name as the source prints it',
    nameHint: 'In Latin script. Leave empty if no source names the person.',
    nameKm: 'Name in Khmer script',
    ageYears: 'Age in years',
    ageAsOf: 'Age as of',
    ageAsOfHint: 'When the person had that age, as the source dates it: YYYY, YYYY-MM or YYYY-MM-DD.',
    people: 'People in this record',
    peopleHint: '1 for one person; more for a group a source counts together.',
    id: 'Record id',
    idHint: (derived: string) => (derived ? `Leave empty to use “${derived}”, made from the name.` : 'Lower-case letters, digits and hyphens. Needed when no name is given.')
  },
  role: {
    legend: 'Role',
    role: 'Role',
    choose: 'Choose a role',
    inSource: 'Role in the source’s own words'
  },
  place: {
    legend: 'Where',
    province: 'Province',
    district: 'District',
    commune: 'Commune',
    choose: 'Choose',
    none: 'Not named by the source',
    asReported: 'Place as the source spells it',
    note: 'Place note',
    noteHint: 'How the place was identified, or why no commune is given.'
  },
  date: {
    legend: 'When',
    precision: 'How precise is the date?',
    value: 'Date',
    valueHint: 'YYYY-MM-DD for an exact or approximate day, YYYY-MM for a month, YYYY for a year.',
    notBefore: 'Not before',
    notAfter: 'Not after',
    boundsHint: 'YYYY-MM-DD. For a date known only to lie between two days.',
    note: 'Date note',
    noteHint: 'How the date was established; needed when there is no date.',
    wave: 'Period'
  },
  parties: {
    legend: 'Parties',
    from: 'Party left',
    to: 'Party joined'
  },
  reason: {
    legend: 'Reason given',
    summary: 'Reason, in your words',
    tags: 'Reasons a source gives',
    quote: 'A short quote giving the reason',
    quoteHint: 'Verbatim, at most 300 characters.',
    speaker: 'Who said it'
  },
  sources: {
    legend: 'Sources',
    intro: 'At least one published source. “Confirmed” needs two independent outlets.',
    source: (n: number) => `Source ${n}`,
    outlet: 'Outlet',
    title: 'Headline',
    published: 'Published',
    publishedHint: 'YYYY-MM-DD (or YYYY-MM, YYYY).',
    url: 'Link',
    urlHint: 'The article’s address, starting with https:// or http://.',
    reporter: 'Reporter',
    language: 'Language',
    add: 'Add a source',
    remove: (n: number) => `Remove source ${n}`
  },
  reactions: {
    legend: 'Reactions',
    intro: 'What voters, party officials or the defector said about the switch, if a source reports it.',
    reaction: (n: number) => `Reaction ${n}`,
    speaker: 'Who',
    speakerRole: 'Their role',
    voice: 'Voice',
    stance: 'Stance',
    chooseStance: 'Choose a stance',
    quote: 'Their words',
    summary: 'Or a summary',
    source: 'Reported by',
    add: 'Add a reaction',
    remove: (n: number) => `Remove reaction ${n}`
  },
  status: {
    legend: 'How sure',
    notes: 'Notes for the editors',
    notesHint: 'Doubts, what is not known, anything a reviewer should check.'
  },
  check: 'Check the record',
  problemsTitle: (count: number) => (count === 1 ? 'One thing to fix' : `${count} things to fix`),
  /** Between a field's name and its problem in the list of problems. */
  labelSeparator: ': ',
  problemsIntro: 'Each is marked next to its field:',
  problem: {
    required: 'Required.',
    link: 'Write the full link, starting with https:// or http://.',
    date: 'Write the date as YYYY-MM-DD (or YYYY-MM, YYYY for a month or a year), and a real calendar date.',
    future: 'This date is in the future.',
    wave: 'This date is outside the period chosen: correct the date or choose the period it falls in.',
    commune: 'Choose the commune of a commune official, or say in the place note why no source names it.',
    'two-outlets': '“Confirmed” needs sources from two independent outlets: add one, or choose “Reported”.',
    'reaction-words': 'Give their words or a summary.',
    'source-number': 'Choose one of the record’s sources.',
    other: ''
  } satisfies Record<ProblemKind, string>,
  validatorSays: 'The check says:',
  ready: 'The record is ready',
  readyIntro: 'This is how its page will show it. Check it, then take the file to the editors.',
  preview: 'Preview',
  download: (file: string) => `Download ${file}`,
  downloadHint: 'A CSV file in the spreadsheet template’s layout: an editor adds it with npm run import.',
  github: 'Propose it on GitHub',
  githubHint: 'Opens a new file on the project’s repository with the record filled in; you review it and propose the change (a GitHub account is needed).',
  send: 'Send it to the editors',
  sendHint: 'Opens a message to the editors with the record in it; nothing is sent until you send it.',
  noChannel: 'No address for contributions is configured on this site: send the downloaded file to the editors as the About page says.',
  aboutLink: 'About: corrections'
};

export type ContributeMessages = typeof en;
