// The files of one case, data/cases/<case-id>/ (see docs/track-another-wave.md): one schema per file, types by z.infer.
// Cross-references between files (a switch's person, a place's parent, translations) are checked in ./check.ts.
import { z } from 'zod';
import { Change } from '$lib/schema/change';
import { IsoDate, LongText, MAX_QUOTE_LENGTH, PartialDate, RecordId, ShortText, Slug, Source } from '$lib/schema/common';
import { DefectionDate, Stance } from '$lib/schema/defection';
import { PartyCode } from '$lib/schema/party';
import { codesOf } from '$lib/schema/vocabulary';
import {
  CASE_REACTION_VOICES,
  CASE_STATUSES,
  COUNTING_UNITS,
  EVENT_KINDS,
  PARTY_KINDS,
  SWITCH_HOWS,
  TALLY_KINDS,
  TALLY_QUALIFIERS
} from './vocabulary';

/** ISO 639-1: two lower-case letters, e.g. "en", "km", "ms". */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, { error: 'an ISO 639-1 language code: two lower-case letters such as "en", "km" or "ms"' });

/** A source as Cambodia's records write it, except that `language` may be any ISO 639-1 code. */
export const CaseSource = Source.extend({ language: LanguageCode.default('en') });
const Sources = z.array(CaseSource).min(1, { error: 'at least one source' });

/** A string in every language the case declares: { en: "State", ms: "Negeri" } (completeness is checked against case.yaml). */
function translated(text: z.ZodString) {
  return z.record(LanguageCode, text).refine((map) => Object.keys(map).length > 0, { error: 'a text in each of the case’s languages, e.g. { en: "…" }' });
}
export const TranslatedName = translated(ShortText);
export const TranslatedText = translated(LongText);

export const CaseStatus = z.enum(codesOf(CASE_STATUSES));
export const SwitchHow = z.enum(codesOf(SWITCH_HOWS));
export const ReactionVoice = z.enum(codesOf(CASE_REACTION_VOICES));

// ——— case.yaml ———

export const Level = z.strictObject({
  /** Slug; also names the level's file, places/<plural of key>.csv (see placesFileName). */
  key: Slug,
  name: TranslatedName,
  plural: TranslatedName,
  /** The level the dashboard map draws: exactly one level has it. */
  map: z.boolean().default(false),
  /** The TopoJSON file the map draws this level from, relative to the project root. */
  boundaries: ShortText.optional(),
  /** The enclosing level's key: each row of this level's CSV names its parent in a column of that name. */
  parent: Slug.optional(),
  /** An electoral unit (a seat), not an administrative one. */
  electoral: z.boolean().default(false)
});

export const Office = z.strictObject({
  id: Slug,
  name: TranslatedName,
  chamber: TranslatedName.optional(),
  /** The level whose places a mandate of this office is held for. */
  seat_level: Slug
});

export const Denominator = z.strictObject({
  id: Slug,
  count: z.int().min(1),
  what: TranslatedName,
  office: Slug,
  as_of: PartialDate.optional(),
  sources: Sources,
  notes: LongText.optional()
});

export const CaseMeta = z.strictObject({
  id: Slug,
  title: TranslatedName,
  short_title: TranslatedName,
  summary: TranslatedText,
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'an ISO 3166-1 alpha-2 country code such as "MY"' }),
  /** The languages every translatable string is written in; the first is the case's default. */
  languages: z
    .array(LanguageCode)
    .min(1, { error: 'at least one language, e.g. [en]' })
    .refine((languages) => new Set(languages).size === languages.length, { error: 'each language once' }),
  period: z.strictObject({ start: IsoDate, end: IsoDate.optional() }),
  trigger: z.strictObject({ date: IsoDate, label: TranslatedName }),
  /** The tallies (tallies.yaml `series`) the timeline and the side-by-side view set against the records: claims of the whole count. */
  claims_series: Slug.optional(),
  /** Outermost first. */
  levels: z.array(Level).min(1, { error: 'at least one place level' }),
  offices: z.array(Office).min(1, { error: 'at least one office' }),
  denominators: z.array(Denominator).default([]),
  counting: z.strictObject({
    unit: z.enum(codesOf(COUNTING_UNITS)),
    statuses: z.array(CaseStatus).min(1, { error: 'at least one status that is counted' }),
    rule: TranslatedText
  }),
  /** Phrases about the case: "40 MPs left their party" (subject, switched), "1 MP left …" (subject_one). */
  strings: z.strictObject({ subject: TranslatedName, subject_one: TranslatedName.optional(), switched: TranslatedName }),
  /** Where the period, the trigger and the summary are stated. */
  sources: Sources
});

// ——— parties.yaml ———

export const CoalitionMembership = z.strictObject({
  coalition: PartyCode,
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  note: LongText.optional()
});

export const CaseParty = z.strictObject({
  code: PartyCode,
  name: ShortText,
  name_local: ShortText.optional(),
  short_name: ShortText.optional(),
  aliases: z.array(ShortText).default([]),
  kind: z.enum(codesOf(PARTY_KINDS)),
  coalitions: z.array(CoalitionMembership).default([]),
  founded: PartialDate.optional(),
  dissolved: PartialDate.optional(),
  note: LongText.optional(),
  /** Required when the entry gives a date (founded, dissolved, a coalition's from/to). */
  sources: z.array(CaseSource).default([])
});

// ——— places/<plural of the level key>.csv ———

/** A level's CSV file name: the English plural of its key (state → states.csv, constituency → constituencies.csv). */
export function placesFileName(key: string): string {
  if (/[^aeiou]y$/.test(key)) return `${key.slice(0, -1)}ies.csv`;
  if (/(s|x|z|ch|sh)$/.test(key)) return `${key}es.csv`;
  return `${key}s.csv`;
}

const emptyAsMissing = (schema: z.ZodType) => z.preprocess((value) => (value === '' ? undefined : value), schema);
const aliasList = z
  .string()
  .default('')
  .transform((value) => (value ? value.split('|').map((alias) => alias.trim()).filter(Boolean) : []));

/** One row of a level's CSV: code,name,name_local,<parent level key>,aliases,note. */
export function placeRow(parentKey?: string) {
  return z.strictObject({
    code: ShortText,
    name: ShortText,
    name_local: emptyAsMissing(ShortText.optional()),
    ...(parentKey ? { [parentKey]: ShortText } : {}),
    aliases: aliasList,
    note: emptyAsMissing(LongText.optional())
  });
}
export interface CasePlace {
  code: string;
  name: string;
  name_local?: string;
  /** The parent place's code, read from the column named after the parent level. */
  parent?: string;
  aliases: string[];
  note?: string;
}

// ——— people/<person-id>.yaml ———

export const Mandate = z.strictObject({
  office: Slug,
  /** A code of the office's seat_level. */
  place: ShortText,
  from: PartialDate.optional(),
  to: PartialDate.optional(),
  elected_as: z
    .strictObject({ party: PartyCode.optional(), coalition: PartyCode.optional(), note: LongText.optional() })
    .optional(),
  note: LongText.optional()
});

export const CasePerson = z.strictObject({
  id: RecordId,
  /** As sources write it, honorifics (Datuk, Tan Sri, Dr, YB) dropped. */
  name: ShortText,
  other_spellings: z.array(ShortText).default([]),
  mandates: z.array(Mandate).min(1, { error: 'at least one mandate: the seat held while switching' }),
  outcome: TranslatedText.optional(),
  notes: LongText.optional(),
  sources: Sources
});

// ——— switches/<switch-id>.yaml ———

const QuoteText = z.string().trim().min(1).max(MAX_QUOTE_LENGTH, { error: `a quote of at most ${MAX_QUOTE_LENGTH} characters` });

export const CaseReaction = z
  .strictObject({
    speaker: ShortText.optional(),
    speaker_role: ShortText.optional(),
    voice: ReactionVoice,
    quote: QuoteText.optional(),
    summary: LongText.optional(),
    stance: Stance,
    /** Index into the switch's sources (0 = first); left out when the sources do not say which one carries it. */
    source: z.int().min(0).optional()
  })
  .refine((reaction) => reaction.quote || reaction.summary, { error: 'a quote or a summary (a reaction needs at least one)', path: ['summary'] });

export const Switch = z.strictObject({
  /** <person-id>-<left date>. */
  id: RecordId,
  person: Slug,
  /** The office of the mandate held while switching. */
  office: Slug,
  left: z.strictObject({
    party: PartyCode,
    date: DefectionDate,
    how: SwitchHow,
    /** Who acted, for sacked, expelled or nullified. */
    by: TranslatedName.optional()
  }),
  /** Left out while unknown. */
  joined: z.strictObject({ party: PartyCode, date: DefectionDate }).optional(),
  /** An events.yaml id when several people switched together. */
  group: Slug.optional(),
  reason: z
    .strictObject({
      /** Our own words. */
      summary: LongText.optional(),
      quote: z.strictObject({ text: QuoteText, speaker: ShortText, on_behalf_of: ShortText.optional() }).optional()
    })
    .default({}),
  reactions: z.array(CaseReaction).default([]),
  status: CaseStatus,
  notes: LongText.optional(),
  sources: Sources
});

// ——— tallies.yaml, events.yaml, changes.yaml ———

export const CaseTally = z.strictObject({
  id: Slug,
  date: PartialDate,
  date_note: LongText.optional(),
  /** The number charted; left out when the claim is not a single number. */
  count: z.number().nonnegative().optional(),
  /** The claim as stated: "39 MPs", "over 40". */
  count_text: ShortText,
  /** Left out with count when the claim is not a single number. */
  qualifier: z.enum(codesOf(TALLY_QUALIFIERS)).optional(),
  what_was_counted: TranslatedText,
  claimed_by: ShortText,
  kind: z.enum(codesOf(TALLY_KINDS)),
  /** Comparable running totals share a series. */
  series: Slug.optional(),
  sources: Sources,
  /** The reconciliation against the records. */
  notes: LongText.optional()
});

export const CaseEvent = z.strictObject({
  id: Slug,
  date: PartialDate,
  date_note: LongText.optional(),
  title: TranslatedName,
  description: TranslatedText.optional(),
  kind: z.enum(codesOf(EVENT_KINDS)),
  /** Drawn on the timeline. */
  key: z.boolean().default(false),
  sources: Sources
});

/** As data/changes.yaml: `records` names switch and person ids. */
export const CaseChange = Change;

export type CaseSource = z.infer<typeof CaseSource>;
export type CaseStatus = z.infer<typeof CaseStatus>;
export type Translated = Record<string, string>;
export type Level = z.infer<typeof Level>;
export type Office = z.infer<typeof Office>;
export type Denominator = z.infer<typeof Denominator>;
export type CaseMeta = z.infer<typeof CaseMeta>;
export type CaseParty = z.infer<typeof CaseParty>;
export type Mandate = z.infer<typeof Mandate>;
export type CasePerson = z.infer<typeof CasePerson>;
export type CaseReaction = z.infer<typeof CaseReaction>;
export type Switch = z.infer<typeof Switch>;
export type CaseTally = z.infer<typeof CaseTally>;
export type CaseEvent = z.infer<typeof CaseEvent>;
export type CaseChange = z.infer<typeof CaseChange>;

/** One case, parsed and cross-checked. */
export interface CaseData {
  /** The case's folder, relative to the project root, e.g. "data/cases/malaysia-2018". */
  dir: string;
  meta: CaseMeta;
  parties: CaseParty[];
  /** Each level's places, by level key. */
  places: Record<string, CasePlace[]>;
  people: CasePerson[];
  switches: Switch[];
  tallies: CaseTally[];
  events: CaseEvent[];
  changes: CaseChange[];
}
