// Controlled vocabularies: the codes stored in data/, the plain-English label shown to readers and a one-line
// definition of each. Each list is the single source for its zod enum, its filter options and its documentation
// (the /data/ page and docs/vocabularies.md, both generated from VOCABULARIES below).

/** One code's reader-facing label and what the project means by it. */
export interface Term {
  label: string;
  description: string;
}

export const ROLES = {
  'commune-chief': { label: 'Commune chief', description: 'The chief of a commune council.' },
  'first-deputy-commune-chief': { label: 'First deputy commune chief', description: 'The first deputy chief of a commune council.' },
  'second-deputy-commune-chief': { label: 'Second deputy commune chief', description: 'The second deputy chief of a commune council.' },
  'deputy-commune-chief': {
    label: 'Deputy commune chief (rank not stated)',
    description: 'A deputy commune chief whose source does not say whether first or second deputy.'
  },
  'commune-councillor': { label: 'Commune councillor', description: 'A member of a commune council other than its chief or deputies.' },
  'commune-council-candidate': {
    label: 'Commune council candidate',
    description: 'On a party’s list for a commune council election (reserve candidates included), without a seat.'
  },
  'district-councillor': { label: 'District councillor', description: 'A member of a district council.' },
  'provincial-councillor': { label: 'Provincial councillor', description: 'A member of a provincial council.' },
  'national-assembly-member': { label: 'National Assembly member', description: 'An elected member of the National Assembly.' },
  'party-official': { label: 'Party official', description: 'Holds a post in the party’s own organisation rather than an elected seat.' },
  'member-supporter': { label: 'Party member or supporter', description: 'A party member, activist or supporter with no seat or party post.' },
  other: { label: 'Other', description: 'A role none of the codes above fits; `role_in_source` says what it is.' }
} as const satisfies Record<string, Term>;

export const REASON_TAGS = {
  'party-leader-prosecuted': {
    label: 'Party leader prosecuted',
    description: 'Cited the prosecution of a party leader (in 2017, the treason charge against Kem Sokha).'
  },
  'keep-position': {
    label: 'Keep position or salary',
    description: 'Joined to keep an elected seat, post or salary that the party’s dissolution would end.'
  },
  'pressure-or-summons': {
    label: 'Pressure or summons',
    description: 'Faced a court summons, charges, arrest or other pressure shortly before switching.'
  },
  'broken-promise': {
    label: 'Broken promise',
    description: 'Said the old party broke a promise to them or to voters.'
  },
  'excluded-from-list': {
    label: 'Excluded from candidate list',
    description: 'Dropped from, or ranked low on, the old party’s candidate list.'
  },
  'party-dissolution': {
    label: 'Dissolution of party',
    description: 'The old party was dissolved, leaving them without one.'
  },
  'praises-new-party': {
    label: 'Praises new party',
    description: 'Said the new party or its government governs well.'
  },
  'grievance-with-party': {
    label: 'Grievance with old party',
    description: 'Another complaint about the old party (fees, internal disputes, leadership).'
  }
} as const satisfies Record<string, Term>;

/** Who a reaction is from. */
export const REACTION_VOICES = {
  constituent: { label: 'Constituent', description: 'A voter or local resident.' },
  party: { label: 'Party official', description: 'An official of either party: the one left or the one joined.' },
  defector: { label: 'The defector', description: 'The defector, on how people reacted to the switch.' }
} as const satisfies Record<string, Term>;

/** How a reaction regards the defection or the defector. */
export const STANCES = {
  supportive: { label: 'Supportive', description: 'Approves of the switch or of the defector.' },
  critical: { label: 'Critical', description: 'Condemns the switch, e.g. as a betrayal of voters.' },
  mixed: { label: 'Mixed', description: 'Both approves and disapproves.' },
  distrustful: { label: 'Distrustful', description: 'Says they no longer trust the defector.' },
  neutral: { label: 'Neutral', description: 'Neither approves nor disapproves, or says there was no reaction.' }
} as const satisfies Record<string, Term>;

export const STATUSES = {
  confirmed: {
    label: 'Confirmed',
    description: 'Reported by at least two independent outlets.'
  },
  reported: {
    label: 'Reported',
    description: 'Reported by one outlet only; not yet corroborated.'
  },
  disputed: {
    label: 'Disputed',
    description: 'Sources or the parties disagree that this was a defection.'
  }
} as const satisfies Record<string, Term>;

/** How much of a defection's date the sources give; see CONVENTIONS for report dates and bounds. */
export const DATE_PRECISIONS = {
  day: { label: 'Exact day', description: 'A source gives or fixes the day itself; `value` is YYYY-MM-DD.' },
  approximate: {
    label: 'About this day',
    description: 'A day near the event, most often the date of the first report when the day itself is not stated; `value` is YYYY-MM-DD.'
  },
  month: { label: 'Month only', description: 'Only the month is known; `value` is YYYY-MM.' },
  year: { label: 'Year only', description: 'Only the year is known; `value` is YYYY.' },
  range: { label: 'Between two dates', description: 'No single date: `not_before` and/or `not_after` bound it, with no `value`.' },
  unknown: { label: 'Date unknown', description: 'No source dates it: no `value`, and the date’s `note` says why.' }
} as const satisfies Record<string, Term>;

/** How sure a refusal record (data/refusals/) is that the official refused to defect. */
export const REFUSAL_CERTAINTIES = {
  refused: { label: 'Refused', description: 'A source says the official refused to defect.' },
  unconfirmed: { label: 'Not confirmed', description: 'A source shows pressure to defect but not the official’s answer.' }
} as const satisfies Record<string, Term>;

/** The kinds of entry in the public changelog, data/changes.yaml. */
export const CHANGE_KINDS = {
  added: { label: 'Added', description: 'New records entered the data; each record is named in an added entry.' },
  amended: { label: 'Amended', description: 'Fields of an existing record were corrected; `fields` lists which.' },
  retracted: { label: 'Retracted', description: 'A record was withdrawn: it stays listed, marked retracted, and is never counted.' },
  disputed: { label: 'Disputed', description: 'A source or a party disputes a record, whose status becomes disputed.' }
} as const satisfies Record<string, Term>;

export const CLAIMANT_KINDS = {
  'ruling-party': 'Ruling party',
  'pro-government-media': 'Pro-government media',
  opposition: 'Opposition',
  press: 'Independent press',
  official: 'Official body'
} as const;

export type DatePrecision = keyof typeof DATE_PRECISIONS;

/** A vocabulary as documented: its name, the field(s) that hold its codes, and what readers should know about it. */
export interface VocabularyDoc {
  title: string;
  /** The field's path in a record. */
  field: string;
  /** `code` marks field names and codes. */
  note?: string;
  terms: Record<string, Term>;
}

/** Every vocabulary a record's fields draw on, in the order the documentation lists them. */
export const VOCABULARIES = {
  statuses: {
    title: 'Status',
    field: 'status',
    note: 'Headline numbers count confirmed and reported records; disputed ones only when a reader asks for them.',
    terms: STATUSES
  },
  roles: {
    title: 'Roles',
    field: 'role',
    note: 'The role held when the person switched; `role_in_source` keeps the source’s own words.',
    terms: ROLES
  },
  reasonTags: {
    title: 'Reason tags',
    field: 'reason.tags',
    note: 'Any number per record, each only when a source gives that reason; `reason.summary` says it in our words.',
    terms: REASON_TAGS
  },
  voices: { title: 'Reaction voices', field: 'reactions[].voice', note: '`constituent` when not given.', terms: REACTION_VOICES },
  stances: { title: 'Reaction stances', field: 'reactions[].stance', terms: STANCES },
  precisions: { title: 'Date precision', field: 'date.precision', terms: DATE_PRECISIONS },
  certainties: {
    title: 'Refusal certainty',
    field: 'certainty',
    note: 'In the records of officials who did not defect (`data/refusals/`), which are never counted as defections.',
    terms: REFUSAL_CERTAINTIES
  },
  changeKinds: { title: 'Change kinds', field: 'kind', note: 'In the public changelog, `data/changes.yaml`.', terms: CHANGE_KINDS }
} as const satisfies Record<string, VocabularyDoc>;

export type VocabularyKey = keyof typeof VOCABULARIES;

/** Keys of a vocabulary object as a non-empty tuple, the shape z.enum wants. */
export function codesOf<T extends Record<string, unknown>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
