// Parses the files of one case folder (data/cases/<id>/) into a typed CaseData, collecting every problem as an issue
// in the style of data/'s own validation (file, record, field, found, expected, fix), then cross-checks it.
import { CsvSyntaxError, parseCsvRecords } from '$lib/csv/csv';
import { type DataFile, describeKind, parseRecord, parseRecordDir, parseYamlList, readYaml } from '$lib/data/dataset';
import type { ValidationIssue } from '$lib/data/issues';
import { crossCheckCase } from './check';
import {
  CaseChange,
  type CaseData,
  CaseEvent,
  CaseMeta,
  CaseParty,
  CasePerson,
  type CasePlace,
  CaseTally,
  type Level,
  placeRow,
  placesFileName,
  Switch
} from './schema';

/** The file each collection of a case lives in, relative to the case folder. */
export const CASE_LAYOUT = {
  meta: 'case.yaml',
  parties: 'parties.yaml',
  places: 'places/',
  people: 'people/',
  switches: 'switches/',
  tallies: 'tallies.yaml',
  events: 'events.yaml',
  changes: 'changes.yaml'
} as const;

/** The CSV file of a level: places/<plural of key>.csv. */
export const levelFile = (dir: string, level: Pick<Level, 'key'>) => `${dir}/${CASE_LAYOUT.places}${placesFileName(level.key)}`;

export interface CaseParseResult {
  /** Undefined when case.yaml itself cannot be read: nothing else can be checked without it. */
  data?: CaseData;
  issues: ValidationIssue[];
  /** For each person and switch id, the file it came from. */
  fileOf: Map<string, string>;
}

/** The Cambodian fixes name Cambodia's files and statuses: point them at the case's own. */
function forCase(issue: ValidationIssue, dir: string): ValidationIssue {
  let { fix, expected } = issue;
  fix = fix.replaceAll('data/parties.yaml', `${dir}/parties.yaml`);
  if (fix.startsWith('Use confirmed (two or more independent outlets)')) {
    fix = 'Use confirmed (two or more independent outlets), reported (one outlet), partly-verified (stated, but a field is contested or unstated: say which in notes) or disputed.';
  }
  if (issue.field?.endsWith('language') && issue.field.includes('sources')) {
    fix = 'Use the two-letter ISO 639-1 code of the source’s language, e.g. en, ms, km.';
  }
  if (expected === 'a value of type record') {
    expected = 'a map from language code to text, e.g. { en: "…" }';
    fix = 'Write the text under each language the case declares in case.yaml (languages), e.g. title: { en: "…" }.';
  }
  return { ...issue, fix, expected };
}

function readPlaces(file: DataFile | undefined, path: string, level: Level, issues: ValidationIssue[]): CasePlace[] {
  if (!file) {
    issues.push({
      file: path,
      found: 'no such file',
      expected: `a CSV file of the level "${level.key}" declared in case.yaml`,
      fix: `Create ${path} with the columns code,name,name_local,${level.parent ? `${level.parent},` : ''}aliases,note (one row per place), or remove the level from case.yaml.`
    });
    return [];
  }
  const schema = placeRow(level.parent);
  let parsed: ReturnType<typeof parseCsvRecords>;
  try {
    parsed = parseCsvRecords(file.text);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    issues.push({ file: path, line: error.line, found: error.message, expected: 'well-formed CSV', fix: 'Fix the quoting on that line.' });
    return [];
  }
  const columns = ['code', 'name', 'name_local', ...(level.parent ? [level.parent] : []), 'aliases', 'note'];
  if (parsed.header.join(',') !== columns.join(',')) {
    issues.push({
      file: path,
      line: 1,
      found: `the columns ${parsed.header.join(',') || '(none)'}`,
      expected: `the columns ${columns.join(',')}`,
      fix: `Write the header line as: ${columns.join(',')}${level.parent ? ` (the column "${level.parent}" holds each row's ${level.parent} code)` : ''}.`
    });
    return [];
  }
  return parsed.records.flatMap((row, index) => {
    // Line numbers count the header: the first row is line 2 (a row with a quoted line break shifts the rest).
    const record = parseRecord(schema, row, { file: path, record: row.code || `#${index + 1}`, lineOf: () => index + 2 }, issues) as
      | Record<string, unknown>
      | undefined;
    if (!record) return [];
    const { code, name, name_local, aliases, note } = record as Omit<CasePlace, 'parent'>;
    return [{ code, name, name_local, parent: level.parent ? (record[level.parent] as string) : undefined, aliases, note }];
  });
}

/**
 * Parses one case. `dir` is the case folder relative to the project root (e.g. "data/cases/malaysia-2018"), and every
 * file's path starts with it. Never throws on bad content.
 */
export function parseCase(files: DataFile[], dir: string): CaseParseResult {
  const issues: ValidationIssue[] = [];
  const fileOf = new Map<string, string>();
  const byPath = new Map(files.map((file) => [file.path, file]));
  const metaPath = `${dir}/${CASE_LAYOUT.meta}`;
  const metaFile = byPath.get(metaPath);
  const done = (data?: CaseData): CaseParseResult => ({ data, issues: issues.map((issue) => forCase(issue, dir)), fileOf });
  if (!metaFile) {
    issues.push({ file: metaPath, found: 'no such file', expected: 'case.yaml: the case’s title, languages, period, levels, offices and counting rule', fix: `Create ${metaPath} as docs/track-another-wave.md describes.` });
    return done();
  }
  const content = readYaml(metaFile, issues);
  if (!content) return done();
  if (!content.value || typeof content.value !== 'object' || Array.isArray(content.value)) {
    issues.push({ file: metaPath, found: describeKind(content.value), expected: 'a YAML mapping of fields (id, title, languages, …)', fix: 'Write case.yaml as "field: value" lines, as docs/track-another-wave.md shows.' });
    return done();
  }
  const label = (content.value as { id?: unknown }).id;
  const meta = parseRecord(CaseMeta, content.value, { file: metaPath, record: typeof label === 'string' ? label : (dir.split('/').at(-1) ?? dir), lineOf: content.lineOf }, issues);
  if (!meta) return done();

  const list = <S extends Parameters<typeof parseYamlList>[2]>(name: string, schema: S) =>
    parseYamlList(byPath.get(`${dir}/${name}`), `${dir}/${name}`, schema, issues);
  const switchFiles = new Map<string, string>();
  const places: Record<string, CasePlace[]> = {};
  for (const level of meta.levels) {
    const path = levelFile(dir, level);
    places[level.key] = readPlaces(byPath.get(path), path, level, issues);
  }
  const data: CaseData = {
    dir,
    meta,
    parties: list(CASE_LAYOUT.parties, CaseParty),
    places,
    people: parseRecordDir(files, `${dir}/${CASE_LAYOUT.people}`, CasePerson, issues, fileOf),
    switches: parseRecordDir(files, `${dir}/${CASE_LAYOUT.switches}`, Switch, issues, switchFiles),
    tallies: list(CASE_LAYOUT.tallies, CaseTally),
    events: list(CASE_LAYOUT.events, CaseEvent),
    changes: list(CASE_LAYOUT.changes, CaseChange)
  };
  for (const [id, file] of switchFiles) if (!fileOf.has(id)) fileOf.set(id, file);
  issues.push(...crossCheckCase(data, files, fileOf));
  return done(data);
}
