// One entry of the data's public changelog: which records were added, amended, retracted or disputed, when, why, on what evidence.
import { z } from 'zod';
import { IsoDate, LongText, ShortText, Slug, Source } from './common';
import { CHANGE_KINDS, codesOf } from './vocabulary';

export const ChangeKind = z.enum(codesOf(CHANGE_KINDS));

export const Change = z
  .strictObject({
    date: IsoDate,
    kind: ChangeKind,
    /** Ids of the defection or refusal records the change touches. */
    records: z.array(Slug).min(1, { error: 'at least one record id' }),
    /** What changed, in a sentence a reader understands. */
    summary: LongText,
    /** Field paths that changed, e.g. "status", "place.commune" (amendments). */
    fields: z.array(ShortText).default([]),
    /** Why it changed. */
    reason: LongText,
    /** The evidence for the change; a new record's evidence is in the record itself. */
    sources: z.array(Source).default([])
  })
  .refine((change) => change.kind !== 'amended' || change.fields.length > 0, {
    error: 'the changed fields of an amendment (e.g. fields: [status])',
    path: ['fields']
  });

export type ChangeKind = z.infer<typeof ChangeKind>;
export type Change = z.infer<typeof Change>;
