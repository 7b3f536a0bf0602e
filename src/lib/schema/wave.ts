// A wave is the window a defection belongs to; validation checks each record's date falls inside it.
import { z } from 'zod';
import { IsoDate, LongText, ShortText, Slug } from './common';

export const Wave = z.strictObject({
  id: Slug,
  title: ShortText,
  title_km: ShortText.optional(),
  start: IsoDate,
  end: IsoDate.optional(),
  description: LongText,
  /** The series of claimed tallies (data/tallies.yaml) the timeline sets against the records: a running total. */
  claims_series: Slug.optional(),
  /** The wave the dashboard opens on (its URL names no wave); exactly one wave has it. */
  default: z.literal(true, { error: 'true, or leave the field out' }).optional()
});

export type Wave = z.infer<typeof Wave>;
