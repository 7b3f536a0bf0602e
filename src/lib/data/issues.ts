// Validation problems as values: where (file, record, field, line), what was found, what was expected, how to fix.
import type { z } from 'zod';

export interface ValidationIssue {
  file: string;
  /** The record's id (or code), or "#3" for the fourth entry of a list without one. */
  record?: string;
  /** Field path inside the record, e.g. "sources[0].url". */
  field?: string;
  line?: number;
  found: string;
  expected: string;
  fix: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Field-specific advice, keyed by the last named segment of the path. */
const FIX_FOR_FIELD: Record<string, string> = {
  url: 'Link to the article itself with an http:// or https:// address.',
  province: 'Use a two-digit province code from data/places/provinces.csv (e.g. "06" for Kampong Thom).',
  district: 'Use a four-digit district code from data/places/districts.csv that lies in the record’s province, or leave the field out if no source names the district.',
  commune: 'Use a six-digit commune code from data/places/communes.csv that lies in the record’s district, or leave the field out if no source names the commune.',
  from_party: 'Use a party code listed in data/parties.yaml, or add the party there first.',
  to_party: 'Use a party code listed in data/parties.yaml, or add the party there first.',
  party: 'Use a party code listed in data/parties.yaml, or add the party there first.',
  role: 'Use one of the role codes listed in src/lib/schema/vocabulary.ts (ROLES) and keep the source’s wording in role_in_source.',
  tags: 'Use reason tags from src/lib/schema/vocabulary.ts (REASON_TAGS).',
  stance: 'Use one of: supportive, critical, mixed, distrustful, neutral.',
  status: 'Use confirmed (two or more independent outlets), reported (one outlet) or disputed.',
  sources: 'Cite at least one source: outlet, url, and title and published date when known.',
  id: 'Use a lower-case slug (letters, digits, single hyphens) that matches the file name.',
  wave: 'Use a wave id from data/waves.yaml whose window contains the record’s date.',
  default: 'Write "default: true" on the one wave the dashboard opens on, and leave the field out on the others.',
  value: 'Write the date as YYYY-MM-DD (day, approximate), YYYY-MM (month) or YYYY (year), matching its precision.',
  precision: 'Use day, approximate, month or year with a value; range (with not_before/not_after) or unknown (with a note) without one.'
};

export function fixFor(path: readonly PropertyKey[], fallback: string, code?: string): string {
  // Only an over-long quote needs shortening; a missing one needs adding.
  if (path.at(-1) === 'quote' || (path.at(-1) === 'text' && path.at(-2) === 'quote')) {
    return code === 'too_big'
      ? 'Shorten the quote to the essential words (verbatim) and summarise the rest in your own words.'
      : fallback;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && FIX_FOR_FIELD[key]) return FIX_FOR_FIELD[key];
  }
  return fallback;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function expectedFrom(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'undefined') return 'no value here';
      return issue.input === undefined ? `this required field (${withArticle(issue.expected)})` : `a value of type ${issue.expected}`;
    case 'invalid_value':
      return `one of: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return `at least ${issue.minimum} character${Number(issue.minimum) === 1 ? '' : 's'}`;
      return `a number ≥ ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `at most ${issue.maximum} items`;
      return `a number ≤ ${issue.maximum}`;
    case 'unrecognized_keys':
      return 'only the fields the schema defines';
    default:
      return issue.message;
  }
}

function genericFix(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Remove ${issue.keys.map((key) => `"${key}"`).join(', ')} or correct its spelling (see src/lib/schema/).`;
    case 'invalid_type':
      return issue.input === undefined ? 'Add this field; it is required.' : 'Change the value to the expected type.';
    default:
      return 'Correct the value as expected above (the schema is in src/lib/schema/).';
  }
}

/** Turns zod's issues for one record into our issue values. */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  where: { file: string; record?: string; lineOf?: (path: readonly PropertyKey[]) => number | undefined }
): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      file: where.file,
      record: where.record,
      field: formatPath(path) || undefined,
      line: where.lineOf?.(path),
      found:
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
          : describeValue(issue.input),
      expected: expectedFrom(issue),
      fix: issue.code === 'unrecognized_keys' ? genericFix(issue) : fixFor(issue.path, genericFix(issue), issue.code)
    };
  });
}

export function formatIssue(issue: ValidationIssue): string {
  const location = [
    issue.line ? `${issue.file}:${issue.line}` : issue.file,
    issue.record ? `record "${issue.record}"` : undefined,
    issue.field ? `field ${issue.field}` : undefined
  ]
    .filter(Boolean)
    .join(' › ');
  return `${location}\n  found:    ${issue.found}\n  expected: ${issue.expected}\n  fix:      ${issue.fix}`;
}
