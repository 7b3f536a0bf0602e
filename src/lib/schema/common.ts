// Building blocks shared by every data file: dates, links, sources, quotes.
import { z } from 'zod';

export const MAX_QUOTE_LENGTH = 300;
export const MAX_TEXT_LENGTH = 2000;
export const MAX_NAME_LENGTH = 120;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function isRealCalendarDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
}

/** YYYY-MM-DD, a real calendar day. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' })
  .refine(isRealCalendarDate, { error: 'a real calendar date' });

/** YYYY, YYYY-MM or YYYY-MM-DD: as much of a date as the source gives. */
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, { error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isRealCalendarDate, { error: 'a real calendar date' });

/** Only web links: never javascript:, data: or other schemes that could run code in a reader's browser. */
export const HttpUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
      } catch {
        return false;
      }
    },
    { error: 'an absolute http:// or https:// link' }
  );

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a slug of lower-case letters, digits and single hyphens' })
  .max(80);

export const ShortText = z.string().trim().min(1).max(MAX_NAME_LENGTH);
export const LongText = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

export const Source = z.strictObject({
  outlet: ShortText,
  title: z.string().trim().min(1).max(300).optional(),
  published: PartialDate.optional(),
  url: HttpUrl,
  reporter: ShortText.optional(),
  language: z.enum(['en', 'km', 'fr']).default('en'),
  note: LongText.optional()
});

export const Quote = z.strictObject({
  text: z.string().trim().min(1).max(MAX_QUOTE_LENGTH, { error: `a quote of at most ${MAX_QUOTE_LENGTH} characters` }),
  speaker: ShortText
});

export type Source = z.infer<typeof Source>;
export type Quote = z.infer<typeof Quote>;
