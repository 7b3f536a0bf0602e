// data/case.yaml, Cambodia's case identity: the real file passes, and broken copies are rejected naming file and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '$lib/data/issues';
import { readCambodiaCase } from '$lib/server/cambodia-case';
import { CAMBODIA_CASE_FILE, parseCambodiaCase } from './cambodia-case';

const text = readFileSync(CAMBODIA_CASE_FILE, 'utf8');
/** data/case.yaml with `from` replaced by `to` (which must be there, or the test would prove nothing). */
function broken(from: string | RegExp, to: string) {
  expect(text).toMatch(from);
  return parseCambodiaCase(text.replace(from, to));
}

describe('data/case.yaml', () => {
  it('is valid, and gives the words in English and Khmer', () => {
    const { words, issues } = readCambodiaCase();
    expect(issues).toEqual([]);
    expect(words?.id).toBe('cambodia-2017');
    expect(words?.languages).toEqual(['en', 'km']);
    expect(words?.levels.map((level) => level.key)).toEqual(['province', 'district', 'commune']);
    expect(words?.levels[0].name).toEqual({ en: 'Province', km: 'ខេត្ត' });
    expect(words?.strings.records_one.en).toBe('sourced defection record');
  });
});

describe('a broken data/case.yaml is rejected, naming the file, the field and the fix', () => {
  it('a phrase without its Khmer', () => {
    const { words, issues } = broken(/\n {2}km: "កម្ពុជា[^\n]*/, '');
    expect(words).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'data/case.yaml', field: 'page_title.km', found: 'nothing' });
    expect(issues[0].fix).toMatch(/page_title as \{ en: "…", km: "…" \}/);
    expect(formatIssue(issues[0])).toContain('data/case.yaml › field page_title.km');
  });

  it('a level out of place or misspelt', () => {
    const { issues } = broken('- key: district', '- key: distrit');
    expect(issues).toEqual([expect.objectContaining({ field: 'levels[1].key', found: '"distrit"', expected: 'one of: district' })]);
    expect(issues[0].fix).toMatch(/keys province, district and commune/);
  });

  it('an unknown field', () => {
    const { issues } = broken('subject_one:', 'subject_uno:');
    expect(issues.map((issue) => issue.field).sort()).toEqual(['strings.subject_one', 'strings.subject_uno']);
    expect(issues.find((issue) => issue.field === 'strings.subject_uno')).toMatchObject({
      found: 'unknown field "subject_uno"',
      fix: 'Remove "subject_uno" or correct its spelling (see src/lib/case/cambodia-case.ts).'
    });
  });

  it('a language other than English and Khmer', () => {
    const { issues } = broken('languages: [en, km]', 'languages: [en, fr]');
    expect(issues).toEqual([expect.objectContaining({ field: 'languages[1]', found: '"fr"', fix: expect.stringMatching(/languages: \[en, km\]/) })]);
  });

  it('an empty phrase', () => {
    const { issues } = broken('records: { en: sourced defection records,', 'records: { en: "",');
    expect(issues).toEqual([expect.objectContaining({ field: 'strings.records.en', expected: 'at least 1 character' })]);
  });

  it('a missing file', () => {
    const { words, issues } = parseCambodiaCase(undefined);
    expect(words).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ file: 'data/case.yaml', found: 'no such file' })]);
  });

  it('a YAML syntax error, with its line', () => {
    const { issues } = broken(/\ntitle:\n/, '\ntitle: [\n');
    expect(issues).toEqual([expect.objectContaining({ file: 'data/case.yaml', expected: 'valid YAML' })]);
    expect(issues[0].line).toBeGreaterThan(1);
  });

  it('a file that is not a map', () => {
    const { issues } = parseCambodiaCase('- id: cambodia-2017\n');
    expect(issues).toEqual([expect.objectContaining({ field: undefined, fix: expect.stringMatching(/as a map with the fields id, title/) })]);
  });
});
