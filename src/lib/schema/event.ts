import { z } from 'zod';
import { LongText, PartialDate, ShortText, Slug, Source } from './common';

export const KeyEvent = z.strictObject({
  id: Slug,
  date: PartialDate,
  date_note: LongText.optional(),
  title: ShortText,
  description: LongText.optional(),
  /** Annotated on the dashboard timeline. */
  key: z.boolean().default(false),
  sources: z.array(Source).min(1, { error: 'at least one source' })
});

export type KeyEvent = z.infer<typeof KeyEvent>;
