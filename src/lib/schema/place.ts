// Cambodia's administrative units, NCDD codes: province PP (= ISO 3166-2 KH-P), district PPDD, commune PPDDCC.
import { z } from 'zod';

/** YAML reads an unquoted 030613 as the number 30613: accept that and restore the leading zeros. */
function code(digits: number, example: string) {
  return z.preprocess(
    (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value).padStart(digits, '0') : value),
    z.string().regex(new RegExp(`^\\d{${digits}}$`), { error: `a ${digits}-digit code such as "${example}"` })
  );
}

export const ProvinceCode = code(2, '03');
export const DistrictCode = code(4, '0306');
export const CommuneCode = code(6, '030613');

const aliases = z
  .string()
  .default('')
  .transform((value) => (value ? value.split('|').map((alias) => alias.trim()) : []));

const unitBase = {
  name: z.string().min(1),
  name_km: z.string().min(1),
  unit: z.string().min(1),
  aliases
};

export const Province = z.strictObject({
  code: ProvinceCode,
  iso: z.string().regex(/^KH-\d{1,2}$/),
  ...unitBase,
  /**
   * The code of the province whose boundary shape draws this one, when the boundary file has no shape of its own for it
   * (it is newer than the file): the map shows and selects both with that shape. An empty cell: its own shape.
   */
  shown_with: z.preprocess((value) => (value === '' ? undefined : value), ProvinceCode.optional())
});
export const District = z.strictObject({ code: DistrictCode, province: ProvinceCode, ...unitBase });
export const Commune = z.strictObject({ code: CommuneCode, district: DistrictCode, ...unitBase });

export type Province = z.infer<typeof Province>;
export type District = z.infer<typeof District>;
export type Commune = z.infer<typeof Commune>;
