// Controlled vocabularies: the codes stored in data/ and the plain-English labels shown to readers.
// Each list is the single source for its zod enum, its filter options and its documentation.

export const ROLES = {
  'commune-chief': 'Commune chief',
  'first-deputy-commune-chief': 'First deputy commune chief',
  'second-deputy-commune-chief': 'Second deputy commune chief',
  'deputy-commune-chief': 'Deputy commune chief (rank not stated)',
  'commune-councillor': 'Commune councillor',
  'commune-council-candidate': 'Commune council candidate',
  'district-councillor': 'District councillor',
  'provincial-councillor': 'Provincial councillor',
  'national-assembly-member': 'National Assembly member',
  'party-official': 'Party official',
  'member-supporter': 'Party member or supporter',
  other: 'Other'
} as const;

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
} as const;

export const STANCES = {
  supportive: 'Supportive',
  critical: 'Critical',
  mixed: 'Mixed',
  distrustful: 'Distrustful',
  neutral: 'Neutral'
} as const;

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
} as const;

export const DATE_PRECISIONS = {
  day: 'Exact day',
  approximate: 'About this day',
  month: 'Month only',
  year: 'Year only',
  range: 'Between two dates',
  unknown: 'Date unknown'
} as const;

export const CLAIMANT_KINDS = {
  'ruling-party': 'Ruling party',
  'pro-government-media': 'Pro-government media',
  opposition: 'Opposition',
  press: 'Independent press',
  official: 'Official body'
} as const;

export type DatePrecision = keyof typeof DATE_PRECISIONS;

/** Keys of a vocabulary object as a non-empty tuple, the shape z.enum wants. */
export function codesOf<T extends Record<string, unknown>>(vocabulary: T) {
  return Object.keys(vocabulary) as [keyof T & string, ...(keyof T & string)[]];
}
