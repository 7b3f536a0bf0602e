// A wave is the window a defection belongs to; validation checks each record's date falls inside it.
import { z } from 'zod';
import { IsoDate, LongText, ShortText, Slug } from './common';

export const Wave = z.strictObject({
  id: Slug,
  title: ShortText,
  title_km: ShortText.optional(),
  start: IsoDate,
  end: IsoDate.optional(),
  description: LongText
});

export type Wave = z.infer<typeof Wave>;
