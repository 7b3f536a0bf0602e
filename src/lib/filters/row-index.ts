// The shipped columns (columns.ts) as typed arrays of small codes, so one filter change at 100,000 rows is a single
// tight loop over arrays — no closures, strings or Maps per row — that filters and counts everything the dashboard
// draws. Which columns there are and how each is tested comes from the declarations (dimensions.ts). What it computes is
// defined by the plain reference (tests/reference/filters.ts); the tests check it against that on random filter states.
import { dayNumber, dayOfNumber } from '$lib/day';
import type { DefectionRow } from '$lib/data/rows';
import { RowTexts } from '$lib/search/row-texts';
import { columnsOf, isMultiValued, rowDecoder, UNKNOWN_DAY, type ColumnarRows } from './columns';
import { FILTERS, slotOf, type Facet, type FilterDeclaration } from './dimensions';
import { valuesOf, type Dimension, type FilterState, type SortKey } from './state';

const NONE = -1;
/** Intervals open at one end reach these days (data/dates.ts): that end is not known. */
const OPEN_START = dayNumber('0000-01-01');
const OPEN_END = dayNumber('9999-12-31');

/** Everything one filter state gives, as counts per code: the dashboard's view is assembled from these (view.ts). */
export interface CrossCounts {
  /** 1 where the row passes every filter; how many do, and the people they cover. */
  passing: Uint8Array;
  records: number;
  people: number;
  provinces: number;
  /** Rows passing every other filter whose dates overlap the window without lying in it (uncertainlyInWindow). */
  datesUncertain: number;
  /** Slots in `days` of the first and last passing row dated to a day; NONE when there are none. */
  firstDay: number;
  lastDay: number;
  /** Every filter but the province's (the map): people per province code, records per commune (`places`). */
  map: { people: Float64Array; placeRecords: Int32Array };
  /** Every filter but the date window's (the timeline), per slot of `days`. */
  timeline: { records: Int32Array; people: Float64Array; notOnTimeline: number };
  /** Each filter's counts with the other filters held, per value of optionValues(key) (the province's: the map's records). */
  options: Record<string, Int32Array>;
}

/** A filter column: per row a code into `values`, or for several values a bit set of them with a code for each distinct set. */
interface Column {
  values: readonly string[];
  codes: Uint8Array | Uint32Array;
  /** Several values: the distinct sets and each row's set code (rows are counted per set, then per value). */
  sets?: { masks: number[]; of: Uint8Array | Uint16Array };
  /** Live rows per code (per set code for several values): which choices any row has, without a pass over the rows. */
  totals: Int32Array;
}

/**
 * A row passes when `accept` holds its code, or (several values, `accept` empty) when its bits meet `mask`. Made by
 * testOf only, so every test has one shape: the counting loop reads them at every row.
 */
type Test = { slot: number; codes: Uint8Array | Uint32Array; accept: Uint8Array; mask: number; column: Column | undefined };
const testOf = (slot: number, codes: Test['codes'], accept: Uint8Array, mask: number, column?: Column): Test => ({ slot, codes, accept, mask, column });
const NO_CODES = new Uint8Array(0);

export class RowIndex {
  readonly size: number;
  readonly filters: readonly FilterDeclaration[];
  /** Distinct days of day-dated records, ascending: the timeline's day slots. */
  readonly days: string[] = [];
  /** Province code and commune name pairs: the map's "top communes" count communes by name within a province. */
  readonly places: { provinceCode: number; name: string; nameKm?: string }[] = [];
  /** Each row as an object, made on first use. */
  readonly rowAt: (i: number) => DefectionRow;

  /** The columns it was built from. */
  readonly encoded: ColumnarRows;
  readonly #columns = new Map<string, Column>();
  /** Slot numbers: one per declaration's slot (facets share one), then the date window's and the text's. */
  readonly #slots: string[];
  readonly #live: Uint8Array;
  readonly #people: Float64Array;
  /** Day numbers of the first and last possible day; NaN when undated (every comparison with NaN is false). */
  readonly #start: Float64Array;
  readonly #end: Float64Array;
  /** Distinct date spans of live rows, for naming a date window that empties the view (made when one first does). */
  #spans: [number, number][] | undefined;
  /** Index into `days`, NONE unless dated to a day. */
  readonly #day: Int32Array;
  readonly #place: Int32Array;
  readonly #orders = new Map<string, Uint32Array>();
  #idOrder: Uint32Array | undefined;
  /**
   * What depends on the declarations alone, worked out once: per column, its declaration, column, slot and counter;
   * the slot each counter answers for; per facet value the column values holding it. count() runs on every change.
   */
  readonly #plan: {
    columns: { d: FilterDeclaration; column: Column; slot: number; facets: (Facet & { key: string })[] }[];
    counterOfSlot: Int32Array;
    date: number;
    text: number;
    /** Per filter: for a facet, each of its values' masks over the column's values; for several values, each value's bit. */
    groups: Map<string, number[]>;
  };
  #ids: Map<string, number> | undefined;
  readonly #texts: RowTexts;

  constructor(encoded: ColumnarRows, filters: readonly FilterDeclaration[] = FILTERS) {
    const declared = columnsOf(filters);
    const n = (this.size = encoded.count);
    const c = encoded.columns;
    this.encoded = encoded;
    this.filters = filters;
    this.rowAt = rowDecoder(encoded);
    this.#slots = [...new Set(filters.map(slotOf)), 'date', 'text'];
    // Plain loops over the columns, no Array.from with a function per row: this runs as the page loads, at 100,000 rows.
    const live = (this.#live = new Uint8Array(n));
    const start = (this.#start = new Float64Array(n));
    const end = (this.#end = new Float64Array(n));
    for (let i = 0; i < n; i++) {
      live[i] = (c.flags[i] & 4) === 0 ? 1 : 0;
      const undated = c.start[i] === UNKNOWN_DAY || c.end[i] === UNKNOWN_DAY;
      start[i] = undated ? NaN : c.start[i];
      end[i] = undated ? NaN : c.end[i];
    }
    this.#texts = new RowTexts(encoded, live);
    this.#people = Float64Array.from(c.people);

    for (const d of declared) {
      const values = encoded.values[d.column];
      const shipped = encoded.codes[d.column];
      const Codes = isMultiValued(d) ? Uint32Array : Uint8Array;
      const codes = shipped instanceof Codes ? shipped : Codes.from(shipped);
      let sets: Column['sets'];
      if (isMultiValued(d)) {
        const setCodes = new Map<number, number>();
        const masks: number[] = [];
        // Set codes in bytes, as the single-valued columns' are, while there are few sets: the counting loop then reads
        // one kind of array (a loop reading two kinds runs markedly slower).
        const setOf = new Uint32Array(n);
        let last = -1;
        let lastSet = -1;
        for (let i = 0; i < n; i++) {
          const mask = codes[i];
          if (mask !== last) {
            last = mask;
            lastSet = setCodes.get(mask) ?? (setCodes.set(mask, masks.push(mask) - 1), masks.length - 1);
          }
          setOf[i] = lastSet;
        }
        sets = { masks, of: masks.length <= 256 ? Uint8Array.from(setOf) : Uint16Array.from(setOf) };
      }
      const totals = new Int32Array(sets ? sets.masks.length : values.length);
      const counted = sets ? sets.of : codes;
      for (let i = 0; i < n; i++) totals[counted[i]] += live[i];
      this.#columns.set(d.column, { values, codes, sets, totals });
    }
    const slots = this.#slots;
    this.#plan = {
      columns: declared.map((d) => ({ d, column: this.#columns.get(d.column)!, slot: slots.indexOf(slotOf(d)), facets: facetsOf(filters, d.column) })),
      counterOfSlot: Int32Array.from(slots, (slot) => declared.findIndex((d) => slotOf(d) === slot)),
      date: slots.indexOf('date'),
      text: slots.indexOf('text'),
      groups: new Map(
        filters.map((f) => {
          const values = this.#columns.get(f.column)!.values;
          if (f.kind !== 'facet') return [f.key, values.map((_, bit) => 1 << bit)];
          return [f.key, (f.known as readonly string[]).map((v) => maskOf(values, values.filter((value) => value.split(':')[f.part] === v)))];
        })
      )
    };

    // From the shipped columns, whose small integers a Set holds without boxing them.
    const days = new Set<number>();
    for (let i = 0; i < n; i++) if (c.start[i] === c.end[i] && c.start[i] !== UNKNOWN_DAY) days.add(c.start[i]);
    const dayNumbers = [...days].sort((a, b) => a - b);
    const slotOfDay = new Map(dayNumbers.map((day, slot) => [day, slot]));
    this.days = dayNumbers.map(dayOfNumber);
    const day = (this.#day = new Int32Array(n));
    for (let i = 0; i < n; i++) day[i] = c.start[i] === c.end[i] && c.start[i] !== UNKNOWN_DAY ? slotOfDay.get(c.start[i])! : NONE;

    // Communes by name within a province: a code per distinct name, in the order rows first name them. The pair of a
    // place and a province is looked up by number, its name only the first time the pair is seen.
    const placeCodes = new Map<string, number>();
    const pairCodes = new Map<number, number>();
    const province = encoded.codes.province;
    const provinceCount = encoded.provinces.length + 1;
    const place = (this.#place = new Int32Array(n));
    for (let i = 0; i < n; i++) {
      const at = c.place[i];
      const pair = at * provinceCount + province[i];
      let code = pairCodes.get(pair);
      if (code === undefined) {
        const name = at >= 0 ? encoded.places[at][3] : '';
        if (!name) code = NONE;
        else {
          const key = `${province[i]}\u0000${name}`;
          code = placeCodes.get(key);
          if (code === undefined) placeCodes.set(key, (code = this.places.push({ provinceCode: province[i], name, nameKm: encoded.places[at][4] || undefined }) - 1));
        }
        pairCodes.set(pair, code);
      }
      place[i] = code;
    }
  }

  /** The values a filter's options are counted for: its column's, or for a facet its own vocabulary. */
  optionValues(key: string): readonly string[] {
    const d = this.filters.find((candidate) => candidate.key === key)!;
    return d.kind === 'facet' ? (d.known as readonly string[]) : this.#columns.get(d.column)!.values;
  }

  /** A row's position among all rows (which locates its full record), from its id. */
  positionOf(id: string): number | undefined {
    this.#ids ??= new Map(this.encoded.columns.id.map((rowId, i) => [rowId, i]));
    return this.#ids.get(id);
  }

  /** Row positions in table order, computed once per sort order. */
  order(state: Pick<FilterState, 'sort' | 'descending'>): Uint32Array {
    const orderKey = `${state.sort satisfies SortKey}:${state.descending}`;
    let order = this.#orders.get(orderKey);
    if (!order) {
      // compareSortKeys's order without calling it per comparison (a 100,000-row sort would, some 1.7 million times):
      // each row gets one number, its key's rank among the distinct keys (few but for names) times the row count plus
      // its id's rank, and the numbers are sorted natively.
      const keys = this.#sortKeys(state);
      const n = this.size;
      const ranks = keys instanceof Float64Array ? numberRanks(keys, state.descending) : textRanks(keys, state.descending);
      const byId = this.#byId();
      const idRank = new Uint32Array(n);
      for (let k = 0; k < n; k++) idRank[byId[k]] = k;
      const composite = new Float64Array(n);
      for (let i = 0; i < n; i++) composite[i] = ranks[i] * n + idRank[i];
      composite.sort();
      order = new Uint32Array(n);
      for (let k = 0; k < n; k++) order[k] = byId[composite[k] % n];
      this.#orders.set(orderKey, order);
    }
    return order;
  }

  /** Row positions by id, ascending: the rows as shipped when their ids are in order, as the build writes them. */
  #byId(): Uint32Array {
    if (this.#idOrder) return this.#idOrder;
    const ids = this.encoded.columns.id;
    const positions = (this.#idOrder = Uint32Array.from(ids.keys()));
    for (let i = 1; i < ids.length; i++) if (ids[i - 1] > ids[i]) return positions.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    return positions;
  }

  /** What each row sorts by (sortKeyOf's keys, from the columns). */
  #sortKeys({ sort, descending }: Pick<FilterState, 'sort' | 'descending'>): readonly string[] | Float64Array {
    const c = this.encoded.columns;
    if (sort === 'name') return c.name.map((name) => name.toLowerCase());
    if (sort === 'province') return Array.from(this.encoded.codes.province, (code) => this.encoded.provinces[code][1]);
    // Roles by seniority: the role column's codes follow the vocabulary's order.
    if (sort === 'role') return Float64Array.from(this.encoded.codes.role);
    // By first known day, then last; undated records last whichever the direction. Open ends were shipped as unknown.
    const known = (day: number) => day !== UNKNOWN_DAY && day !== OPEN_START && day !== OPEN_END;
    const keys = new Float64Array(this.size);
    for (let i = 0; i < this.size; i++) {
      const start = c.start[i], end = c.end[i];
      const first = known(start) ? start : end;
      // Day numbers lie within ±3e6: first day, then last, in one number.
      keys[i] = !known(first) ? (descending ? -Infinity : Infinity) : first * 1e7 + (known(end) ? end : start);
    }
    return keys;
  }

  /** 1 for each row whose search texts hold every term (or, when none does, close spellings of them: RowTexts). */
  textMatches(query: string): Uint8Array | undefined {
    return this.#texts.search(query)?.matches;
  }

  /** The close spellings a search for `query` looked for instead of its words as typed (none when those match). */
  closeSpellings(query: string): string[] {
    return this.#texts.search(query)?.close ?? [];
  }

  /** Builds the search texts of the next `rows` rows ahead of the first search; true once every row's are built. */
  prepareSearch(rows?: number): boolean {
    return this.#texts.prepare(rows);
  }

  /** The tests a filter state asks for: a coded column with the codes it accepts, or a bit set with the bits it wants. */
  #tests(state: FilterState): Test[] {
    const tests: Test[] = [];
    const values = valuesOf(state);
    for (const { d, column, slot, facets } of this.#plan.columns) {
      const value = values[d.key];
      if (d.kind === 'facet') {
        if (facets.some((f) => values[f.key].length)) tests.push(testOf(slot, column.codes, NO_CODES, facetMask(column.values, facets, values), column));
      } else if (d.kind === 'any-of') {
        if (value.length) tests.push(testOf(slot, column.codes, NO_CODES, maskOf(column.values, value as string[]), column));
      } else if (d.kind === 'one-of' ? value.length : value !== d.all) {
        const chosen = typeof value === 'string' ? [value] : value;
        tests.push(testOf(slot, column.codes, Uint8Array.from(column.values, (v) => (chosen.includes(v) ? 1 : 0)), 0, column));
      }
    }
    const text = this.textMatches(state.q);
    if (text) tests.push(testOf(this.#plan.text, text, Uint8Array.of(0, 1), 0));
    return tests;
  }

  /** Filters and counts in one pass: the rows passing every filter, and each chart's "every filter but mine" counts. */
  count(state: FilterState): CrossCounts {
    const tests = this.#tests(state);
    const singles = tests.filter((t) => t.accept.length > 0);
    const masks = tests.filter((t) => t.accept.length === 0);
    const plan = this.#plan;
    const DATE = plan.date;
    const dated = Boolean(state.from || state.to);
    const overlapCounts = state.dates === 'overlap';
    const from = state.from ? dayNumber(state.from) : -Infinity;
    const to = state.to ? dayNumber(state.to) : Infinity;

    const n = this.size;
    const passing = new Uint8Array(n);
    // The first declaration is the map's (the province).
    const [map] = this.filters;
    const { column: mapColumn, slot: mapSlot } = plan.columns.find((p) => p.d === map) ?? plan.columns.find((p) => p.d.column === map.column)!;
    const provinceSeen = new Uint8Array(mapColumn.values.length);
    const mapPeople = new Float64Array(mapColumn.values.length);
    const placeRecords = new Int32Array(this.places.length);
    const timeline = { records: new Int32Array(this.days.length), people: new Float64Array(this.days.length), notOnTimeline: 0 };
    // One counter per column: by code, or by set code for several values (spread over the values afterwards). A row
    // passing every filter counts in each; a row failing one, only in that slot's.
    const counterCodes = plan.columns.map(({ column }) => (column.sets ? column.sets.of : column.codes));
    const counterCounts = plan.columns.map(({ column }) => new Int32Array(column.sets ? column.sets.masks.length : column.values.length));
    const counterOfSlot = plan.counterOfSlot;
    let records = 0;
    let people = 0;
    let datesUncertain = 0;
    let firstDay = NONE;
    let lastDay = NONE;

    // Columns in locals: the loop below runs once per row, and a local is cheaper to read than a private field.
    const live = this.#live, start = this.#start, end = this.#end, dayOf = this.#day, peopleOf = this.#people, place = this.#place;
    const mapCodes = mapColumn.codes;

    rows: for (let i = 0; i < n; i++) {
      if (!live[i]) continue;
      let failed = NONE;
      for (let s = 0; s < singles.length; s++) {
        const test = singles[s];
        if (!test.accept[test.codes[i]]) {
          if (failed !== NONE) continue rows;
          failed = test.slot;
        }
      }
      for (let s = 0; s < masks.length; s++) {
        const test = masks[s];
        if ((test.codes[i] & test.mask) === 0) {
          if (failed !== NONE) continue rows;
          failed = test.slot;
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
        provinceSeen[mapCodes[i]] = 1;
        if (day !== NONE) {
          if (firstDay === NONE || day < firstDay) firstDay = day;
          if (day > lastDay) lastDay = day;
        }
      }
      if (all) for (let k = 0; k < counterCodes.length; k++) counterCounts[k][counterCodes[k][i]] += 1;
      else if (counterOfSlot[failed] >= 0) counterCounts[counterOfSlot[failed]][counterCodes[counterOfSlot[failed]][i]] += 1;
      if (all || failed === mapSlot) {
        mapPeople[mapCodes[i]] += rowPeople;
        if (place[i] !== NONE) placeRecords[place[i]] += 1;
      }
      if (all || failed === DATE) {
        if (day === NONE) timeline.notOnTimeline += 1;
        else {
          timeline.records[day] += 1;
          timeline.people[day] += rowPeople;
        }
      }
    }

    let provinces = 0;
    provinceSeen.forEach((seen, code) => (provinces += seen && mapColumn.values[code] !== '' ? 1 : 0));
    const chosen = valuesOf(state);
    const options = Object.fromEntries(
      this.filters.map((f) => {
        const k = plan.columns.findIndex((p) => p.d.column === f.column);
        const { column, facets } = plan.columns[k];
        const counts = counterCounts[k];
        if (!column.sets) return [f.key, counts];
        let groups = plan.groups.get(f.key)!;
        // A facet's value counts the rows holding a value of it that meets the other facets' choices.
        if (f.kind === 'facet') {
          const others = facetMask(column.values, facets.filter((g) => g !== f), chosen);
          groups = groups.map((mask) => mask & others);
        }
        return [f.key, setCounts(column.sets.masks, counts, groups)];
      })
    );
    return { passing, records, people, provinces, datesUncertain, firstDay, lastDay, map: { people: mapPeople, placeRecords }, timeline, options };
  }

  /**
   * The dimensions which, each on its own, remove every row: what an empty view names. From each column's totals,
   * the date spans and the search's own count: no pass over the rows.
   */
  emptying(state: FilterState): Dimension[] {
    const emptied = new Set<string>();
    for (const test of this.#tests(state)) {
      const slot = this.#slots[test.slot];
      if (slot === 'text') {
        if (this.#texts.search(state.q)!.live === 0) emptied.add(slot);
        continue;
      }
      const column = test.column!;
      const any = column.sets
        ? column.sets.masks.some((mask, set) => column.totals[set] > 0 && (mask & test.mask) !== 0)
        : column.totals.some((total, code) => total > 0 && test.accept[code] === 1);
      if (!any) emptied.add(slot);
    }
    if (state.from || state.to) {
      const from = state.from ? dayNumber(state.from) : -Infinity;
      const to = state.to ? dayNumber(state.to) : Infinity;
      const meets = state.dates === 'overlap' ? ([s, e]: number[]) => s <= to && e >= from : ([s, e]: number[]) => s >= from && e <= to;
      if (!this.#liveSpans().some(meets)) emptied.add('date');
    }
    return this.#slots.filter((slot) => emptied.has(slot)) as Dimension[];
  }

  #liveSpans(): [number, number][] {
    if (!this.#spans) {
      const spans = new Map<number, [number, number]>();
      for (let i = 0; i < this.size; i++) {
        const first = this.#start[i], last = this.#end[i];
        // Day numbers lie within ±3e6: a span as one number.
        if (this.#live[i] && !Number.isNaN(first)) spans.set(first * 1e7 + last, [first, last]);
      }
      this.#spans = [...spans.values()];
    }
    return this.#spans;
  }

  /** The passing rows in table order, each made when a page of the table is: a view may hold 100,000 rows, a page 50. */
  passingRows(passing: Uint8Array, length: number, order: Uint32Array): RowList {
    const rowAt = this.rowAt;
    return {
      length,
      // Like Array.prototype.slice for non-negative bounds.
      slice(start = 0, end = length) {
        const rows: DefectionRow[] = [];
        for (let k = 0, seen = 0; k < order.length && seen < end; k++) {
          if (!passing[order[k]]) continue;
          if (seen++ >= start) rows.push(rowAt(order[k]));
        }
        return rows;
      }
    };
  }
}

/** Each key's rank among the distinct keys, in the direction asked (compareSortKeys's order of keys). */
function numberRanks(keys: Float64Array, descending: boolean): Uint32Array {
  const distinct = Float64Array.from(keys).sort();
  let count = 0;
  for (let k = 0; k < distinct.length; k++) if (count === 0 || distinct[k] !== distinct[count - 1]) distinct[count++] = distinct[k];
  const ranks = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (distinct[middle] < keys[i]) low = middle + 1;
      else high = middle;
    }
    ranks[i] = descending ? count - 1 - low : low;
  }
  return ranks;
}

function textRanks(keys: readonly string[], descending: boolean): Uint32Array {
  const distinct = [...new Set(keys)].sort((a, b) => compareSortKeys(a, b, '', '', descending ? -1 : 1));
  const rankOf = new Map(distinct.map((key, rank) => [key, rank]));
  return Uint32Array.from(keys, (key) => rankOf.get(key)!);
}

const facetsOf = (filters: readonly FilterDeclaration[], column: string) =>
  filters.filter((f): f is Facet & { key: string } => f.kind === 'facet' && f.column === column);

const maskOf = (values: readonly string[], chosen: readonly string[]) => values.reduce((mask, value, bit) => (chosen.includes(value) ? mask | (1 << bit) : mask), 0);

/** The values of a facetted column ("voice:stance") that meet every facet's choices (a facet with none: any). */
function facetMask(values: readonly string[], facets: readonly (Facet & { key: string })[], chosen: Record<string, string | string[]>): number {
  return values.reduce((mask, value, bit) => {
    const parts = value.split(':');
    const meets = facets.every((f) => chosen[f.key].length === 0 || (chosen[f.key] as string[]).includes(parts[f.part]));
    return meets ? mask | (1 << bit) : mask;
  }, 0);
}

/** Per group of values (a mask each), the sum of the counts of the sets holding any value of the group. */
function setCounts(masks: readonly number[], counts: Int32Array, groups: readonly number[]): Int32Array {
  const totals = new Int32Array(groups.length);
  counts.forEach((count, set) => {
    if (count === 0) return;
    for (let g = 0; g < groups.length; g++) if (masks[set] & groups[g]) totals[g] += count;
  });
  return totals;
}

/** Rows in table order, as much of an array as a table needs. */
export type RowList = Pick<readonly DefectionRow[], 'length' | 'slice'>;

/** The table order's rule: by key in the chosen direction, then by record id. */
export function compareSortKeys(keyA: string | number, keyB: string | number, idA: string, idB: string, direction: 1 | -1): number {
  if (keyA < keyB) return -direction;
  if (keyA > keyB) return direction;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
