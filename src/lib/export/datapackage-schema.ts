// A zod model of the Frictionless Tabular Data Package v1 profile (specs.frictionlessdata.io): package, tabular resource,
// CSV dialect and Table Schema, with the profile's required properties and patterns.
import { z } from 'zod';

/** A URL or a POSIX path that neither starts with ".", "/" or "~" nor contains "..". */
const Path = z.string().regex(/^(?=^[^./~])(^((?!\.{2}).)*$).*$/, { error: 'a URL or a relative POSIX path' });
const Name = z.string().regex(/^([-a-z0-9._/])+$/, { error: 'lower-case letters, digits, ".", "_", "-" and "/"' });

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any'] as const;

const FORMATS_FOR: Partial<Record<(typeof FIELD_TYPES)[number], readonly string[]>> = {
  string: ['default', 'email', 'uri', 'binary', 'uuid'],
  integer: ['default'],
  boolean: ['default'],
  array: ['default'],
  object: ['default']
};

export const License = z
  .looseObject({
    name: z.string().regex(/^([-a-zA-Z0-9._])+$/, { error: 'an Open Definition licence id' }).optional(),
    path: Path.optional(),
    title: z.string().optional()
  })
  .refine((licence) => licence.name || licence.path, { error: 'a licence name or path' });

export const Constraints = z.strictObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minLength: z.int().nonnegative().optional(),
  maxLength: z.int().nonnegative().optional(),
  minimum: z.union([z.string(), z.number()]).optional(),
  maximum: z.union([z.string(), z.number()]).optional(),
  pattern: z
    .string()
    .refine((pattern) => {
      try {
        new RegExp(pattern);
        return true;
      } catch {
        return false;
      }
    }, { error: 'a valid regular expression' })
    .optional(),
  enum: z.array(z.unknown()).min(1).optional()
});

export const Field = z
  .looseObject({
    name: z.string().min(1),
    title: z.string().optional(),
    description: z.string().optional(),
    type: z.enum(FIELD_TYPES).default('string'),
    format: z.string().optional(),
    constraints: Constraints.optional(),
    trueValues: z.array(z.string()).min(1).optional(),
    falseValues: z.array(z.string()).min(1).optional(),
    rdfType: z.string().optional()
  })
  .superRefine((field, ctx) => {
    const formats = FORMATS_FOR[field.type];
    // Date and time formats may also be strptime-style patterns, so only the closed lists are checked.
    if (field.format && formats && !formats.includes(field.format)) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: `a ${field.type} format: one of ${formats.join(', ')}` });
    }
    if ((field.trueValues || field.falseValues) && field.type !== 'boolean') {
      ctx.addIssue({ code: 'custom', path: ['trueValues'], message: 'trueValues/falseValues only on boolean fields' });
    }
  });

export const TableSchema = z
  .looseObject({
    fields: z.array(Field).min(1),
    primaryKey: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    missingValues: z.array(z.string()).optional(),
    foreignKeys: z.array(z.unknown()).optional()
  })
  .superRefine((schema, ctx) => {
    const names = schema.fields.map((field) => field.name);
    names.forEach((name, index) => {
      if (names.indexOf(name) !== index) ctx.addIssue({ code: 'custom', path: ['fields', index, 'name'], message: `a unique field name ("${name}" repeats)` });
    });
    for (const key of [schema.primaryKey ?? []].flat()) {
      if (!names.includes(key)) ctx.addIssue({ code: 'custom', path: ['primaryKey'], message: `a primary key naming a field ("${key}" is none)` });
    }
  });

export const Dialect = z.strictObject({
  csvddfVersion: z.union([z.number(), z.string()]).optional(),
  delimiter: z.string().min(1).optional(),
  doubleQuote: z.boolean().optional(),
  lineTerminator: z.string().optional(),
  nullSequence: z.string().optional(),
  quoteChar: z.string().length(1).optional(),
  escapeChar: z.string().length(1).optional(),
  skipInitialSpace: z.boolean().optional(),
  header: z.boolean().optional(),
  commentChar: z.string().length(1).optional(),
  caseSensitiveHeader: z.boolean().optional()
});

export const TabularDataResource = z
  .looseObject({
    profile: z.literal('tabular-data-resource'),
    name: Name,
    path: z.union([Path, z.array(Path).min(1)]).optional(),
    data: z.unknown().optional(),
    schema: TableSchema,
    title: z.string().optional(),
    description: z.string().optional(),
    format: z.string().optional(),
    mediatype: z.string().regex(/^(.+)\/(.+)$/).optional(),
    encoding: z.string().optional(),
    bytes: z.int().nonnegative().optional(),
    hash: z.string().regex(/^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$/).optional(),
    dialect: Dialect.optional(),
    licenses: z.array(License).min(1).optional()
  })
  .refine((resource) => (resource.path === undefined) !== (resource.data === undefined), { error: 'exactly one of path or data' });

export const TabularDataPackage = z.looseObject({
  profile: z.literal('tabular-data-package'),
  name: Name.optional(),
  id: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  homepage: z.url().optional(),
  version: z.string().optional(),
  created: z.iso.datetime().optional(),
  contributors: z.array(z.looseObject({ title: z.string(), path: Path.optional(), email: z.email().optional(), role: z.string().optional() })).min(1).optional(),
  keywords: z.array(z.string()).min(1).optional(),
  licenses: z.array(License).min(1).optional(),
  resources: z.array(TabularDataResource).min(1)
});

export type TableSchemaField = z.input<typeof Field>;
export type TabularDataPackage = z.input<typeof TabularDataPackage>;
