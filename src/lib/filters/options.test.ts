import { describe, expect, it } from 'vitest';
import { optionsFrom } from './options';

describe('optionsFrom', () => {
  const labels = { a: 'Alpha', b: 'Beta', c: 'Gamma' };

  it('lists every option in the labels’ order with its count, hiding those no row has unless chosen', () => {
    const options = optionsFrom(labels, new Map([['b', 3]]), ['c']);
    expect(options).toEqual([
      { value: 'a', label: 'Alpha', count: 0, hidden: true },
      { value: 'b', label: 'Beta', count: 3, hidden: false },
      { value: 'c', label: 'Gamma', count: 0, hidden: false }
    ]);
  });

  it('takes labels as pairs too', () => {
    expect(optionsFrom([['x', 'X']], new Map([['x', 1]]))).toEqual([{ value: 'x', label: 'X', count: 1, hidden: false }]);
  });
});
