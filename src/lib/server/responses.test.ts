import { describe, expect, it } from 'vitest';
import { asciiJson } from './responses';

describe('asciiJson', () => {
  const value = { name: 'ឃុំស្រក', accented: 'Kâmpóng', emoji: 'a😀b', lone: 'x\ud800y', quote: '"\\', n: [1, null] };

  it('writes pure ASCII', () => {
    expect(asciiJson(value)).toMatch(/^[\x20-\x7e]*$/);
    expect(asciiJson(value)).toContain('\\u1783');
  });

  it('parses back to the same value, surrogate pairs and lone surrogates included', () => {
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });

  it('leaves ASCII-only JSON as JSON.stringify writes it', () => {
    expect(asciiJson({ a: 'plain', b: [1, 2] })).toBe(JSON.stringify({ a: 'plain', b: [1, 2] }));
  });
});
