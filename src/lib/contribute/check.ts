// Checks the /contribute/ form with what `npm run validate` runs: the Defection schema, then the cross-checks against
// the places, parties and waves of data/. Each problem is tied to the form control it belongs to. This module imports
// zod: only the contribute route may import it, so the dashboard's bundle never carries the schema.
import { crossCheck } from '$lib/data/cross-check';
import { fromZodIssues, type ValidationIssue } from '$lib/data/issues';
import { parseFieldPath } from '$lib/export/columns';
import { Defection, type Commune, type Dataset, type District, type Party, type Province, type Wave } from '$lib/schema';
import { draftToInput, fieldId, type RecordDraft } from './draft';

/** What the problem is, for a message in the reader's language; `other` shows the validator's own words. */
export type ProblemKind = 'required' | 'link' | 'date' | 'future' | 'wave' | 'commune' | 'two-outlets' | 'reaction-words' | 'source-number' | 'other';

export interface FieldProblem {
  /** The id of the form control it belongs to. */
  field: string;
  kind: ProblemKind;
  /** The validator's words (English): what was expected and how to fix it. */
  expected: string;
  fix: string;
}

/** The reference lists of data/ a record is checked against (everything crossCheck reads for one defection). */
export type Reference = Pick<Dataset, 'parties' | 'waves' | 'provinces' | 'districts' | 'communes'>;

/** Roles held in a commune council: their record names the commune, or says in the place note why it cannot. */
const COMMUNE_ROLES = new Set(['commune-chief', 'first-deputy-commune-chief', 'second-deputy-commune-chief', 'deputy-commune-chief', 'commune-councillor']);

/** Problems at a whole group belong to one of its controls. */
const GROUP_FIELD: Record<string, string> = {
  'f-date': 'f-date-value',
  'f-person-age': 'f-person-age-years',
  'f-reason-quote': 'f-reason-quote-text',
  'f-sources': 'f-sources-0-url'
};

function kindOf(issue: ValidationIssue): ProblemKind {
  const { expected } = issue;
  if (/http:\/\/ or https:\/\/|link/.test(expected)) return 'link';
  if (/not in the future/.test(expected)) return 'future';
  if (/within the wave/.test(expected)) return 'wave';
  if (/two independent outlets/.test(expected)) return 'two-outlets';
  if (/a quote or a summary/.test(expected)) return 'reaction-words';
  if (/an index into sources/.test(expected)) return 'source-number';
  if (/YYYY|calendar date/.test(expected)) return 'date';
  if (issue.found === 'nothing') return 'required';
  return 'other';
}

function controlFor(field: string | undefined): string {
  if (!field) return 'f-id';
  const id = fieldId(parseFieldPath(field));
  return GROUP_FIELD[id] ?? id;
}

function toProblem(issue: ValidationIssue): FieldProblem {
  return { field: controlFor(issue.field), kind: kindOf(issue), expected: issue.expected, fix: issue.fix };
}

/** A district or commune as places.json lists it: code, name, Khmer name, kind of unit (Commune, Sangkat…). */
export type PlaceRow = readonly [string, string, string, string];

/** A place list with the fields crossCheck reads, from the compact lists the page fetches. */
export function referenceFrom(lists: {
  parties: Party[];
  waves: Wave[];
  provinces: Pick<Province, 'code' | 'iso' | 'name' | 'name_km' | 'unit'>[];
  districts: readonly PlaceRow[];
  communes: readonly PlaceRow[];
}): Reference {
  const base = ([code, name, name_km, unit]: PlaceRow) => ({ code, name, name_km, unit, aliases: [] });
  return {
    parties: lists.parties,
    waves: lists.waves,
    provinces: lists.provinces.map((province) => ({ ...base([province.code, province.name, province.name_km, province.unit]), iso: province.iso, shown_with: undefined })),
    districts: lists.districts.map((row): District => ({ ...base(row), province: row[0].slice(0, 2) })),
    communes: lists.communes.map((row): Commune => ({ ...base(row), district: row[0].slice(0, 4) }))
  };
}

/** The record if the form is valid, else every problem, one per control, in the form's order. */
export function checkDraft(draft: RecordDraft, reference: Reference): { record?: Defection; problems: FieldProblem[] } {
  const parsed = Defection.safeParse(draftToInput(draft), { reportInput: true });
  const problems: FieldProblem[] = [];
  if (!parsed.success) {
    problems.push(...fromZodIssues(parsed.error.issues, { file: '' }).map(toProblem));
  } else {
    const dataset: Dataset = { ...reference, defections: [parsed.data], refusals: [], tallies: [], events: [], changes: [] };
    problems.push(...crossCheck(dataset, new Map()).map(toProblem));
  }
  if (COMMUNE_ROLES.has(draft.role) && !draft.commune && !draft.place_note.trim()) {
    problems.push({
      field: 'f-place-commune',
      kind: 'commune',
      expected: 'the commune of a commune official',
      fix: 'Choose the commune; if no source names it, say so in the place note.'
    });
  }
  const seen = new Set<string>();
  const unique = problems.filter((problem) => !seen.has(problem.field) && seen.add(problem.field));
  return unique.length === 0 && parsed.success ? { record: parsed.data, problems: [] } : { problems: unique };
}
