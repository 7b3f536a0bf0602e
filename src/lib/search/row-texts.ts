// The dashboard's free-text search over the shipped columns: each row's own text and its place's (the same texts as
// searchTextOf and placeSearchTextOf in data/rows.ts), built in slices ahead of the first search, and the matching
// of a query against them — as typed, or, when no row holds every word as typed, by close spellings (fuzzy.ts).
import { ownSearchText, placeSearchText } from '$lib/data/rows';
import type { ColumnarRows } from '$lib/filters/columns';
import { nearWords, typoBudget } from './fuzzy';
import { normaliseForSearch } from './normalise';

/**
 * A search's matches, with the terms they were found for and how many live rows match; `close`, the close spellings
 * searched instead when no live row holds every term as typed.
 */
export type TextSearch = { terms: string[]; matches: Uint8Array; live: number; close: string[] };

export class RowTexts {
  readonly #encoded: ColumnarRows;
  readonly #size: number;
  /** 1 for a row that counts (not retracted). */
  readonly #live: Uint8Array;
  /** Each row's own text, and its place's as a code into `#placeTexts`. */
  readonly #ownText: string[] = [];
  readonly #placeText: Int32Array;
  readonly #placeTexts: string[] = [];
  readonly #placeCodes = new Map<string, number>();
  #search: TextSearch | undefined;
  /**
   * Every row's own text in one string, each after a line feed (which no normalised text or term holds), and where
   * each row's starts: a term is looked for with one native indexOf over it, not a test per row.
   */
  #joined: { text: string; starts: Int32Array } | undefined;
  /** Every distinct word of the texts: what a misspelt term is compared with. Collected as the texts are built. */
  readonly #words = new Set<string>();

  constructor(encoded: ColumnarRows, live: Uint8Array) {
    this.#encoded = encoded;
    this.#size = encoded.count;
    this.#live = live;
    this.#placeText = new Int32Array(encoded.count);
  }

  /**
   * The rows whose search texts hold every term. A term is looked for once per place, and in a row's own text only
   * when its place's lacks it: at 100k rows the place texts are a few thousand, and most of each row's text. Typing
   * narrows a search, so when every earlier term is part of a new one, only the earlier matches are tested again, and
   * only for the terms they may lack: a term within an earlier one ("person" typed on to "person 1") they all hold.
   */
  search(query: string): TextSearch | undefined {
    const normalised = normaliseForSearch(query);
    if (!normalised) return undefined;
    const terms = normalised.split(' ');
    const previous = this.#search;
    if (previous && previous.terms.join(' ') === normalised) return previous;
    const narrows = previous !== undefined && previous.close.length === 0 && previous.terms.every((old) => terms.some((term) => term.includes(old)));
    const tested = narrows ? terms.filter((term) => !previous.terms.some((old) => old.includes(term))) : terms;
    this.prepare(this.#size);
    const exact = this.#matching(tested.map((term) => [term]), narrows ? previous.matches : undefined);
    if (exact.live > 0) return (this.#search = { terms, ...exact, close: [] });
    // Nothing holds every term as typed: each term may be any of the words a letter or two from it (fuzzy.ts).
    // A term too short for typos has no close spellings (fuzzy.ts): then not a walk over every word either.
    if (terms.every((term) => typoBudget(term.length) === 0)) return (this.#search = { terms, ...exact, close: [] });
    const spellings = terms.map((term) => [term, ...nearWords(term, this.#words)]);
    const close = spellings.flatMap((alternatives) => alternatives.slice(1));
    return (this.#search = { terms, ...(close.length ? this.#matching(spellings) : exact), close });
  }

  /** The rows holding, for each group of spellings, one of them, in their own text or their place's. */
  #matching(spellings: string[][], among?: Uint8Array): { matches: Uint8Array; live: number } {
    const inOwn = spellings.map((alternatives) => this.#holding(alternatives));
    const placeText = this.#placeText;
    const placeTexts = this.#placeTexts;
    // A loop, not Uint8Array.from(texts, test): that walks the texts through an iterator, an object per text per letter.
    const inPlace = spellings.map((alternatives) => {
      const holds = new Uint8Array(placeTexts.length);
      for (let p = 0; p < placeTexts.length; p++) holds[p] = alternatives.some((term) => placeTexts[p].includes(term)) ? 1 : 0;
      return holds;
    });
    const matches = new Uint8Array(this.#size);
    let live = 0;
    for (let i = 0; i < this.#size; i++) {
      if (among && !among[i]) continue;
      let all = 1;
      for (let t = 0; t < spellings.length; t++) {
        if (inPlace[t][placeText[i]] || inOwn[t][i]) continue;
        all = 0;
        break;
      }
      matches[i] = all;
      live += all & this.#live[i];
    }
    return { matches, live };
  }

  /** 1 for each row whose own text holds one of `terms`. */
  #holding(terms: readonly string[]): Uint8Array {
    const n = this.#size;
    const { text, starts } = this.#joinedTexts();
    const holds = new Uint8Array(n);
    for (const term of terms) {
      let row = 0;
      for (let at = text.indexOf(term); at !== -1; ) {
        // The last row starting at or before the match (rows only move forward).
        let high = n - 1;
        while (row < high) {
          const middle = (row + high + 1) >> 1;
          if (starts[middle] <= at) row = middle;
          else high = middle - 1;
        }
        holds[row] = 1;
        if (++row >= n) break;
        at = text.indexOf(term, starts[row]);
      }
    }
    return holds;
  }

  #addWords(text: string) {
    for (const word of text.split(/[\s|]+/)) this.#words.add(word);
  }

  #joinedTexts(): { text: string; starts: Int32Array } {
    if (!this.#joined) {
      const starts = new Int32Array(this.#size);
      for (let i = 0, at = 1; i < this.#size; at += this.#ownText[i].length + 1, i++) starts[i] = at;
      this.#joined = { text: '\n' + this.#ownText.join('\n'), starts };
    }
    return this.#joined;
  }

  /**
   * Builds the search texts of the next `rows` rows, ahead of the first search, a slice at a time: an input arriving
   * during a slice waits for it to end. True once every row's are built. The texts are searchTextOf's and
   * placeSearchTextOf's (data/rows.ts), made from the columns.
   */
  prepare(rows = 250): boolean {
    const from = this.#ownText.length;
    const to = Math.min(this.#size, from + rows);
    const e = this.#encoded;
    const c = e.columns;
    for (let i = from; i < to; i++) {
      const own = ownSearchText([c.flags[i] & 2 ? '' : c.name[i], c.nameKm[i], c.romanisation[i], c.searchExtra[i]]);
      this.#ownText.push(own);
      this.#addWords(own);
      const place = c.place[i] >= 0 ? e.places[c.place[i]] : undefined;
      const [, provinceName, provinceNameKm] = e.provinces[e.codes.province[i]];
      const text = placeSearchText([place?.[3], place?.[4], place?.[5], e.asReported[c.asReported[i]], place?.[1], provinceName, provinceNameKm]);
      let code = this.#placeCodes.get(text);
      if (code === undefined) {
        this.#placeCodes.set(text, (code = this.#placeTexts.push(text) - 1));
        this.#addWords(text);
      }
      this.#placeText[i] = code;
    }
    if (to < this.#size) return false;
    // Joined as soon as the last text is built, so the first search does not wait for it.
    if (from < to) this.#joinedTexts();
    return true;
  }
}
