// Parses the files of data/ into a typed, cross-checked dataset, collecting every problem instead of stopping at the first.
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { CsvSyntaxError, parseCsvRecords } from '$lib/csv/csv';
import {
  Change,
  Commune,
  type Dataset,
  Defection,
  District,
  KeyEvent,
  Party,
  Province,
  Refusal,
  Tally,
  Wave
} from '$lib/schema';
import { checkChanges } from './changes';
import { crossCheck } from './cross-check';
import { describeValue, formatPath, fromZodIssues, type ValidationIssue } from './issues';

export interface DataFile {
  /** Path relative to the project root, e.g. "data/defections/ul-pov.yaml". */
  path: string;
  text: string;
}

/** Where each collection lives under data/. */
export const DATA_LAYOUT = {
  defections: { dir: 'data/defections/', schema: Defection },
  refusals: { dir: 'data/refusals/', schema: Refusal },
  parties: { file: 'data/parties.yaml', schema: Party },
  waves: { file: 'data/waves.yaml', schema: Wave },
  tallies: { file: 'data/tallies.yaml', schema: Tally },
  events: { file: 'data/events.yaml', schema: KeyEvent },
  provinces: { file: 'data/places/provinces.csv', schema: Province },
  districts: { file: 'data/places/districts.csv', schema: District },
  communes: { file: 'data/places/communes.csv', schema: Commune },
  changes: { file: 'data/changes.yaml', schema: Change }
} as const;

export interface ParseResult {
  dataset: Dataset;
  issues: ValidationIssue[];
  /** For each record id (defections, refusals), the file it came from. */
  fileOf: Map<string, string>;
}

export function recordLabel(value: unknown, index: number): string {
  if (value && typeof value === 'object') {
    const { id, code } = value as { id?: unknown; code?: unknown };
    if (typeof id === 'string' && id) return id;
    if (typeof code === 'string' && code) return code;
  }
  return `#${index + 1}`;
}

export interface YamlContent {
  value: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * js-yaml (core schema: no timestamps, like `yaml`'s default) parses a valid file ~10× faster than `yaml`'s
 * document API; `yaml` runs only when line numbers are needed: a syntax error, or a record with an issue.
 */
export function readYaml(file: DataFile, issues: ValidationIssue[]): YamlContent | undefined {
  let value: unknown;
  try {
    value = load(file.text, { schema: CORE_SCHEMA });
  } catch {
    return readYamlWithLines(file, issues);
  }
  let located: YamlContent | undefined;
  return { value, lineOf: (path) => (located ??= readYamlWithLines(file, []))?.lineOf(path) };
}

function readYamlWithLines(file: DataFile, issues: ValidationIssue[]): YamlContent | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      issues.push({
        file: file.path,
        line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line,
        found: `YAML syntax error: ${error.message.split('\n')[0]}`,
        expected: 'valid YAML',
        fix: 'Check indentation, colons and quoting on that line; quote text containing ": " or starting with a special character.'
      });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  // toJS() throws on an alias without its anchor or an alias bomb: report those like any other YAML error.
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    issues.push({
      file: file.path,
      found: `YAML error: ${(error as Error).message.split('\n')[0]}`,
      expected: 'valid YAML (an *alias needs an &anchor before it)',
      fix: 'Define the anchor before the alias, or write the value out in full.'
    });
    return undefined;
  }
  return { value, lineOf };
}

// C0 controls but tab and line feed, DEL and C1 controls: invisible in review, yet NUL, ESC or CR can cut a value short or
// rewrite a line in a terminal, a CSV reader or an export. YAML's escapes ("\0", "\e", "\x85") let them into any value.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const codePoint = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export interface RecordPlace {
  file: string;
  record: string;
  lineOf?: YamlContent['lineOf'];
  prefix?: PropertyKey[];
}

/** One issue per text value, at any depth of a record, holding a control character: every field of every file, none forgotten. */
function controlCharacterIssues(value: unknown, where: RecordPlace): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // A YAML alias shares its value: visiting it once bounds the walk, whatever the aliases.
  const seen = new Set<object>();
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (typeof node === 'string') {
      const found = node.match(CONTROL_CHARACTERS);
      if (!found) return;
      const codes = [...new Set(found.map(codePoint))].join(', ');
      issues.push({
        file: where.file,
        record: where.record,
        field: formatPath(path) || undefined,
        line: where.lineOf?.([...(where.prefix ?? []), ...path]),
        found: `${codes} in ${describeValue(node)}`,
        expected: 'text without control characters (tab and line feed are the only ones allowed)',
        fix: `Remove the ${codes} character${found.length > 1 ? 's' : ''}: invisible, often pasted from a PDF or another program, or written as an escape such as "\\0" in double-quoted YAML.`
      });
      return;
    }
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
  };
  visit(value, []);
  return issues;
}

export function parseRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: RecordPlace,
  issues: ValidationIssue[]
): z.infer<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  // Reported beside the schema's issues, and the record kept: dropping it would make every reference to it an error too.
  issues.push(...controlCharacterIssues(value, where));
  if (result.success) return result.data;
  const prefix = where.prefix ?? [];
  issues.push(
    ...fromZodIssues(result.error.issues, {
      file: where.file,
      record: where.record,
      lineOf: where.lineOf ? (path) => where.lineOf!([...prefix, ...path]) : undefined
    })
  );
  return undefined;
}

export function parseYamlList<S extends z.ZodType>(file: DataFile | undefined, path: string, schema: S, issues: ValidationIssue[]) {
  if (!file) {
    issues.push({ file: path, found: 'no such file', expected: 'a YAML list', fix: `Create ${path} (it may be an empty list: []).` });
    return [];
  }
  const content = readYaml(file, issues);
  if (!content) return [];
  if (!Array.isArray(content.value)) {
    issues.push({ file: path, found: describeKind(content.value), expected: 'a YAML list of entries ("- " items)', fix: 'Write each entry as a list item starting with "- ".' });
    return [];
  }
  return content.value.flatMap((value, index) => {
    const parsed = parseRecord(schema, value, { file: path, record: recordLabel(value, index), lineOf: content.lineOf, prefix: [index] }, issues);
    return parsed === undefined ? [] : [parsed as z.infer<S>];
  });
}

export function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

export function parseRecordDir<S extends z.ZodType<{ id: string }>>(files: DataFile[], dir: string, schema: S, issues: ValidationIssue[], fileOf: Map<string, string>) {
  const records: (z.infer<S> & { id: string })[] = [];
  for (const file of files.filter((f) => f.path.startsWith(dir) && /\.ya?ml$/.test(f.path))) {
    const content = readYaml(file, issues);
    if (!content) continue;
    if (!content.value || typeof content.value !== 'object' || Array.isArray(content.value)) {
      issues.push({ file: file.path, found: describeKind(content.value), expected: 'one record: a YAML mapping of fields', fix: 'Put exactly one record in each file, as "field: value" lines.' });
      continue;
    }
    const stem = file.path.slice(dir.length).replace(/\.ya?ml$/, '');
    const record = parseRecord(schema, content.value, { file: file.path, record: recordLabel(content.value, 0), lineOf: content.lineOf }, issues) as
      | (z.infer<S> & { id: string })
      | undefined;
    if (!record) continue;
    if (record.id !== stem) {
      issues.push({ file: file.path, record: record.id, field: 'id', line: content.lineOf(['id']), found: JSON.stringify(record.id), expected: `"${stem}" (the file name)`, fix: `Rename the file to ${dir}${record.id}.yaml or change the id to "${stem}".` });
    }
    const previous = fileOf.get(record.id);
    if (previous) {
      issues.push({ file: file.path, record: record.id, field: 'id', line: content.lineOf(['id']), found: `"${record.id}", already used by ${previous}`, expected: 'an id used by one record only', fix: 'Merge the two records if they describe the same defection, or give this one a distinct id.' });
      continue;
    }
    fileOf.set(record.id, file.path);
    records.push(record);
  }
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) as z.infer<S>[];
}

function parseCsvList<S extends z.ZodType>(file: DataFile | undefined, path: string, schema: S, issues: ValidationIssue[]) {
  if (!file) {
    issues.push({ file: path, found: 'no such file', expected: 'a CSV file of places', fix: 'Restore it from git; it is derived from the gazetteer (see data/places/README.md).' });
    return [];
  }
  try {
    return parseCsvRecords(file.text).records.flatMap((row, index) => {
      const parsed = parseRecord(schema, row, { file: path, record: row.code || `#${index + 1}` }, issues);
      return parsed === undefined ? [] : [parsed as z.infer<S>];
    });
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    issues.push({ file: path, line: error.line, found: error.message, expected: 'well-formed CSV', fix: 'Fix the quoting on that line.' });
    return [];
  }
}

/** Every record file by its id (the file name), valid or not, so the changelog may name a record whose own problems are reported elsewhere. */
function recordFiles(files: DataFile[], fileOf: ReadonlyMap<string, string>): Map<string, string> {
  const dirs = [DATA_LAYOUT.defections.dir, DATA_LAYOUT.refusals.dir];
  const byStem = files.flatMap((file): [string, string][] =>
    dirs.some((dir) => file.path.startsWith(dir)) ? [[file.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), file.path]] : []
  );
  // A valid record is found by its id, which may differ from its file name (a mismatch reported on its own).
  return new Map([...byStem, ...fileOf]);
}

/** Parses and cross-checks all data files. Never throws on bad content: every problem becomes an issue. */
export function parseDataset(files: DataFile[]): ParseResult {
  const issues: ValidationIssue[] = [];
  const fileOf = new Map<string, string>();
  const byPath = new Map(files.map((file) => [file.path, file]));
  const list = <S extends z.ZodType>(path: string, schema: S) => parseYamlList(byPath.get(path), path, schema, issues);
  const places = <S extends z.ZodType>(path: string, schema: S) => parseCsvList(byPath.get(path), path, schema, issues);
  const L = DATA_LAYOUT;
  const dataset: Dataset = {
    defections: parseRecordDir(files, L.defections.dir, L.defections.schema, issues, fileOf),
    refusals: parseRecordDir(files, L.refusals.dir, L.refusals.schema, issues, fileOf),
    parties: list(L.parties.file, L.parties.schema),
    waves: list(L.waves.file, L.waves.schema),
    tallies: list(L.tallies.file, L.tallies.schema),
    events: list(L.events.file, L.events.schema),
    provinces: places(L.provinces.file, L.provinces.schema),
    districts: places(L.districts.file, L.districts.schema),
    communes: places(L.communes.file, L.communes.schema),
    changes: list(L.changes.file, L.changes.schema)
  };
  issues.push(...crossCheck(dataset, fileOf), ...checkChanges(dataset, recordFiles(files, fileOf)));
  return { dataset, issues, fileOf };
}
