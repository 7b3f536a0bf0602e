import { z } from 'zod';
import { IsoDate, LongText, ShortText } from './common';

export const PartyCode = z.string().regex(/^[A-Z][A-Z0-9-]{1,15}$/, { error: 'an upper-case party code such as "CNRP"' });

export const Party = z.strictObject({
  code: PartyCode,
  name: ShortText,
  name_km: ShortText.optional(),
  aliases: z.array(ShortText).default([]),
  founded: IsoDate.optional(),
  dissolved: IsoDate.optional(),
  note: LongText.optional()
});

export type Party = z.infer<typeof Party>;
