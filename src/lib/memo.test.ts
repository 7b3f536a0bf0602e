import { describe, expect, it } from 'vitest';
import { memo } from './memo';

describe('memo', () => {
  it('computes once per key and returns the same value after', () => {
    const calls: number[] = [];
    const square = memo((n: number) => (calls.push(n), { n: n * n }));
    const first = square(3);
    expect(square(3)).toBe(first);
    expect(square(4)).toEqual({ n: 16 });
    expect(calls).toEqual([3, 4]);
  });

  it('keeps undefined results too', () => {
    let calls = 0;
    const nothing = memo((_key: string) => (calls++, undefined));
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
