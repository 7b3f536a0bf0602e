// One defection record: one person (or one named group) switching party, with what sources say about it.
import { z } from 'zod';
import {
  IsoDate,
  LongText,
  MAX_QUOTE_LENGTH,
  PartialDate,
  Quote,
  RecordId,
  ShortText,
  Slug,
  Source
} from './common';
import { CommuneCode, DistrictCode, ProvinceCode } from './place';
import { PartyCode } from './party';
import {
  DATE_PRECISIONS,
  REACTION_VOICES,
  REASON_TAGS,
  ROLES,
  STANCES,
  STATUSES,
  codesOf,
  type DatePrecision
} from './vocabulary';

export const Role = z.enum(codesOf(ROLES));
export const ReasonTag = z.enum(codesOf(REASON_TAGS));
export const Stance = z.enum(codesOf(STANCES));
export const Status = z.enum(codesOf(STATUSES));
export const Precision = z.enum(codesOf(DATE_PRECISIONS));

/** The form `value` takes at each precision; range and unknown dates have no value. */
const VALUE_FORMAT_FOR: Record<DatePrecision, RegExp | undefined> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  approximate: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  range: undefined,
  unknown: undefined
};
const FORMAT_NAME: Record<string, string> = { day: 'YYYY-MM-DD', approximate: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' };

export const Person = z.strictObject({
  /** The name as the source prints it; left out when no source names the person. */
  name: ShortText.optional(),
  name_km: ShortText.optional(),
  /** True when the Latin spelling is ours, not a source's: the Khmer name is then shown first. */
  romanisation_tentative: z.boolean().default(false),
  other_spellings: z.array(ShortText).default([]),
  age: z
    .strictObject({ years: z.int().min(18).max(120), as_of: PartialDate.optional() })
    .optional()
});

/** Province is left out only when no source names one (e.g. a National Assembly member whose seat is not given). */
export const Place = z.strictObject({
  province: ProvinceCode.optional(),
  district: DistrictCode.optional(),
  commune: CommuneCode.optional(),
  /** The place name as the source spells it, e.g. "Champey". */
  as_reported: ShortText.optional(),
  note: LongText.optional()
});

export const DefectionDate = z
  .strictObject({
    value: PartialDate.optional(),
    precision: Precision,
    not_before: IsoDate.optional(),
    not_after: IsoDate.optional(),
    note: LongText.optional()
  })
  .superRefine((date, ctx) => {
    const format = VALUE_FORMAT_FOR[date.precision];
    const issue = (path: string, input: unknown, message: string) => ctx.addIssue({ code: 'custom', path: [path], input, message });
    if (format && !date.value) issue('value', undefined, `a date written ${FORMAT_NAME[date.precision]} (precision "${date.precision}" needs a value; use "range" or "unknown" when the source gives none)`);
    if (format && date.value && !format.test(date.value)) issue('value', date.value, `a value written ${FORMAT_NAME[date.precision]} to match precision "${date.precision}"`);
    if (!format && date.value) issue('value', date.value, `no value for precision "${date.precision}" (use day, approximate, month or year when the date is known)`);
    if (date.precision === 'range' && !date.not_before && !date.not_after) issue('not_before', undefined, 'not_before and/or not_after for precision "range"');
    if (!date.value && !date.note) issue('note', undefined, 'a note saying why the exact date is unknown');
  });

export const Reason = z.strictObject({
  /** Our own words: what the defector or the sources gave as the reason. */
  summary: LongText.optional(),
  tags: z.array(ReasonTag).default([]),
  quote: Quote.optional()
});

export const Reaction = z
  .strictObject({
    speaker: ShortText.optional(),
    speaker_role: ShortText.optional(),
    /** Who is speaking: see REACTION_VOICES. */
    voice: z.enum(codesOf(REACTION_VOICES)).default('constituent'),
    quote: z.string().trim().min(1).max(MAX_QUOTE_LENGTH, { error: `a quote of at most ${MAX_QUOTE_LENGTH} characters` }).optional(),
    summary: LongText.optional(),
    stance: Stance,
    /** Index into the record's sources (0 = first). */
    source: z.int().min(0).default(0)
  })
  .refine((reaction) => reaction.quote || reaction.summary, {
    error: 'a quote or a summary (a reaction needs at least one)',
    path: ['summary']
  });

export const Retraction = z.strictObject({
  date: IsoDate,
  reason: LongText
});

export const Defection = z.strictObject({
  id: RecordId,
  wave: Slug,
  person: Person,
  /** How many people this record covers: 1 for a person, more for a group the source counts. */
  people: z.int().min(1).default(1),
  role: Role,
  role_in_source: ShortText,
  place: Place,
  date: DefectionDate,
  from_party: PartyCode,
  to_party: PartyCode,
  reason: Reason.default({ tags: [] }),
  reactions: z.array(Reaction).default([]),
  /** Known context for the place, e.g. the June 2017 seat split, as a source gives it. */
  context: LongText.optional(),
  sources: z.array(Source).min(1, { error: 'at least one source' }),
  status: Status,
  notes: LongText.optional(),
  retracted: Retraction.optional()
});

export type Defection = z.infer<typeof Defection>;
export type DefectionInput = z.input<typeof Defection>;
export type Reaction = z.infer<typeof Reaction>;
export type Role = z.infer<typeof Role>;
export type ReasonTag = z.infer<typeof ReasonTag>;
export type Stance = z.infer<typeof Stance>;
export type Status = z.infer<typeof Status>;
export type DefectionDate = z.infer<typeof DefectionDate>;
