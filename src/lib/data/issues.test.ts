import { describe, expect, it } from 'vitest';
import { describeValue, fixFor, formatIssue, formatPath } from './issues';

describe('issues', () => {
  it('formatPath writes dotted fields and bracketed indexes', () => {
    expect(formatPath(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(formatPath(['reactions', 2, 'quote'])).toBe('reactions[2].quote');
    expect(formatPath([])).toBe('');
  });

  it('describeValue quotes strings, says "nothing" for missing values, and shortens long ones', () => {
    expect(describeValue('mayor')).toBe('"mayor"');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(3)).toBe('3');
    expect(describeValue('x'.repeat(500))).toHaveLength(78);
    expect(describeValue('x'.repeat(500)).endsWith('…')).toBe(true);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object]');
    expect(describeValue(10n)).toBe('10');
  });

  it('fixFor picks advice by the last named field of the path', () => {
    expect(fixFor(['sources', 0, 'url'], 'fallback')).toContain('http');
    expect(fixFor(['place', 'commune'], 'fallback')).toContain('communes.csv');
    expect(fixFor(['person', 'age', 'years'], 'fallback')).toBe('fallback');
  });

  it('formatIssue leaves out what is unknown', () => {
    expect(formatIssue({ file: 'data/tallies.yaml', found: 'no such file', expected: 'a YAML list', fix: 'Create it.' })).toBe(
      'data/tallies.yaml\n  found:    no such file\n  expected: a YAML list\n  fix:      Create it.'
    );
    expect(formatIssue({ file: 'data/x.yaml', line: 4, record: 'x', field: 'role', found: 'a', expected: 'b', fix: 'c' }).split('\n')[0]).toBe(
      'data/x.yaml:4 › record "x" › field role'
    );
  });
});
