// The rows as typed columns of small integer codes, so that one filter change at 100,000 rows is a single tight loop
// over arrays — no closures, strings or Maps per row — that filters and counts everything the dashboard draws.
// What it computes is defined by the plain reference (reference.ts); the tests check it against that on random filter
// states.
import type { DefectionRow } from '$lib/data/rows';
import { placeSearchTextOf, REACTION_KINDS, searchTextOf, VOICES } from '$lib/data/rows';
import { normaliseForSearch } from '$lib/search/normalise';
import { STANCES } from '$lib/schema/vocabulary';
import { isDatedToDay } from './counts';
import { heard } from './predicates';
import { compareSortKeys, sortKeyOf } from './sort-order';
import type { FilterState, SortKey } from './state';

/** The option filters whose choices show counts; each has a column of codes here. */
export const OPTION_DIMENSIONS = ['role', 'fromParty', 'toParty', 'tag', 'voice', 'stance', 'status'] as const;
export type OptionDimension = (typeof OPTION_DIMENSIONS)[number];

// Slots for the dimensions a row can fail; a row failing exactly one still counts for that dimension's chart.
const PROVINCE = 0, DATE = 1, ROLE = 2, FROM_PARTY = 3, TO_PARTY = 4, TAG = 5, REACTION = 6, STATUS = 7, WAVE = 8, TEXT = 9;
const NONE = -1;

/** Distinct values of one field, each with a small integer code in order of first appearance. */
class Codes<V = string> {
  readonly values: V[] = [];
  readonly #codes = new Map<V, number>();

  code(value: V): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.#codes.set(value, code);
    }
    return code;
  }

  /** A lookup table: 1 for the codes of the chosen values (values no row has are simply absent). */
  accepting(chosen: readonly V[]): Uint8Array {
    const table = new Uint8Array(this.values.length);
    for (const value of chosen) {
      const code = this.#codes.get(value);
      if (code !== undefined) table[code] = 1;
    }
    return table;
  }

  /** The chosen values as a bit mask (multi-valued fields). */
  mask(chosen: readonly V[]): number {
    let mask = 0;
    for (const value of chosen) {
      const code = this.#codes.get(value);
      if (code !== undefined) mask |= 1 << code;
    }
    return mask;
  }
}

/**
 * The distinct sets of values a multi-valued column holds, each a bit mask with a small code: rows are counted per
 * set, and each set's count is added to its values once at the end, rather than walking every row's bits.
 */
class ValueSets extends Codes<number> {
  /** Per value, the sum of the counts of the sets holding it. */
  valueCounts(setCounts: Int32Array, values: number): Int32Array {
    const counts = new Int32Array(values);
    setCounts.forEach((count, code) => {
      if (count === 0) return;
      // Lowest set bit first, cleared each turn.
      for (let mask = this.values[code]; mask !== 0; mask &= mask - 1) counts[31 - Math.clz32(mask & -mask)] += count;
    });
    return counts;
  }

  /** Per group of values (a mask each), the sum of the counts of the sets holding any value of the group. */
  kindCounts(setCounts: Int32Array, groups: readonly number[]): Int32Array {
    const counts = new Int32Array(groups.length);
    setCounts.forEach((count, code) => {
      if (count === 0) return;
      for (let g = 0; g < groups.length; g++) if (this.values[code] & groups[g]) counts[g] += count;
    });
    return counts;
  }
}

const REACTION_INDEX = new Map(REACTION_KINDS.map((kind, index) => [kind, index]));
const STANCE_VALUES = Object.keys(STANCES) as (keyof typeof STANCES)[];

/** The kinds of reaction the reaction filters ask for, as a bit mask over REACTION_KINDS. */
function reactionMask(state: Pick<FilterState, 'voices' | 'stances'>): number {
  const asked = heard(state);
  return REACTION_KINDS.reduce((mask, kind, index) => (asked(kind) ? mask | (1 << index) : mask), 0);
}

/** YYYY-MM-DD as the number YYYYMMDD: ordered as the strings are, compared without allocating. */
const dayNumber = (day: string): number => Number(day.slice(0, 4)) * 10000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/** Everything one filter state gives, as counts per code: the dashboard's view is assembled from these (view.ts). */
export interface CrossCounts {
  /** 1 where the row passes every filter. */
  passing: Uint8Array;
  records: number;
  people: number;
  provinces: number;
  /**
   * Rows passing every other filter whose date span overlaps the window without lying inside it (uncertainlyInWindow):
   * left out under the `within` rule, counted under `overlap`; 0 without a window.
   */
  datesUncertain: number;
  /** Index into `days` of the first and last day among passing rows dated to a day; NONE when there are none. */
  firstDay: number;
  lastDay: number;
  /** Every filter but the province's (the map). */
  map: { records: Int32Array; people: Float64Array; placeRecords: Int32Array };
  /** Every filter but the date range's (the timeline). */
  timeline: { records: Int32Array; people: Float64Array; notOnTimeline: number };
  /** Each option filter's counts with the other filters held, per code of that dimension. */
  options: Record<OptionDimension, Int32Array>;
}

type SingleColumn = { slot: number; column: Uint8Array; accept: Uint8Array };
type MaskColumn = { slot: number; column: Uint32Array; mask: number };

export class RowIndex {
  readonly rows: readonly DefectionRow[];
  readonly provinces = new Codes();
  readonly roles = new Codes();
  readonly parties = new Codes();
  readonly statuses = new Codes();
  readonly waves = new Codes();
  readonly tags = new Codes();
  /** Province and commune name pairs: the map's "top communes" count communes by name within a province. */
  readonly places: { provinceCode: number; name: string; nameKm?: string }[] = [];
  /** Distinct days of day-dated records, ascending: the timeline's day slots. */
  readonly days: string[];

  readonly #live: Uint8Array;
  readonly #province: Uint8Array;
  readonly #role: Uint8Array;
  readonly #fromParty: Uint8Array;
  readonly #toParty: Uint8Array;
  readonly #status: Uint8Array;
  readonly #wave: Uint8Array;
  readonly #tags: Uint32Array;
  /** Each row's kinds of reaction, a bit per REACTION_KINDS entry. */
  readonly #reactions: Uint32Array;
  /** Each row's set of tags and of reactions, coded, for counting. */
  readonly #tagSets = new ValueSets();
  readonly #tagSet: Uint32Array;
  readonly #reactionSets = new ValueSets();
  readonly #reactionSet: Uint32Array;
  /** First and last possible day as YYYYMMDD; NaN when undated (every comparison with NaN is false). */
  readonly #start: Float64Array;
  readonly #end: Float64Array;
  /** Index into `days`, NONE unless dated to a day. */
  readonly #day: Int32Array;
  readonly #people: Float64Array;
  readonly #place: Int32Array;
  readonly #orders = new Map<string, Uint32Array>();
  /** Search texts (prepareSearch): each row's own, and its place's as a code into `#placeTexts`. */
  readonly #ownText: string[] = [];
  readonly #placeText: Int32Array;
  readonly #placeTexts = new Codes();
  #search: { terms: string[]; matches: Uint8Array } | undefined;

  constructor(rows: readonly DefectionRow[]) {
    const n = rows.length;
    this.rows = rows;
    this.#live = new Uint8Array(n);
    this.#province = new Uint8Array(n);
    this.#role = new Uint8Array(n);
    this.#fromParty = new Uint8Array(n);
    this.#toParty = new Uint8Array(n);
    this.#status = new Uint8Array(n);
    this.#wave = new Uint8Array(n);
    this.#tags = new Uint32Array(n);
    this.#reactions = new Uint32Array(n);
    this.#tagSet = new Uint32Array(n);
    this.#reactionSet = new Uint32Array(n);
    this.#start = new Float64Array(n);
    this.#end = new Float64Array(n);
    this.#day = new Int32Array(n);
    this.#people = new Float64Array(n);
    this.#place = new Int32Array(n);
    this.#placeText = new Int32Array(n);

    const placeCodes = new Map<string, number>();
    const dayValues = new Set<string>();
    for (const row of rows) if (isDatedToDay(row)) dayValues.add(row.start);
    this.days = [...dayValues].sort();
    const dayIndex = new Map(this.days.map((day, index) => [day, index]));

    rows.forEach((row, i) => {
      this.#live[i] = row.retracted ? 0 : 1;
      this.#province[i] = this.provinces.code(row.provinceIso);
      this.#role[i] = this.roles.code(row.role);
      this.#fromParty[i] = this.parties.code(row.fromParty);
      this.#toParty[i] = this.parties.code(row.toParty);
      this.#status[i] = this.statuses.code(row.status);
      this.#wave[i] = this.waves.code(row.wave);
      for (const tag of row.tags) this.#tags[i] |= 1 << this.tags.code(tag);
      for (const kind of row.reactions) this.#reactions[i] |= 1 << REACTION_INDEX.get(kind)!;
      this.#tagSet[i] = this.#tagSets.code(this.#tags[i]);
      this.#reactionSet[i] = this.#reactionSets.code(this.#reactions[i]);
      this.#start[i] = row.start === undefined || row.end === undefined ? NaN : dayNumber(row.start);
      this.#end[i] = row.start === undefined || row.end === undefined ? NaN : dayNumber(row.end);
      this.#day[i] = isDatedToDay(row) ? dayIndex.get(row.start)! : NONE;
      this.#people[i] = row.people;
      let place = NONE;
      if (row.communeName) {
        const key = `${row.provinceIso}\u0000${row.communeName}`;
        place = placeCodes.get(key) ?? NONE;
        if (place === NONE) {
          place = this.places.length;
          placeCodes.set(key, place);
          this.places.push({ provinceCode: this.#province[i], name: row.communeName, nameKm: row.communeNameKm });
        }
      }
      this.#place[i] = place;
    });
    // Bit masks hold 32 values; the vocabularies have 11 reasons and 15 kinds of reaction (3 voices × 5 stances).
    if (this.tags.values.length > 32 || REACTION_KINDS.length > 32) throw new Error('RowIndex: more than 32 reason tags or kinds of reaction');
    if (Math.max(this.provinces.values.length, this.roles.values.length, this.parties.values.length, this.statuses.values.length, this.waves.values.length) > 256) {
      throw new Error('RowIndex: more than 256 values in a coded column');
    }
  }

  get size(): number {
    return this.rows.length;
  }

  /** Row positions in table order, computed once per sort order. */
  order(state: Pick<FilterState, 'sort' | 'descending'>): Uint32Array {
    const key = `${state.sort satisfies SortKey}:${state.descending}`;
    let order = this.#orders.get(key);
    if (!order) {
      // sortRows's order, over positions, with keys read once per row rather than twice per comparison.
      const pick = sortKeyOf(state);
      const keys = this.rows.map(pick);
      const ids = this.rows.map((row) => row.id);
      const direction = state.descending ? -1 : 1;
      order = Uint32Array.from(this.rows.keys()).sort((a, b) => compareSortKeys(keys[a], keys[b], ids[a], ids[b], direction));
      this.#orders.set(key, order);
    }
    return order;
  }

  /**
   * 1 for each row whose search texts hold every term. A term is looked for once per place, and in a row's own text only
   * when its place's lacks it: at 100k rows the place texts are a few thousand, and most of each row's text. Typing
   * narrows a search, so when every earlier term is part of a new one, only the earlier matches are tested again, and
   * only for the terms they may lack: a term within an earlier one ("person" typed on to "person 1") they all hold.
   */
  textMatches(query: string): Uint8Array | undefined {
    const normalised = normaliseForSearch(query);
    if (!normalised) return undefined;
    const terms = normalised.split(' ');
    const previous = this.#search;
    if (previous && previous.terms.join(' ') === normalised) return previous.matches;
    const narrows = previous !== undefined && previous.terms.every((old) => terms.some((term) => term.includes(old)));
    const tested = narrows ? terms.filter((term) => !previous.terms.some((old) => old.includes(term))) : terms;
    this.prepareSearch(this.size);
    const ownText = this.#ownText;
    const placeText = this.#placeText;
    const placeTexts = this.#placeTexts.values;
    // A loop, not Uint8Array.from(texts, test): that walks the texts through an iterator, an object per text per letter.
    const inPlace = tested.map((term) => {
      const holds = new Uint8Array(placeTexts.length);
      for (let p = 0; p < placeTexts.length; p++) holds[p] = placeTexts[p].includes(term) ? 1 : 0;
      return holds;
    });
    const matches = new Uint8Array(this.size);
    for (let i = 0; i < this.size; i++) {
      if (narrows && !previous.matches[i]) continue;
      let all = 1;
      for (let t = 0; t < tested.length; t++) {
        if (!inPlace[t][placeText[i]] && !ownText[i].includes(tested[t])) {
          all = 0;
          break;
        }
      }
      matches[i] = all;
    }
    this.#search = { terms, matches };
    return matches;
  }

  /**
   * Builds the search texts of the next `rows` rows, ahead of the first search, a slice at a time: an input arriving
   * during a slice waits for it to end. True once every row's are built.
   */
  prepareSearch(rows = 250): boolean {
    const from = this.#ownText.length;
    const to = Math.min(this.size, from + rows);
    for (let i = from; i < to; i++) {
      const row = this.rows[i];
      this.#ownText.push(searchTextOf(row));
      this.#placeText[i] = this.#placeTexts.code(placeSearchTextOf(row));
    }
    return to === this.size;
  }

  /** Filters and counts in one pass: the rows passing every filter, and each chart's "every filter but mine" counts. */
  count(state: FilterState): CrossCounts {
    const singles: SingleColumn[] = [];
    const masks: MaskColumn[] = [];
    const single = (slot: number, column: Uint8Array, codes: Codes, chosen: readonly string[]) => {
      if (chosen.length) singles.push({ slot, column, accept: codes.accepting(chosen) });
    };
    single(PROVINCE, this.#province, this.provinces, state.provinces);
    single(ROLE, this.#role, this.roles, state.roles);
    single(FROM_PARTY, this.#fromParty, this.parties, state.fromParties);
    single(TO_PARTY, this.#toParty, this.parties, state.toParties);
    single(STATUS, this.#status, this.statuses, state.statuses);
    if (state.wave !== 'all') single(WAVE, this.#wave, this.waves, [state.wave]);
    const text = this.textMatches(state.q);
    if (text) singles.push({ slot: TEXT, column: text, accept: Uint8Array.of(0, 1) });
    if (state.tags.length) masks.push({ slot: TAG, column: this.#tags, mask: this.tags.mask(state.tags) });
    if (state.voices.length || state.stances.length) masks.push({ slot: REACTION, column: this.#reactions, mask: reactionMask(state) });
    const dated = Boolean(state.from || state.to);
    const overlapCounts = state.dates === 'overlap';
    const from = state.from ? dayNumber(state.from) : -Infinity;
    const to = state.to ? dayNumber(state.to) : Infinity;

    const n = this.size;
    const passing = new Uint8Array(n);
    const provinceSeen = new Uint8Array(this.provinces.values.length);
    const map = {
      records: new Int32Array(this.provinces.values.length),
      people: new Float64Array(this.provinces.values.length),
      placeRecords: new Int32Array(this.places.length)
    };
    const timeline = { records: new Int32Array(this.days.length), people: new Float64Array(this.days.length), notOnTimeline: 0 };
    const options = {
      role: new Int32Array(this.roles.values.length),
      fromParty: new Int32Array(this.parties.values.length),
      toParty: new Int32Array(this.parties.values.length),
      status: new Int32Array(this.statuses.values.length)
    };
    const tagSetCounts = new Int32Array(this.#tagSets.values.length);
    const reactionSetCounts = new Int32Array(this.#reactionSets.values.length);
    let records = 0;
    let people = 0;
    let datesUncertain = 0;
    let firstDay = NONE;
    let lastDay = NONE;

    // Columns in locals: the loop below runs once per row, and a local is cheaper to read than a private field.
    const live = this.#live, province = this.#province, role = this.#role, fromParty = this.#fromParty, toParty = this.#toParty;
    const status = this.#status, tagSet = this.#tagSet, reactionSet = this.#reactionSet, start = this.#start, end = this.#end;
    const dayOf = this.#day, peopleOf = this.#people, place = this.#place;

    rows: for (let i = 0; i < n; i++) {
      if (!live[i]) continue;
      let failed = NONE;
      for (let s = 0; s < singles.length; s++) {
        const { column, accept, slot } = singles[s];
        if (!accept[column[i]]) {
          if (failed !== NONE) continue rows;
          failed = slot;
        }
      }
      for (let s = 0; s < masks.length; s++) {
        const { column, mask, slot } = masks[s];
        if ((column[i] & mask) === 0) {
          if (failed !== NONE) continue rows;
          failed = slot;
        }
      }
      if (dated) {
        // NaN (undated) compares false: neither overlapping nor within.
        const overlaps = start[i] <= to && end[i] >= from;
        const within = start[i] >= from && end[i] <= to;
        if (overlaps && !within && failed === NONE) datesUncertain += 1;
        if (!(overlapCounts ? overlaps : within)) {
          if (failed !== NONE) continue rows;
          failed = DATE;
        }
      }

      const all = failed === NONE;
      const rowPeople = peopleOf[i];
      const day = dayOf[i];
      if (all) {
        passing[i] = 1;
        records += 1;
        people += rowPeople;
        provinceSeen[province[i]] = 1;
        if (day !== NONE) {
          if (firstDay === NONE || day < firstDay) firstDay = day;
          if (day > lastDay) lastDay = day;
        }
      }
      if (all || failed === PROVINCE) {
        map.records[province[i]] += 1;
        map.people[province[i]] += rowPeople;
        if (place[i] !== NONE) map.placeRecords[place[i]] += 1;
      }
      if (all || failed === DATE) {
        if (day === NONE) timeline.notOnTimeline += 1;
        else {
          timeline.records[day] += 1;
          timeline.people[day] += rowPeople;
        }
      }
      if (all || failed === ROLE) options.role[role[i]] += 1;
      if (all || failed === FROM_PARTY) options.fromParty[fromParty[i]] += 1;
      if (all || failed === TO_PARTY) options.toParty[toParty[i]] += 1;
      if (all || failed === STATUS) options.status[status[i]] += 1;
      if (all || failed === TAG) tagSetCounts[tagSet[i]] += 1;
      if (all || failed === REACTION) reactionSetCounts[reactionSet[i]] += 1;
    }

    const emptyProvince = this.provinces.values.indexOf('');
    let provinces = 0;
    for (let code = 0; code < provinceSeen.length; code++) if (provinceSeen[code] && code !== emptyProvince) provinces += 1;
    const tag = this.#tagSets.valueCounts(tagSetCounts, this.tags.values.length);
    // A stance counts the rows with a reaction of that stance in the chosen voices; a voice, those of the chosen stances.
    const voice = this.#reactionSets.kindCounts(reactionSetCounts, VOICES.map((v) => reactionMask({ voices: [v], stances: state.stances })));
    const stance = this.#reactionSets.kindCounts(reactionSetCounts, STANCE_VALUES.map((s) => reactionMask({ voices: state.voices, stances: [s] })));
    return { passing, records, people, provinces, datesUncertain, firstDay, lastDay, map, timeline, options: { ...options, tag, voice, stance } };
  }

  /** The passing rows in table order, built a page at a time. */
  passingRows(passing: Uint8Array, count: number, order: Uint32Array): PassingRows {
    return new PassingRows(this.rows, passing, count, order);
  }

  /** The codes of an option dimension's column, to name the counts of `CrossCounts.options`. */
  optionValues(dimension: OptionDimension): readonly string[] {
    const values = { role: this.roles.values, fromParty: this.parties.values, toParty: this.parties.values, tag: this.tags.values, voice: VOICES, stance: STANCE_VALUES, status: this.statuses.values };
    return values[dimension];
  }
}

/** Rows in table order, as much of an array as a table needs: a view may hold 100,000 rows, a page shows 50. */
export type RowList = Pick<readonly DefectionRow[], 'length' | 'slice'>;

export class PassingRows implements RowList {
  readonly #rows: readonly DefectionRow[];
  readonly #passing: Uint8Array;
  readonly #order: Uint32Array;
  readonly length: number;

  constructor(rows: readonly DefectionRow[], passing: Uint8Array, count: number, order: Uint32Array) {
    this.#rows = rows;
    this.#passing = passing;
    this.length = count;
    this.#order = order;
  }

  /** Like Array.prototype.slice for non-negative bounds: the passing rows from `start` up to `end`. */
  slice(start = 0, end = this.length): DefectionRow[] {
    const rows: DefectionRow[] = [];
    let seen = 0;
    for (let k = 0; k < this.#order.length && seen < end; k++) {
      const i = this.#order[k];
      if (!this.#passing[i]) continue;
      if (seen >= start) rows.push(this.#rows[i]);
      seen += 1;
    }
    return rows;
  }
}
