// Building blocks shared by every data file: dates, links, sources, quotes.
import { z } from 'zod';
import { isWindowsDeviceName } from '../data/slug';

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

export const MAX_URL_LENGTH = 2000;

const WEB_LINK = 'an absolute http:// or https:// link';

/** Why a source link is refused, as the thing expected and how to get there; undefined for a plain web link. */
function linkProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return WEB_LINK;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname.length === 0) return WEB_LINK;
  // Browsers read "\" as "/" in web links, so a link with one opens an address other than the one a reader sees.
  if (value.includes('\\')) return 'a link without backslashes ("\\"): write forward slashes, as in https://example.org/path';
  // "https://trusted.org@elsewhere.org/" opens elsewhere.org; a password in a link is published to every reader.
  if (/^https?:\/*[^/?#]*@/i.test(value)) return 'a link without a user name or password before the host ("user:pass@"): remove it, up to and including the "@"';
  if (value.length > MAX_URL_LENGTH) {
    return `a link of at most ${MAX_URL_LENGTH.toLocaleString('en')} characters (this one has ${value.length.toLocaleString('en')}): link to the article's own address, without tracking parameters`;
  }
  return undefined;
}

/** Only plain web links: never javascript:, data: or other schemes that could run code in a reader's browser, nor links that hide where they lead. */
export const HttpUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
  });

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a slug of lower-case letters, digits and single hyphens' })
  .max(80);

/** The id of a defection or refusal record, which is also its file's name: one Windows can create. */
export const RecordId = Slug.superRefine((id, ctx) => {
  if (isWindowsDeviceName(id)) {
    ctx.addIssue({
      code: 'custom',
      input: id,
      message: `an id that is not a Windows device name (con, prn, aux, nul, com1–com9, lpt1–lpt9): choose another id, e.g. ${id}-<name>: a file named ${id}.yaml cannot be created on Windows`
    });
  }
});

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
