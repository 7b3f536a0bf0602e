// Claimed totals, as parties, officials and the press stated them: kept apart from verified records.
import { z } from 'zod';
import { LongText, PartialDate, ShortText, Slug, Source } from './common';
import { ProvinceCode } from './place';
import { CLAIMANT_KINDS, codesOf, ROLES } from './vocabulary';

export const Tally = z.strictObject({
  id: Slug,
  date: PartialDate,
  date_note: LongText.optional(),
  /** The number used for charts; absent when the claim is not a single number. */
  count: z.number().nonnegative().optional(),
  /** The claim as stated: ">650", "about 2,500". */
  count_text: ShortText,
  qualifier: z.enum(['exact', 'at-least', 'about', 'at-most', 'share']),
  what: LongText,
  claimed_by: ShortText,
  claimant_kind: z.enum(codesOf(CLAIMANT_KINDS)),
  /** Tallies in a series are comparable running totals and are charted against verified records. */
  series: Slug,
  province: ProvinceCode.optional(),
  /**
   * When the count is how many posts of these roles a party held: the seats that could have defected. The dashboard
   * shows a view of exactly these officials as a share of it.
   */
  seats_of: z.strictObject({ party: ShortText, roles: z.array(z.enum(codesOf(ROLES))).min(1) }).optional(),
  sources: z.array(Source).min(1, { error: 'at least one source' }),
  notes: LongText.optional()
});

export type Tally = z.infer<typeof Tally>;
