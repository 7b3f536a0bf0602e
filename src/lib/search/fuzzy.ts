// Typo-tolerant matching of one normalised word against a list of known words: names one letter off ("Chheng Chanta")
// still find their record. Pure and allocation-light, as the dashboard runs it over every distinct word per keystroke.

/**
 * How many typos a term of this length may carry: none below 4 letters (too many short names lie one letter apart:
 * Kang, Kong, Keo), one up to 7, two from 8.
 */
export function typoBudget(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

// Three rows of the distance table, reused between calls and grown as needed: no allocation per word compared.
let before = new Int32Array(32);
let above = new Int32Array(32);
let row = new Int32Array(32);

/**
 * The Damerau–Levenshtein distance of `a` and `b` (optimal string alignment: insertions, deletions, substitutions and
 * swaps of two neighbouring letters, each costing 1) when it is at most `max`, else `max + 1`. Only the band of the
 * table within `max` of the diagonal is filled, and the walk stops as soon as a whole row exceeds `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let end = a.length;
  let endB = b.length;
  if (Math.abs(end - endB) > max) return max + 1;
  let start = 0;
  while (start < end && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (end > start && endB > start && a.charCodeAt(end - 1) === b.charCodeAt(endB - 1)) {
    end--;
    endB--;
  }
  const n = end - start;
  const m = endB - start;
  if (n === 0 || m === 0) return Math.max(n, m) <= max ? Math.max(n, m) : max + 1;
  if (m + 1 > row.length) {
    before = new Int32Array(m + 1);
    above = new Int32Array(m + 1);
    row = new Int32Array(m + 1);
  }
  const outside = max + 1;
  for (let j = 0; j <= m; j++) above[j] = j <= max ? j : outside;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(start + i - 1);
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    row[0] = i <= max ? i : outside;
    if (from > 1) row[from - 1] = outside;
    let least = row[0];
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(start + j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = Math.min(above[j - 1] + cost, (j < i + max ? above[j] : outside) + 1, row[j - 1] + 1);
      if (i > 1 && j > 1 && ca === b.charCodeAt(start + j - 2) && a.charCodeAt(start + i - 2) === cb) value = Math.min(value, before[j - 2] + 1);
      row[j] = value > outside ? outside : value;
      if (row[j] < least) least = row[j];
    }
    if (to < m) row[to + 1] = outside;
    if (least > max) return outside;
    const spare = before;
    before = above;
    above = row;
    row = spare;
  }
  return above[m] <= max ? above[m] : outside;
}

/**
 * The words within `term`'s typo budget of it, nearest first, without `term` itself. Both sides normalised the same
 * way (normaliseForSearch / normaliseQuery, then split into words). The dashboard calls it once per query word over
 * the distinct words of its records, and treats a record holding any of the returned words as a close spelling.
 */
export function nearWords(term: string, words: Iterable<string>): string[] {
  const budget = typoBudget(term.length);
  if (budget === 0) return [];
  const found: [string, number][] = [];
  for (const word of words) {
    if (word === term) continue;
    const distance = boundedDistance(term, word, budget);
    if (distance <= budget) found.push([word, distance]);
  }
  return found.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).map(([word]) => word);
}
