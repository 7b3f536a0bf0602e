// The validator against a tiny valid project and one broken variant per kind of error.
// Most broken variants are built in memory from tests/fixtures/valid; a few live on disk for the CLI test.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DATA_LAYOUT, parseDataset, type DataFile } from './dataset';
import { formatIssue, type ValidationIssue } from './issues';
import { loadDataset, readDataFiles } from '$lib/server/read-data';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID = join(ROOT, 'tests/fixtures/valid');

const UL_POV = 'data/defections/ul-pov.yaml';
const CHANGES = 'data/changes.yaml';
/** Every single file data/ must have, from the layout (so a new one is covered when added). */
const REQUIRED_FILES = Object.values(DATA_LAYOUT).flatMap((entry) => ('file' in entry ? [entry.file as string] : [])).sort();
const CHEN_CHOY = 'data/defections/chen-choy.yaml';

function validFiles(): DataFile[] {
  return readDataFiles(VALID);
}

function textOf(files: DataFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`fixture has no ${path}`);
  return file.text;
}

/** Replaces one file's text (adding the file if absent). */
function withText(files: DataFile[], path: string, text: string): DataFile[] {
  return [...files.filter((f) => f.path !== path), { path, text }];
}

function without(files: DataFile[], path: string): DataFile[] {
  const rest = files.filter((f) => f.path !== path);
  if (rest.length === files.length) throw new Error(`fixture has no ${path}`);
  return rest;
}

/** Edits a YAML file as data: the mutation gets the parsed value and may change it in place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function editYaml(files: DataFile[], path: string, mutate: (value: any) => void): DataFile[] {
  const value = parse(textOf(files, path));
  mutate(value);
  return withText(files, path, stringify(value));
}

/** Replaces exactly one occurrence of a line fragment, failing loudly if the fixture changed. */
function replaceIn(files: DataFile[], path: string, from: string, to: string): DataFile[] {
  const text = textOf(files, path);
  expect(text.split(from).length - 1, `"${from}" once in ${path}`).toBe(1);
  return withText(files, path, text.replace(from, to));
}

function issuesOf(files: DataFile[]): ValidationIssue[] {
  return parseDataset(files).issues;
}

function describeIssues(issues: ValidationIssue[]): string {
  return issues.map(formatIssue).join('\n\n') || '(no issues)';
}

/** The one issue at this file/record/field; fails with every issue listed when there is none or several. */
function theIssue(issues: ValidationIssue[], where: { file: string; record?: string; field?: string }): ValidationIssue {
  const matches = issues.filter(
    (issue) => issue.file === where.file && issue.record === where.record && issue.field === where.field
  );
  expect(matches, `one issue at ${JSON.stringify(where)} among:\n${describeIssues(issues)}`).toHaveLength(1);
  return matches[0];
}

/** Every issue must say where, what, what instead and how to fix it. */
function expectInformative(issue: ValidationIssue) {
  expect(issue.file).toMatch(/^data\//);
  for (const key of ['found', 'expected', 'fix'] as const) {
    expect(issue[key], key).toEqual(expect.any(String));
    expect(issue[key].trim(), key).not.toBe('');
  }
  expect(issue.expected.length).toBeGreaterThan(5);
  expect(issue.fix.length).toBeGreaterThan(15);
  expect(issue.fix).not.toBe(issue.expected);
}

describe('the valid fixture', () => {
  it('parses with no issues and keeps every record', () => {
    const { dataset, issues, fileOf } = parseDataset(validFiles());
    expect(issues, describeIssues(issues)).toEqual([]);
    expect(dataset.defections.map((d) => d.id)).toEqual(['chen-choy', 'ul-pov']);
    expect(dataset.provinces.map((p) => p.code)).toEqual(['03', '21']);
    expect(dataset.districts).toHaveLength(3);
    expect(dataset.communes).toHaveLength(5);
    expect(dataset.tallies).toHaveLength(1);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.parties.map((p) => p.code)).toContain('CNRP');
    expect(dataset.waves.map((w) => w.id)).toContain('win-win-2017');
    expect(fileOf.get('ul-pov')).toBe(UL_POV);
  });

  it('applies schema defaults and restores leading zeros of unquoted place codes', () => {
    const files = replaceIn(validFiles(), UL_POV, 'province: "03"', 'province: 03');
    const { dataset, issues } = parseDataset(
      replaceIn(replaceIn(files, UL_POV, 'district: "0306"', 'district: 0306'), UL_POV, 'commune: "030613"', 'commune: 030613')
    );
    expect(issues, describeIssues(issues)).toEqual([]);
    const ulPov = dataset.defections.find((d) => d.id === 'ul-pov')!;
    expect(ulPov.place).toMatchObject({ province: '03', district: '0306', commune: '030613' });
    expect(ulPov.people).toBe(1);
    expect(ulPov.person.romanisation_tentative).toBe(false);
  });

  it('reads place aliases as a list', () => {
    const { dataset } = parseDataset(validFiles());
    expect(dataset.communes.find((c) => c.code === '210202')?.aliases).toEqual(['Champey']);
    expect(dataset.communes.find((c) => c.code === '030613')?.aliases).toEqual([]);
    expect(dataset.provinces.find((p) => p.code === '03')?.aliases).toContain('Kompong Cham');
  });
});

describe('place errors', () => {
  it('unknown province code', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place = { province: '25' };
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.province' });
    expect(issue.found).toContain('25');
    expect(issue.expected).toContain('provinces.csv');
    expectInformative(issue);
  });

  it('malformed province code', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place.province = 'Kampong Cham';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.province' });
    expect(issue.found).toContain('Kampong Cham');
    expect(issue.expected).toMatch(/2-digit/);
    expect(issue.fix).toContain('provinces.csv');
    expect(issue.line).toBe(8);
  });

  it('unknown commune', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place.commune = '030699';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.commune' });
    expect(issue.found).toContain('030699');
    expect(issue.expected).toContain('communes.csv');
    expect(issue.fix).toContain('0306');
    expectInformative(issue);
  });

  it('commune not in the record’s district', () => {
    // 030101 (Batheay) lies in district 0301, not in 0306.
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place.commune = '030101';
    });
    const issues = issuesOf(files);
    const issue = theIssue(issues, { file: UL_POV, record: 'ul-pov', field: 'place.commune' });
    expect(issue.found).toContain('030101');
    expect(issue.found).toContain('Batheay');
    expect(issue.expected).toContain('district 0306');
    expectInformative(issue);
    expect(issues).toHaveLength(1);
  });

  it('commune in another province when no district is given', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place = { province: '21', commune: '030613' };
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.commune' });
    expect(issue.expected).toContain('province 21');
  });

  it('a commune without its district asks for the district', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      delete r.place.district;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.district' });
    expect(issue.expected).toContain('0306');
    expect(issue.fix).toContain('0306');
  });

  it('district not in the province', () => {
    // Chen Choy is in Takeo (21); 0306 is Kampong Siem in Kampong Cham (03).
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.place.district = '0306';
      delete r.place.commune;
    });
    const issue = theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'place.district' });
    expect(issue.found).toContain('0306');
    expect(issue.found).toContain('province 03');
    expect(issue.expected).toContain('province 21');
    expect(issue.expected).toContain('Takeo');
    expectInformative(issue);
  });

  it('unknown district', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.place.district = '2199';
      delete r.place.commune;
    });
    const issue = theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'place.district' });
    expect(issue.expected).toContain('districts.csv');
    expect(issue.fix).toContain('"21"');
  });

  it('a district or commune without a province', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      delete r.place.province;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'place.province' });
    expect(issue.found).toBe('nothing');
    expectInformative(issue);
  });

  it('no place codes at all is allowed when no source names a province', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.place = { as_reported: 'somewhere' };
    });
    expect(issuesOf(files)).toEqual([]);
  });
});

describe('party, id and source errors', () => {
  it('unknown party', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.to_party = 'XYZ';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'to_party' });
    expect(issue.found).toContain('XYZ');
    expect(issue.expected).toContain('parties.yaml');
    expect(issue.expected).toContain('CPP');
    expectInformative(issue);
  });

  it('a malformed party code', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.from_party = 'cnrp';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'from_party' });
    expect(issue.expected).toContain('upper-case');
    expect(issue.fix).toContain('parties.yaml');
  });

  it('the same party on both sides', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.to_party = 'CNRP';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'to_party' });
    expect(issue.expected).toContain('different');
  });

  it('duplicate ids in two files', () => {
    const files = withText(validFiles(), 'data/defections/ul-pov.yml', textOf(validFiles(), UL_POV));
    const { issues, dataset } = parseDataset(files);
    const duplicates = issues.filter((issue) => issue.field === 'id' && issue.record === 'ul-pov');
    expect(duplicates, describeIssues(issues)).toHaveLength(1);
    const [issue] = duplicates;
    // Whichever file is read second is named, and the message names the first.
    const files2 = [UL_POV, 'data/defections/ul-pov.yml'];
    expect(files2).toContain(issue.file);
    expect(issue.found).toContain(files2.find((f) => f !== issue.file));
    expect(issue.expected).toContain('one record');
    expectInformative(issue);
    expect(dataset.defections.filter((d) => d.id === 'ul-pov')).toHaveLength(1);
  });

  it('duplicate ids: a copy under another name reports both the name mismatch and the duplicate', () => {
    const files = withText(validFiles(), 'data/defections/ul-pov-again.yaml', textOf(validFiles(), UL_POV));
    const issues = issuesOf(files).filter((issue) => issue.field === 'id');
    expect(issues.some((issue) => issue.found.includes('already used by'))).toBe(true);
    expect(issues.some((issue) => issue.file === 'data/defections/ul-pov-again.yaml' && issue.expected.includes('ul-pov-again'))).toBe(true);
  });

  it('duplicate ids across defections and refusals', () => {
    const refusal = {
      id: 'ul-pov',
      person: { name: 'Ul Pov' },
      role: 'commune-councillor',
      role_in_source: 'councillor',
      party: 'CNRP',
      place: { province: '03' },
      certainty: 'refused',
      summary: 'Said no.',
      sources: [{ outlet: 'RFA', url: 'https://www.rfa.org/x' }]
    };
    const files = withText(validFiles(), 'data/refusals/ul-pov.yaml', stringify(refusal));
    const issue = theIssue(issuesOf(files), { file: 'data/refusals/ul-pov.yaml', record: 'ul-pov', field: 'id' });
    expect(issue.found).toContain(UL_POV);
  });

  it('id ≠ file name', () => {
    const files = withText(without(validFiles(), UL_POV), 'data/defections/ul-pov-2.yaml', textOf(validFiles(), UL_POV));
    const issue = theIssue(issuesOf(files), { file: 'data/defections/ul-pov-2.yaml', record: 'ul-pov', field: 'id' });
    expect(issue.found).toContain('ul-pov');
    expect(issue.expected).toContain('"ul-pov-2"');
    expect(issue.fix).toContain('data/defections/ul-pov.yaml');
    expect(issue.line).toBe(1);
  });

  it('an id that is not a slug', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.id = 'Ul Pov';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'Ul Pov', field: 'id' });
    expect(issue.expected).toContain('slug');
  });

  it('record with no source', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.sources = [];
    });
    const issues = issuesOf(files);
    const issue = theIssue(issues, { file: UL_POV, record: 'ul-pov', field: 'sources' });
    expect(issue.expected).toMatch(/at least 1 item/);
    expect(issue.fix).toMatch(/source/i);
    expectInformative(issue);
  });

  it('record with the sources field left out', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      delete r.sources;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'sources' });
    expect(issue.found).toBe('nothing');
    expect(issue.expected).toContain('required');
  });

  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://ftp.example.com/article.txt',
    'file:///etc/passwd',
    'www.phnompenhpost.com/national/x',
    'http://',
    ''
  ])('non-http(s) URL %j', (url) => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.sources[0].url = url;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'sources[0].url' });
    expect(issue.expected).toMatch(/https?:\/\//);
    expect(issue.fix).toMatch(/https?:\/\//);
    expect(issue.line).toBeGreaterThan(1);
  });

  it('accepts http and https links, trimming spaces', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.sources[0].url = '  http://example.com/a  ';
    });
    const { issues, dataset } = parseDataset(files);
    expect(issues).toEqual([]);
    expect(dataset.defections.find((d) => d.id === 'ul-pov')!.sources[0].url).toBe('http://example.com/a');
  });

  it('status confirmed with a single outlet', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.sources = r.sources.slice(0, 1);
    });
    const issue = theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'status' });
    expect(issue.found).toContain('confirmed');
    expect(issue.expected).toContain('two');
    expect(issue.fix).toContain('reported');
    expectInformative(issue);
  });

  it('status confirmed with two links from the same outlet (case and parenthetical aside)', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.sources[1].outlet = 'phnom penh post (Khmer edition)';
    });
    theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'status' });
  });

  it('status reported with a single outlet is fine', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.sources = r.sources.slice(0, 1);
      r.status = 'reported';
    });
    expect(issuesOf(files)).toEqual([]);
  });

  it('reaction source index out of range', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.reactions[1].source = 3;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'reactions[1].source' });
    expect(issue.found).toBe('3');
    expect(issue.expected).toContain('0 to 0');
    expectInformative(issue);
  });

  it('a negative reaction source index', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.reactions[0].source = -1;
    });
    theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'reactions[0].source' });
  });
});

describe('date errors', () => {
  it('date outside its wave window', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date.value = '2017-06-01';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.found).toContain('2017-06-01');
    expect(issue.expected).toContain('win-win-2017');
    expect(issue.expected).toContain('2017-10-22');
    expect(issue.fix).toMatch(/wave/);
    expectInformative(issue);
  });

  it('a month-precision date partly inside the wave passes; one wholly outside fails', () => {
    const inside = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { value: '2017-10', precision: 'month' };
    });
    expect(issuesOf(inside)).toEqual([]);
    const outside = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { value: '2017-09', precision: 'month' };
    });
    const issue = theIssue(issuesOf(outside), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.found).toContain('2017-09-01');
    expect(issue.found).toContain('2017-09-30');
  });

  it('not_before / not_after narrow the date: bounds outside the wave are reported', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.date = { precision: 'range', not_before: '2017-12-01', not_after: '2017-12-31', note: 'In December.' };
    });
    theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'date.value' });
  });

  it('bounds that leave no possible day', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.date = { precision: 'range', not_before: '2017-10-25', not_after: '2017-10-24', note: 'Swapped bounds.' };
    });
    const issue = theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'date' });
    expect(issue.found).toContain('2017-10-25');
  });

  it('a wave that does not exist', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.wave = 'win-win-2018';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'wave' });
    expect(issue.expected).toContain('win-win-2017');
  });

  it.each([
    { value: '2017-10', precision: 'day', expected: 'YYYY-MM-DD' },
    { value: '2017-10-28', precision: 'month', expected: 'YYYY-MM' },
    { value: '2017-10', precision: 'year', expected: 'YYYY' },
    { value: '2017', precision: 'approximate', expected: 'YYYY-MM-DD' }
  ])('date value $value not matching precision $precision', ({ value, precision, expected }) => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { value, precision };
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.expected).toContain(expected);
    expect(issue.expected).toContain(precision);
    expect(issue.found).toContain(value);
    expectInformative(issue);
  });

  it.each(['2017-02-30', '2017-02-29', '2017-13-01', '2017-04-31', '2017-00-10'])('impossible calendar date %s', (value) => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date.value = value;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.found).toContain(value);
    expect(issue.expected).toContain('real calendar date');
    expect(issue.fix).toContain('YYYY-MM-DD');
  });

  it('impossible calendar date in a source’s published date and in not_before', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.sources[1].published = '2017-11-31';
      r.date.not_before = '2017-02-30';
    });
    const issues = issuesOf(files);
    theIssue(issues, { file: CHEN_CHOY, record: 'chen-choy', field: 'sources[1].published' });
    theIssue(issues, { file: CHEN_CHOY, record: 'chen-choy', field: 'date.not_before' });
  });

  it('an unquoted YAML date that is not a string is still checked', () => {
    // YAML 1.2 core schema reads 2017-10-28 as a string, so this is the normal case; a timestamp tag is not.
    const files = replaceIn(validFiles(), UL_POV, 'value: 2017-10-28', 'value: !!timestamp 2017-10-28');
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expectInformative(issue);
  });

  it('a date in the future', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { value: '2999-01-01', precision: 'day' };
      r.wave = 'after-dissolution';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.expected).toContain('future');
  });

  it('an unknown date needs a note, and is otherwise valid', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { precision: 'unknown' };
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.note' });
    expect(issue.expected).toContain('unknown');
    const noted = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { precision: 'unknown', note: 'No source dates it.' };
    });
    expect(issuesOf(noted)).toEqual([]);
  });

  it('a day-precision date needs a value', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { precision: 'day', note: 'Forgot the value.' };
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
    expect(issue.found).toBe('nothing');
    expect(issue.expected).toContain('YYYY-MM-DD');
  });

  it('a range needs at least one bound and no value', () => {
    const noBounds = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { precision: 'range', note: 'Some time.' };
    });
    theIssue(issuesOf(noBounds), { file: UL_POV, record: 'ul-pov', field: 'date.not_before' });
    const withValue = editYaml(validFiles(), UL_POV, (r) => {
      r.date = { precision: 'range', value: '2017-10-28', not_before: '2017-10-22' };
    });
    theIssue(issuesOf(withValue), { file: UL_POV, record: 'ul-pov', field: 'date.value' });
  });

  it('a retraction dated before the defection', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.retracted = { date: '2017-10-01', reason: 'Misreported.' };
    });
    theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'retracted.date' });
  });
});

describe('shape errors', () => {
  it('quote over 300 characters (reason quote and reaction quote)', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.reason.quote.text = 'x'.repeat(301);
      r.reactions[0].quote = 'y'.repeat(400);
    });
    const issues = issuesOf(files);
    for (const field of ['reason.quote.text', 'reactions[0].quote']) {
      const issue = theIssue(issues, { file: UL_POV, record: 'ul-pov', field });
      expect(issue.expected).toContain('300');
      expect(issue.fix).toMatch(/shorten/i);
      expect(issue.found.length).toBeLessThanOrEqual(80);
    }
  });

  it('a quote of exactly 300 characters is fine', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.reason.quote.text = 'x'.repeat(300);
    });
    expect(issuesOf(files)).toEqual([]);
  });

  it('unknown field (typo)', () => {
    const files = replaceIn(validFiles(), UL_POV, '\nnotes: >-', '\nnotse: >-');
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'notse' });
    expect(issue.found).toContain('"notse"');
    expect(issue.expected).toContain('only the fields');
    expect(issue.fix).toContain('"notse"');
    expect(issue.line).toBe(textOf(files, UL_POV).split('\n').findIndex((line) => line.startsWith('notse:')) + 1);
  });

  it('unknown nested field (typo in a source)', () => {
    const files = editYaml(validFiles(), CHEN_CHOY, (r) => {
      r.sources[1].titel = r.sources[1].title;
      delete r.sources[1].title;
    });
    const issue = theIssue(issuesOf(files), { file: CHEN_CHOY, record: 'chen-choy', field: 'sources[1].titel' });
    expect(issue.found).toContain('titel');
  });

  it('a misspelt required field reports both the unknown and the missing field', () => {
    const files = replaceIn(validFiles(), UL_POV, '\nwave: win-win-2017', '\nwaev: win-win-2017');
    const issues = issuesOf(files);
    theIssue(issues, { file: UL_POV, record: 'ul-pov', field: 'waev' });
    const missing = theIssue(issues, { file: UL_POV, record: 'ul-pov', field: 'wave' });
    expect(missing.found).toBe('nothing');
  });

  it('wrong enum (role: mayor)', () => {
    const files = replaceIn(validFiles(), UL_POV, 'role: commune-councillor\n', 'role: mayor\n');
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'role' });
    expect(issue.found).toBe('"mayor"');
    expect(issue.expected).toContain('commune-chief');
    expect(issue.expected).toContain('commune-councillor');
    expect(issue.fix).toContain('ROLES');
    expect(issue.line).toBe(5);
  });

  it.each([
    { field: 'status', value: 'verified', fix: /confirmed/ },
    { field: 'reactions[0].stance', value: 'angry', fix: /supportive/ },
    { field: 'reason.tags[0]', value: 'money', fix: /REASON_TAGS/ },
    { field: 'date.precision', value: 'week', fix: /month/ }
  ])('wrong enum at $field', ({ field, value, fix }) => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      if (field === 'status') r.status = value;
      if (field === 'reactions[0].stance') r.reactions[0].stance = value;
      if (field === 'reason.tags[0]') r.reason.tags = [value];
      if (field === 'date.precision') r.date.precision = value;
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field });
    expect(issue.expected).toMatch(/^one of: /);
    expect(issue.fix).toMatch(fix);
  });

  it('a wrong type', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => {
      r.people = 'two';
    });
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'people' });
    expect(issue.expected).toContain('number');
  });

  it('YAML syntax error, with its line number', () => {
    // Line 10 gains an unquoted ": " — a plain scalar cannot contain one.
    const files = replaceIn(
      validFiles(),
      CHEN_CHOY,
      'role_in_source: first deputy commune chief (Phnom Penh Post); commune',
      'role_in_source: first deputy commune chief (Phnom Penh Post): commune'
    );
    const issues = issuesOf(files).filter((issue) => issue.file !== CHANGES);
    expect(issues.length, describeIssues(issues)).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.file).toBe(CHEN_CHOY);
      expect(issue.found).toMatch(/^YAML syntax error/);
      expect(issue.expected).toBe('valid YAML');
      expectInformative(issue);
    }
    expect(issues[0].line).toBe(10);
    // The broken file is skipped; the rest of the data is still read.
    expect(parseDataset(files).dataset.defections.map((d) => d.id)).toEqual(['ul-pov']);
  });

  it('a duplicated key is a YAML error with its line', () => {
    const files = replaceIn(validFiles(), UL_POV, 'status: reported\n', 'status: reported\nstatus: confirmed\n');
    const issues = issuesOf(files);
    const issue = issues.find((i) => i.file === UL_POV);
    expect(issue?.found, describeIssues(issues)).toMatch(/YAML syntax error.*unique/);
    const line = textOf(files, UL_POV).split('\n').indexOf('status: confirmed') + 1;
    expect(issue?.line).toBe(line);
  });

  it('a record file that is a list rather than one record', () => {
    const files = withText(validFiles(), UL_POV, `- ${textOf(validFiles(), 'data/waves.yaml').split('\n- ')[1]}`);
    const issue = theIssue(issuesOf(files), { file: UL_POV });
    expect(issue.found).toBe('a list');
    expect(issue.expected).toContain('one record');
  });

  it('an empty record file', () => {
    const issue = theIssue(issuesOf(withText(validFiles(), UL_POV, '# nothing yet\n')), { file: UL_POV });
    expect(issue.found).toBe('an empty document');
  });

  it('a list file that is a mapping', () => {
    const issue = theIssue(issuesOf(withText(validFiles(), 'data/tallies.yaml', 'id: x\n')), { file: 'data/tallies.yaml' });
    expect(issue.found).toBe('a mapping');
    expect(issue.fix).toContain('- ');
  });

  it('entries of list files are labelled by id, or by position when they have none', () => {
    const files = editYaml(validFiles(), 'data/tallies.yaml', (list) => {
      list[0].qualifier = 'roughly';
      list.push({ count_text: '3' });
    });
    const issues = issuesOf(files);
    const issue = theIssue(issues, { file: 'data/tallies.yaml', record: 'cnrp-commune-seats-2017-fresh-news', field: 'qualifier' });
    expect(issue.line).toBeGreaterThan(1);
    expect(issues.some((i) => i.record === '#2' && i.field === 'id')).toBe(true);
  });

  it('duplicate ids inside a list file', () => {
    const files = editYaml(validFiles(), 'data/events.yaml', (list) => {
      list.push({ ...list[0] });
    });
    const issue = theIssue(issuesOf(files), { file: 'data/events.yaml', record: 'commune-elections-2017', field: 'id' });
    expect(issue.found).toContain('twice');
  });

  it('duplicate party codes', () => {
    const files = editYaml(validFiles(), 'data/parties.yaml', (list) => {
      list.push({ ...list[0] });
    });
    theIssue(issuesOf(files), { file: 'data/parties.yaml', record: 'CNRP', field: 'code' });
  });

  it('a tally naming an unknown province', () => {
    const files = editYaml(validFiles(), 'data/tallies.yaml', (list) => {
      list[0].province = '24';
    });
    theIssue(issuesOf(files), { file: 'data/tallies.yaml', record: 'cnrp-commune-seats-2017-fresh-news', field: 'province' });
  });
});

describe('place list (CSV) errors', () => {
  it('a malformed row names the row by its code', () => {
    const files = replaceIn(validFiles(), 'data/places/provinces.csv', '21,KH-21,', '21,Takeo,');
    const issue = theIssue(issuesOf(files), { file: 'data/places/provinces.csv', record: '21', field: 'iso' });
    expectInformative(issue);
  });

  it('unbalanced quotes give the line', () => {
    const files = replaceIn(validFiles(), 'data/places/communes.csv', '030613,0306,Srak,', '030613,0306,"Srak,');
    const issues = issuesOf(files);
    const issue = issues.find((i) => i.file === 'data/places/communes.csv');
    expect(issue, describeIssues(issues)).toBeDefined();
    expect(issue!.line).toBe(4);
    expect(issue!.expected).toContain('CSV');
  });

  it('an extra column is an unknown field', () => {
    const files = withText(validFiles(), 'data/places/districts.csv', 'code,province,name,name_km,unit,aliases,extra\n0306,03,Kampong Siem,កំពង់សៀម,District,,x\n');
    theIssue(issuesOf(files), { file: 'data/places/districts.csv', record: '0306', field: 'extra' });
  });
});

describe('the default wave', () => {
  it('none marked: one issue on data/waves.yaml that says which field to add', () => {
    const files = editYaml(validFiles(), 'data/waves.yaml', (waves) => {
      for (const wave of waves) delete wave.default;
    });
    const issue = theIssue(issuesOf(files), { file: 'data/waves.yaml', field: 'default' });
    expect(issue.found).toContain('no wave');
    expect(issue.fix).toContain('default: true');
    expectInformative(issue);
  });

  it('two marked: the issue names both and points at the second', () => {
    const files = editYaml(validFiles(), 'data/waves.yaml', (waves) => {
      waves[2].default = true;
    });
    const issue = theIssue(issuesOf(files), { file: 'data/waves.yaml', record: 'after-dissolution', field: 'default' });
    expect(issue.found).toContain('win-win-2017, after-dissolution');
    expect(issue.fix).toContain('one wave only');
    expectInformative(issue);
  });

  it('a claims_series no tally has: the issue names the wave and the series there are', () => {
    const files = editYaml(validFiles(), 'data/waves.yaml', (waves) => {
      waves[1].claims_series = 'defections-2071';
    });
    const issue = theIssue(issuesOf(files), { file: 'data/waves.yaml', record: 'win-win-2017', field: 'claims_series' });
    expect(issue.found).toBe('"defections-2071"');
    expect(issue.expected).toContain('data/tallies.yaml');
    expectInformative(issue);
  });

  it('"default: false" is refused: a wave is the default or leaves the field out', () => {
    const files = editYaml(validFiles(), 'data/waves.yaml', (waves) => {
      waves[0].default = false;
    });
    const issue = theIssue(issuesOf(files), { file: 'data/waves.yaml', record: 'pre-election-2017', field: 'default' });
    expect(issue.found).toBe('false');
    expect(issue.fix).toContain('leave the field out');
  });
});

describe('a province drawn with another’s shape (shown_with)', () => {
  const PROVINCES = 'data/places/provinces.csv';
  const withShownWith = (takeo: string, kampongCham = '') =>
    withText(
      validFiles(),
      PROVINCES,
      textOf(validFiles(), PROVINCES)
        .replace('aliases\n', 'aliases,shown_with\n')
        .replace('Kompong Chaam\n', `Kompong Chaam,${kampongCham}\n`)
        .replace('Takaev\n', `Takaev,${takeo}\n`)
    );

  it('an empty cell or another province’s code is valid, and is read as a code', () => {
    const { dataset, issues } = parseDataset(withShownWith('03'));
    expect(issues, describeIssues(issues)).toEqual([]);
    expect(dataset.provinces.map((p) => p.shown_with)).toEqual([undefined, '03']);
  });

  it.each([
    ['an unknown code', '99', '', '"99"'],
    ['the province itself', '21', '', 'the province itself'],
    ['a province itself drawn with another', '03', '21', 'itself shown with 21']
  ])('%s is reported on the province, with the fix', (_, takeo, kampongCham, found) => {
    const issues = issuesOf(withShownWith(takeo, kampongCham));
    const issue = issues.find((i) => i.file === PROVINCES && i.field === 'shown_with' && i.found.includes(found));
    expect(issue, describeIssues(issues)).toBeDefined();
    expect(issue!.fix).toContain('boundary shape');
    expectInformative(issue!);
  });
});

describe('missing files', () => {
  it('the layout names the files the fixture has', () => {
    expect(REQUIRED_FILES).toEqual(expect.arrayContaining(['data/tallies.yaml', 'data/events.yaml', 'data/parties.yaml', 'data/waves.yaml', 'data/places/communes.csv']));
    for (const path of REQUIRED_FILES) expect(validFiles().map((f) => f.path)).toContain(path);
  });

  it.each(REQUIRED_FILES)('missing required file %s', (path) => {
    const issues = issuesOf(without(validFiles(), path));
    const issue = theIssue(issues, { file: path });
    expect(issue.found).toBe('no such file');
    expectInformative(issue);
    if (path.endsWith('.yaml')) expect(issue.fix).toContain(path);
  });

  it('no tallies.yaml: only that is reported', () => {
    const issues = issuesOf(without(validFiles(), 'data/tallies.yaml'));
    expect(issues, describeIssues(issues)).toHaveLength(1);
    expect(issues[0].fix).toContain('[]');
  });

  it('an empty project reports every required file, and does not throw', () => {
    const issues = issuesOf([]);
    expect(issues.map((i) => i.file).sort()).toEqual(REQUIRED_FILES);
  });
});

describe('control characters', () => {
  it('a NUL in a quote is refused, naming the field and the code point, by the parse `npm run validate` uses', () => {
    const files = replaceIn(validFiles(), UL_POV, `text: "They are not cruel.`, `text: "They are\\0 not cruel.`);
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'reason.quote.text' });
    expect(issue.found).toContain('U+0000');
    expect(issue.line).toBe(24);
    expect(issue.fix).toMatch(/^Remove the U\+0000 character/);
    expectInformative(issue);
  });

  it.each([
    ['U+000D', '\r'],
    ['U+001B', '\u001b'],
    ['U+007F', '\u007f'],
    ['U+0085', '\u0085'],
    ['U+009F', '\u009f']
  ])('%s in a note is refused', (codePoint, character) => {
    const files = editYaml(validFiles(), UL_POV, (r) => (r.sources[0].note = `Exact day${character} not recorded.`));
    expect(theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov', field: 'sources[0].note' }).found).toContain(codePoint);
  });

  it('tab and line feed stay allowed', () => {
    const files = editYaml(validFiles(), UL_POV, (r) => (r.notes = 'One line.\nAnother,\tindented.'));
    expect(issuesOf(files)).toEqual([]);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Entries = any[];
  it.each([
    ['data/tallies.yaml', 'cnrp-commune-seats-2017-fresh-news', 'sources[0].title', (list: Entries) => (list[0].sources[0].title = 'PM\u0000')],
    ['data/events.yaml', 'commune-elections-2017', 'title', (list: Entries) => (list[0].title += '\u0007')],
    ['data/parties.yaml', 'CPP', 'aliases[2]', (list: Entries) => (list[1].aliases[2] = 'ruling\u0008party')],
    ['data/waves.yaml', 'win-win-2017', 'description', (list: Entries) => (list[1].description += '\u0000')],
    [CHANGES, '#1', 'summary', (list: Entries) => (list[0].summary += '\u001b[31m')]
  ] as [string, string, string, (list: Entries) => void][])('in %s, record %s, field %s', (file, record, field, mutate) => {
    const issue = theIssue(issuesOf(editYaml(validFiles(), file, mutate)), { file, record, field });
    expect(issue.found).toMatch(/U\+00[0-9A-F]{2}/);
    expectInformative(issue);
  });

  it('in a refusal, and in a place list', () => {
    const refusal = 'data/refusals/test-refusal.yaml';
    const refusalText = stringify({
      id: 'test-refusal',
      person: { name: 'Test Person' },
      role: 'commune-chief',
      role_in_source: 'commune chief',
      party: 'CNRP',
      place: { province: '03' },
      certainty: 'refused',
      summary: 'Said no.\u0000',
      sources: [{ outlet: 'Khmer Times', url: 'https://www.khmertimeskh.com/92365/' }]
    });
    const withRefusal = editYaml(withText(validFiles(), refusal, refusalText), CHANGES, (list) => list[0].records.push('test-refusal'));
    expect(theIssue(issuesOf(withRefusal), { file: refusal, record: 'test-refusal', field: 'summary' }).found).toContain('U+0000');
    const csv = replaceIn(validFiles(), 'data/places/communes.csv', '210201,2102,Chambak,', '210201,2102,Chambak\u0001,');
    expect(theIssue(issuesOf(csv), { file: 'data/places/communes.csv', record: '210201', field: 'name' }).found).toContain('U+0001');
  });
});

describe('the changelog names every record', () => {
  const TODAY = new Date().toISOString().slice(0, 10);

  it('a record no "added" entry names is reported against its own file, with the entry to append', () => {
    const files = editYaml(validFiles(), CHANGES, (list) => (list[0].records = ['chen-choy']));
    const issue = theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov' });
    expect(issue.found).toContain('data/changes.yaml');
    expect(issue.fix).toContain(`Append an entry to data/changes.yaml: {date: ${TODAY}, kind: added, records: [ul-pov], summary: …, reason: …}`);
    expect(issue.fix).toContain('npm run import');
    expectInformative(issue);
  });

  it('an entry of another kind does not count as adding it', () => {
    const files = editYaml(validFiles(), CHANGES, (list) => {
      list[0].records = ['chen-choy'];
      list.push({ date: '2026-11-26', kind: 'disputed', records: ['ul-pov'], summary: 'Disputed.', reason: 'A reader wrote in.' });
    });
    expect(theIssue(issuesOf(files), { file: UL_POV, record: 'ul-pov' }).expected).toMatch(/added/);
  });
});

describe('several errors at once', () => {
  it('are all reported, across fields, records and files', () => {
    let files = editYaml(validFiles(), UL_POV, (r) => {
      r.role = 'mayor'; // schema
      r.sources[0].url = 'javascript:alert(1)'; // schema, same record
      r.reason.quote.text = 'q'.repeat(301); // schema, same record
    });
    files = editYaml(files, CHEN_CHOY, (r) => {
      r.from_party = 'XYZ'; // cross-check
      r.sources = r.sources.slice(0, 1); // cross-check: confirmed with one outlet
    });
    files = without(files, 'data/events.yaml');
    files = replaceIn(files, 'data/places/communes.csv', '210201,2102,Chambak,ចំបក់,', '210201,2102,Chambak,,');
    // A record with schema errors drops out, so changes.yaml's mention of it is checked separately below.
    const issues = issuesOf(files).filter((issue) => issue.file !== CHANGES);
    const where = issues.map((i) => `${i.file}|${i.record ?? ''}|${i.field ?? ''}`).sort();
    expect(where, describeIssues(issues)).toEqual(
      [
        `${CHEN_CHOY}|chen-choy|from_party`,
        `${CHEN_CHOY}|chen-choy|status`,
        `${UL_POV}|ul-pov|reason.quote.text`,
        `${UL_POV}|ul-pov|role`,
        `${UL_POV}|ul-pov|sources[0].url`,
        'data/events.yaml||',
        'data/places/communes.csv|210201|name_km'
      ].sort()
    );
    for (const issue of issues) expectInformative(issue);
  });

  it('a record that fails validation is not also reported as an unknown id in changes.yaml', () => {
    const files = replaceIn(validFiles(), UL_POV, 'role: commune-councillor\n', 'role: mayor\n');
    const issues = issuesOf(files);
    expect(issues.filter((issue) => issue.file === CHANGES), describeIssues(issues)).toEqual([]);
  });

  it('formatIssue prints file:line, record, field, found, expected and fix', () => {
    const files = replaceIn(validFiles(), UL_POV, 'role: commune-councillor\n', 'role: mayor\n');
    const [issue] = issuesOf(files);
    const text = formatIssue(issue);
    expect(text).toContain(`${UL_POV}:5`);
    expect(text).toContain('record "ul-pov"');
    expect(text).toContain('field role');
    expect(text).toMatch(/found: +"mayor"/);
    expect(text).toMatch(/expected: +one of:/);
    expect(text).toMatch(/fix: +Use one of the role codes/);
  });
});

describe('the real data/', () => {
  // data/ is being written alongside the code: this passes once every record is complete.
  it('passes validation', () => {
    const { issues, dataset } = loadDataset(ROOT);
    expect(issues, describeIssues(issues)).toEqual([]);
    expect(dataset.defections.length).toBeGreaterThan(0);
    expect(dataset.provinces).toHaveLength(25);
  });
});
