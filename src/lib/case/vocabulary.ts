// Controlled vocabularies of a case (data/cases/<id>/): the codes stored in its files, a reader-facing label and a
// one-line definition of each, in the style of src/lib/schema/vocabulary.ts (whose Term and codesOf they reuse).
import type { Term } from '$lib/schema/vocabulary';

/** How a switch's leaving came about (`left.how`). */
export const SWITCH_HOWS = {
  quit: { label: 'Quit', description: 'The person left the party of their own accord.' },
  sacked: { label: 'Sacked', description: 'The party ended the person’s membership by dismissing them (the word sources use for a leader’s decision).' },
  expelled: { label: 'Expelled', description: 'The party expelled the person through its disciplinary process.' },
  nullified: { label: 'Membership nullified', description: 'The party declared the membership void or ceased, e.g. for sitting with another bloc.' },
  disputed: { label: 'Disputed', description: 'The person and the party disagree on whether the person quit or was pushed out.' }
} as const satisfies Record<string, Term>;

/** How sure a switch is (`status`); `counting.statuses` names those the headline counts. */
export const CASE_STATUSES = {
  confirmed: { label: 'Confirmed', description: 'At least two independent outlets state the switch (a repost of the same story is one outlet).' },
  reported: { label: 'Reported', description: 'One outlet states the switch; not yet corroborated.' },
  'partly-verified': {
    label: 'Partly verified',
    description: 'The switch is stated, but one of its fields is contested or unstated; the notes say which.'
  },
  disputed: { label: 'Disputed', description: 'Sources disagree that the switch happened.' }
} as const satisfies Record<string, Term>;

/** Who a reaction is from (`reactions[].voice`). */
export const CASE_REACTION_VOICES = {
  constituent: { label: 'Constituent', description: 'A voter or resident of the seat, speaking for themselves.' },
  party: { label: 'Party', description: 'An official of a party: the one left, the one joined, or another.' },
  defector: { label: 'The defector', description: 'The person who switched, on how others reacted.' },
  'civil-society': { label: 'Civil society', description: 'A civil-society group or its spokesperson, e.g. an electoral-reform group.' },
  analyst: { label: 'Analyst', description: 'An academic, commentator or other observer quoted for their analysis.' }
} as const satisfies Record<string, Term>;

/** What kind of total a tally is (`kind` in tallies.yaml). */
export const TALLY_KINDS = {
  official: { label: 'Official', description: 'Stated by a minister, a parliament or another official body.' },
  'press-tally': { label: 'Press tally', description: 'Counted by a news outlet, e.g. a defector tracker or a round-up.' },
  'party-claim': { label: 'Party claim', description: 'Claimed by a party or a politician about their own or a rival’s side.' },
  'seat-count': { label: 'Seat count', description: 'How many seats a party or coalition held at a date, as reported.' },
  academic: { label: 'Academic', description: 'Counted in an academic paper or another researcher’s study.' }
} as const satisfies Record<string, Term>;

/** How a tally's count relates to what was claimed (`qualifier`). */
export const TALLY_QUALIFIERS = {
  exact: { label: 'Exactly', description: 'The claim gives this number.' },
  'at-least': { label: 'At least', description: 'The claim says this many or more (“over 40”).' },
  about: { label: 'About', description: 'The claim gives a rough number (“some 40”).' },
  'at-most': { label: 'At most', description: 'The claim says no more than this many.' }
} as const satisfies Record<string, Term>;

/** What an event in events.yaml is (`kind`). */
export const EVENT_KINDS = {
  'wave-start': { label: 'Start of the wave', description: 'The event that opens the case’s period, e.g. the election after which the switching began.' },
  'wave-end': { label: 'End of the wave', description: 'The event that closes the case’s period, e.g. the dissolution of the parliament.' },
  switch: { label: 'Switch', description: 'One person’s switch, marked on the timeline (the switch itself is a record in switches/).' },
  'group-switch': { label: 'Group switch', description: 'Several people switched together, announced as one move.' },
  joining: { label: 'Joining', description: 'People who had left their parties formally joined another.' },
  'new-party': { label: 'New party', description: 'A party was announced, launched or applied for registration.' },
  government: { label: 'Change of government', description: 'A government fell, formed or was sworn in.' },
  law: { label: 'Law', description: 'A law or ruling about party switching was passed, came into force or was applied.' },
  election: { label: 'Election', description: 'A general election or by-election.' },
  context: { label: 'Context', description: 'Another dated event that explains the switching, e.g. a party-level move not encoded as switches.' }
} as const satisfies Record<string, Term>;

/** What a party entry in parties.yaml is (`kind`). */
export const PARTY_KINDS = {
  party: { label: 'Party', description: 'A political party.' },
  coalition: { label: 'Coalition', description: 'A coalition of parties; parties name it in their `coalitions`.' },
  independent: { label: 'Independent', description: 'Sitting as an independent: a valid destination of a switch, never a party left.' }
} as const satisfies Record<string, Term>;

/** What a case's headline number counts (`counting.unit`). */
export const COUNTING_UNITS = {
  people: { label: 'People', description: 'Each person with a counted switch counts once, however many times they switched.' },
  switches: { label: 'Switches', description: 'Each counted switch counts, so a person who switched three times counts three times.' }
} as const satisfies Record<string, Term>;
