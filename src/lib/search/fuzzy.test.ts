import { describe, expect, it } from 'vitest';
import { boundedDistance, nearWords, typoBudget } from './fuzzy';

/** The whole table, no band, no early exit: what boundedDistance must agree with. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('boundedDistance', () => {
  it('counts a substitution, an insertion, a deletion and a swap of neighbours as one', () => {
    expect(boundedDistance('chantha', 'chanta', 2)).toBe(1);
    expect(boundedDistance('seng', 'sang', 2)).toBe(1);
    expect(boundedDistance('pengleap', 'pengleab', 2)).toBe(1);
    expect(boundedDistance('sokun', 'soukn', 2)).toBe(1);
    expect(boundedDistance('vichet', 'vichte', 2)).toBe(1);
    expect(boundedDistance('kimkhorn', 'kimkorm', 2)).toBe(2);
  });

  it('answers max + 1 beyond the bound, whatever the true distance', () => {
    expect(boundedDistance('kampong', 'kampot', 1)).toBe(2);
    expect(boundedDistance('battambang', 'pursat', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('agrees with the full table on random words, up to the bound', () => {
    const next = random(25);
    const letters = 'abcdhk';
    const word = () => Array.from({ length: Math.floor(next() * 9) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let run = 0; run < 5000; run++) {
      const [a, b, max] = [word(), word(), Math.floor(next() * 4)];
      expect(boundedDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(fullDistance(a, b), max + 1));
    }
  });

  it('agrees with the full table on near words (one or two edits apart)', () => {
    const next = random(7);
    const letters = 'aeiknost';
    for (let run = 0; run < 3000; run++) {
      const a = Array.from({ length: 3 + Math.floor(next() * 10) }, () => letters[Math.floor(next() * letters.length)]).join('');
      let b = a;
      for (let edit = 0; edit < 1 + Math.floor(next() * 2); edit++) {
        const at = Math.floor(next() * (b.length + 1));
        const letter = letters[Math.floor(next() * letters.length)];
        const kind = Math.floor(next() * 4);
        if (kind === 0) b = b.slice(0, at) + letter + b.slice(at);
        else if (kind === 1) b = b.slice(0, at) + b.slice(at + 1);
        else if (kind === 2) b = b.slice(0, at) + letter + b.slice(at + 1);
        else if (at + 1 < b.length) b = b.slice(0, at) + b[at + 1] + b[at] + b.slice(at + 2);
      }
      for (const max of [1, 2]) expect(boundedDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(fullDistance(a, b), max + 1));
    }
  });

  it('works on Khmer script, letter by letter', () => {
    expect(boundedDistance('ដំរីជាន់ខ្លា', 'ដំរីជាន់ខ្លៅ', 1)).toBe(1);
  });
});

describe('typoBudget', () => {
  it('allows none below four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('nearWords', () => {
  const words = ['chheng', 'chantha', 'chanthy', 'seng', 'sang', 'kang', 'kong', 'pengleap', 'kimkhorn', 'damrei'];

  it('finds the words one letter off, nearest first, without the term itself', () => {
    expect(nearWords('chanta', words)).toEqual(['chantha']);
    expect(nearWords('chantha', words)).toEqual(['chanthy']);
    expect(nearWords('seng', words)).toEqual(['sang']);
    expect(nearWords('pengleab', words)).toEqual(['pengleap']);
    expect(nearWords('kimkorm', words)).toEqual([]);
    expect(nearWords('kimkhorm', words)).toEqual(['kimkhorn']);
    expect(nearWords('kimkohrm', words)).toEqual(['kimkhorn']);
  });

  it('leaves terms under four letters alone', () => {
    expect(nearWords('kan', words)).toEqual([]);
  });

  it('answers 5,000 words well under a millisecond', () => {
    const next = random(1);
    const letters = 'abcdeghiklmnoprstuy';
    const vocabulary = Array.from({ length: 5000 }, () => Array.from({ length: 3 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * letters.length)]).join(''));
    for (let warm = 0; warm < 20; warm++) nearWords('chantha', vocabulary);
    const times: number[] = [];
    for (const term of ['chantha', 'pengleap', 'seng', 'meanphal', 'kimkhorn', 'sokun'].flatMap((term) => Array(10).fill(term) as string[])) {
      const start = performance.now();
      nearWords(term, vocabulary);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length / 2)]).toBeLessThan(1);
  });
});
