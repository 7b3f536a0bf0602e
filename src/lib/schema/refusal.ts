// Officials who publicly refused to defect: shown for contrast, never counted as defections.
import { z } from 'zod';
import { LongText, PartialDate, Quote, RecordId, ShortText, Source } from './common';
import { Person, Place, Role } from './defection';
import { PartyCode } from './party';
import { codesOf, REFUSAL_CERTAINTIES } from './vocabulary';

export const Refusal = z.strictObject({
  id: RecordId,
  person: Person,
  role: Role,
  role_in_source: ShortText,
  party: PartyCode,
  place: Place,
  date: PartialDate.optional(),
  /** refused: a source says so; unconfirmed: a source shows pressure but not the answer (REFUSAL_CERTAINTIES). */
  certainty: z.enum(codesOf(REFUSAL_CERTAINTIES)),
  summary: LongText,
  quote: Quote.optional(),
  sources: z.array(Source).min(1, { error: 'at least one source' }),
  notes: LongText.optional()
});

export type Refusal = z.infer<typeof Refusal>;
