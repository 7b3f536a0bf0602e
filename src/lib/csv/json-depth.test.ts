import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth';

describe('tooDeepAt', () => {
  it('finds where JSON first nests deeper than the limit, without parsing it', () => {
    expect(tooDeepAt('['.repeat(100_000) + ']'.repeat(100_000))).toBe(MAX_JSON_DEPTH);
    expect(tooDeepAt(`{"a": ${'['.repeat(MAX_JSON_DEPTH)}`)).toBe(6 + MAX_JSON_DEPTH - 1);
  });

  it('accepts JSON as deep as the limit, and brackets inside strings', () => {
    expect(tooDeepAt('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeUndefined();
    expect(tooDeepAt(JSON.stringify(['['.repeat(1000), '\\"[[[', { a: '{'.repeat(1000) }]))).toBeUndefined();
    expect(tooDeepAt('[{"outlet": "x", "url": "https://x.org"}]')).toBeUndefined();
  });

  it('counts brackets after an escaped backslash at the end of a string', () => {
    expect(tooDeepAt(`["\\\\", ${'['.repeat(MAX_JSON_DEPTH)}]`)).toBeDefined();
  });
});
