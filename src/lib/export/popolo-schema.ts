// A zod model of the Popolo JSON schemas (popoloproject.com/schemas, draft-03): person, organization, membership, area,
// with the spec's required fields (a person's and an organization's name; a membership's person_id and organization_id).
// Objects are strict (only the schema's properties), which is stricter than the published schemas and catches typos.
import { z } from 'zod';

const nullableText = z.string().nullable().optional();
/** Popolo dates: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PopoloDate = z.string().regex(/^[0-9]{4}(-[0-9]{2}){0,2}$/).nullable().optional();
const DateTime = z.iso.datetime().nullable().optional();

export const PopoloLink = z.strictObject({ url: z.url(), note: nullableText });
export const PopoloIdentifier = z.strictObject({ identifier: z.string(), scheme: nullableText });
export const PopoloOtherName = z.strictObject({
  name: z.string(),
  family_name: nullableText,
  given_name: nullableText,
  additional_name: nullableText,
  honorific_prefix: nullableText,
  honorific_suffix: nullableText,
  patronymic_name: nullableText,
  start_date: PopoloDate,
  end_date: PopoloDate,
  note: nullableText
});

const common = {
  id: nullableText,
  identifiers: z.array(PopoloIdentifier).optional(),
  links: z.array(PopoloLink).optional(),
  sources: z.array(PopoloLink).optional(),
  created_at: DateTime,
  updated_at: DateTime
};

export const PopoloPerson = z.strictObject({
  ...common,
  name: z.string().min(1),
  other_names: z.array(PopoloOtherName).optional(),
  family_name: nullableText,
  given_name: nullableText,
  additional_name: nullableText,
  honorific_prefix: nullableText,
  honorific_suffix: nullableText,
  patronymic_name: nullableText,
  sort_name: nullableText,
  email: z.email().nullable().optional(),
  gender: nullableText,
  birth_date: PopoloDate,
  death_date: PopoloDate,
  image: z.url().nullable().optional(),
  summary: nullableText,
  biography: nullableText,
  national_identity: nullableText
});

export const PopoloOrganization = z.strictObject({
  ...common,
  name: z.string().min(1),
  other_names: z.array(PopoloOtherName).optional(),
  classification: nullableText,
  parent_id: nullableText,
  area_id: nullableText,
  founding_date: PopoloDate,
  dissolution_date: PopoloDate,
  image: z.url().nullable().optional()
});

export const PopoloMembership = z.strictObject({
  ...common,
  label: nullableText,
  role: nullableText,
  person_id: z.string().min(1),
  organization_id: z.string().min(1),
  post_id: nullableText,
  on_behalf_of_id: nullableText,
  area_id: nullableText,
  start_date: PopoloDate,
  end_date: PopoloDate
});

export const PopoloArea = z.strictObject({
  id: nullableText,
  name: nullableText,
  identifier: nullableText,
  classification: nullableText,
  parent_id: nullableText,
  geometry: z.record(z.string(), z.unknown()).nullable().optional(),
  created_at: DateTime,
  updated_at: DateTime,
  sources: z.array(PopoloLink).optional()
});

/** The top-level document tools built on Popolo read (as EveryPolitician published it), with references checked. */
export const PopoloDocument = z
  .looseObject({
    persons: z.array(PopoloPerson),
    organizations: z.array(PopoloOrganization),
    memberships: z.array(PopoloMembership),
    areas: z.array(PopoloArea)
  })
  .superRefine((document, ctx) => {
    const ids = (list: { id?: string | null }[]) => new Set(list.map((item) => item.id));
    const persons = ids(document.persons);
    const organizations = ids(document.organizations);
    const areas = ids(document.areas);
    document.memberships.forEach((membership, index) => {
      const check = (ok: boolean, key: string) => ok || ctx.addIssue({ code: 'custom', path: ['memberships', index, key], message: `${key} names no ${key.replace(/_id$/, '')} in the document` });
      check(persons.has(membership.person_id), 'person_id');
      check(organizations.has(membership.organization_id), 'organization_id');
      if (membership.area_id) check(areas.has(membership.area_id), 'area_id');
    });
  });

export type PopoloLink = z.infer<typeof PopoloLink>;
export type PopoloOtherName = z.infer<typeof PopoloOtherName>;
export type PopoloPerson = z.infer<typeof PopoloPerson>;
export type PopoloOrganization = z.infer<typeof PopoloOrganization>;
export type PopoloMembership = z.infer<typeof PopoloMembership>;
export type PopoloArea = z.infer<typeof PopoloArea>;
export type PopoloDocument = z.infer<typeof PopoloDocument>;
