// The dashboard's rows as shipped: compact columns. Each declared filter (dimensions.ts) has a column of codes into
// its values (a bit set of them for several values); the rest carry what the table and search show. The index
// (row-index.ts) is built straight from these columns; a row object is made only for a row the table shows.
import type { DefectionRow, ReactionKind } from '$lib/data/rows';
import { communeSlug } from '$lib/data/slug';
import { dayNumber, dayOfNumber } from '$lib/day';
import { memo } from '$lib/memo';
import { codesOf, DATE_PRECISIONS, type DatePrecision } from '$lib/schema/vocabulary';
import { FILTERS, type FilterDeclaration } from './dimensions';

const PRECISIONS = codesOf(DATE_PRECISIONS);

/** A column of numbers: an array where the rows are encoded, a typed array where they are decoded (rows-binary.ts). */
export type NumberColumn = number[] | Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

export interface ColumnarRows {
  version: 6;
  count: number;
  /** Each filter column's values, in code order (bit order for a column of several values). */
  values: Record<string, string[]>;
  /** Each filter column: per row, a code into its values, or a bit set of them. */
  codes: Record<string, NumberColumn>;
  /** Per code of the province column: its code, name and Khmer name ('' for a record without a province). */
  provinces: [code: string, name: string, nameKm: string][];
  /** A district or commune ('' for what is not known); its slug is rebuilt from name and code. */
  places: [district: string, districtName: string, commune: string, communeName: string, communeNameKm: string, communeAliases: string][];
  rolesInSource: string[];
  asReported: string[];
  /** Strings are '' when none; indexes into places and asReported −1; days (since 1970-01-01) UNKNOWN_DAY. */
  columns: {
    id: string[];
    name: string[];
    nameKm: string[];
    /** Tentative romanisation of a Khmer name. */
    romanisation: string[];
    /** Bit 0: romanisation tentative; bit 1: unnamed; bit 2: retracted. */
    flags: NumberColumn;
    people: NumberColumn;
    roleInSource: NumberColumn;
    place: NumberColumn;
    asReported: NumberColumn;
    precision: NumberColumn;
    start: NumberColumn;
    end: NumberColumn;
    sourceCount: NumberColumn;
    /** Text only search needs; search builds the rest from the other columns. */
    searchExtra: string[];
  };
}

/** Whether a declaration's column holds several values per row (a bit set). */
export const isMultiValued = (d: FilterDeclaration) => d.kind === 'any-of' || d.kind === 'facet';

/** One declaration per column: the facets of a column share it. */
export const columnsOf = (filters: readonly FilterDeclaration[]) => [...new Map(filters.map((d) => [d.column, d])).values()];

/**
 * A column's values start with its vocabulary, in order, so codes follow it (roles by seniority, reasons as listed);
 * a facetted column's with every combination of its facets' vocabularies ("constituent:critical", …).
 */
function knownValues(d: FilterDeclaration, filters: readonly FilterDeclaration[]): string[] {
  if (d.kind === 'facet') {
    const facets = filters.filter((f) => f.column === d.column).sort((a, b) => (a.kind === 'facet' && b.kind === 'facet' ? a.part - b.part : 0));
    if (facets.some((f) => typeof f.known === 'function')) return [];
    return facets.reduce<string[]>((combined, f) => combined.flatMap((head) => (f.known as readonly string[]).map((v) => (head ? `${head}:${v}` : v))), ['']);
  }
  return typeof d.known === 'function' ? [] : [...d.known];
}

function interner(initial: readonly string[] = []) {
  const values = [...initial];
  const codes = new Map(values.map((value, code) => [value, code]));
  return {
    values,
    code(value: string): number {
      let code = codes.get(value);
      if (code === undefined) codes.set(value, (code = values.push(value) - 1));
      return code;
    }
  };
}

/** A day not known: below any day a record can give, even an interval's open start (0000-01-01). */
export const UNKNOWN_DAY = -1e9;
const toDayNumber = (day: string | undefined) => (day ? dayNumber(day) : UNKNOWN_DAY);

export function encodeRows(rows: readonly DefectionRow[], filters: readonly FilterDeclaration[] = FILTERS): ColumnarRows {
  const values: ColumnarRows['values'] = {};
  const filterColumns: Record<string, number[]> = {};
  for (const d of columnsOf(filters)) {
    const codes = interner(knownValues(d, filters));
    filterColumns[d.column] = isMultiValued(d)
      ? rows.map((row) => (d.of(row) as readonly string[]).reduce((set, value) => set | (1 << codes.code(value)), 0))
      : rows.map((row) => codes.code(d.of(row) as string));
    if (codes.values.length > (isMultiValued(d) ? 32 : 256)) throw new Error(`Column "${d.column}": more than ${isMultiValued(d) ? 32 : 256} values`);
    values[d.column] = codes.values;
  }
  const provinceNames = new Map(rows.map((row) => [row.provinceIso, [row.province, row.provinceName, row.provinceNameKm] as [string, string, string]]));
  const places = new Map<string, number>();
  const placeList: ColumnarRows['places'] = [];
  const placeOf = (row: DefectionRow) => {
    if (!row.district && !row.commune && !row.communeName) return -1;
    const place: ColumnarRows['places'][number] = [row.district ?? '', row.districtName ?? '', row.commune ?? '', row.communeName ?? '', row.communeNameKm ?? '', row.communeAliases];
    const key = place.join('\u0000');
    if (!places.has(key)) places.set(key, placeList.push(place) - 1);
    return places.get(key)!;
  };
  const rolesInSource = interner();
  const asReported = interner();
  return {
    version: 6,
    count: rows.length,
    values,
    codes: filterColumns,
    provinces: (values.province ?? []).map((iso) => provinceNames.get(iso) ?? ['', '', '']),
    places: placeList,
    rolesInSource: rolesInSource.values,
    asReported: asReported.values,
    columns: {
      id: rows.map((row) => row.id),
      name: rows.map((row) => row.name),
      nameKm: rows.map((row) => row.nameKm ?? ''),
      romanisation: rows.map((row) => row.romanisation ?? ''),
      flags: rows.map((row) => (row.romanisationTentative ? 1 : 0) | (row.unnamed ? 2 : 0) | (row.retracted ? 4 : 0)),
      people: rows.map((row) => row.people),
      roleInSource: rows.map((row) => rolesInSource.code(row.roleInSource)),
      place: rows.map(placeOf),
      asReported: rows.map((row) => (row.placeAsReported === undefined ? -1 : asReported.code(row.placeAsReported))),
      precision: rows.map((row) => PRECISIONS.indexOf(row.datePrecision)),
      start: rows.map((row) => toDayNumber(row.start)),
      end: rows.map((row) => toDayNumber(row.end)),
      sourceCount: rows.map((row) => row.sourceCount),
      searchExtra: rows.map((row) => row.searchExtra)
    }
  };
}

/** The dated value as the record gives it, recovered from its interval and precision. */
function dateValueOf(start: string | undefined, precision: DatePrecision): string | undefined {
  if (!start) return undefined;
  if (precision === 'day' || precision === 'approximate') return start;
  if (precision === 'month') return start.slice(0, 7);
  if (precision === 'year') return start.slice(0, 4);
  return undefined;
}

const unbits = (set: number, order: readonly string[]) => order.filter((_, bit) => set & (1 << bit));

/** Row objects, one at a time and each made once: what the table, the downloads and a record's details read. */
export function rowDecoder(encoded: ColumnarRows): (i: number) => DefectionRow {
  const { columns: c, codes, values } = encoded;
  const slugs = encoded.places.map(([, , code, name]) => (code ? communeSlug({ code, name }) : undefined));
  const dayOf = memo((days: number) => (days === UNKNOWN_DAY ? undefined : dayOfNumber(days)));
  // Shared and frozen, as rows are never changed: a few dozen sets of tags and reactions repeat over every row.
  const tagsOf = memo((set: number) => Object.freeze(unbits(set, values.reason)) as DefectionRow['tags']);
  const reactionsOf = memo((set: number) => Object.freeze(unbits(set, values.reaction)) as readonly ReactionKind[]);
  const made: DefectionRow[] = [];
  return (i) => {
    if (made[i]) return made[i];
    const [province, provinceName, provinceNameKm] = encoded.provinces[codes.province[i]];
    const place = c.place[i] >= 0 ? encoded.places[c.place[i]] : undefined;
    const precision = PRECISIONS[c.precision[i]];
    const start = dayOf(c.start[i]);
    return (made[i] = {
      id: c.id[i],
      name: c.name[i],
      nameKm: c.nameKm[i] || undefined,
      romanisation: c.romanisation[i] || undefined,
      romanisationTentative: (c.flags[i] & 1) !== 0,
      unnamed: (c.flags[i] & 2) !== 0,
      people: c.people[i],
      role: values.role[codes.role[i]] as DefectionRow['role'],
      roleInSource: encoded.rolesInSource[c.roleInSource[i]],
      province,
      provinceIso: values.province[codes.province[i]],
      provinceName,
      provinceNameKm,
      district: place?.[0] || undefined,
      districtName: place?.[1] || undefined,
      commune: place?.[2] || undefined,
      communeName: place?.[3] || undefined,
      communeNameKm: place?.[4] || undefined,
      communeSlug: c.place[i] >= 0 ? slugs[c.place[i]] : undefined,
      placeAsReported: c.asReported[i] >= 0 ? encoded.asReported[c.asReported[i]] : undefined,
      dateValue: dateValueOf(start, precision),
      datePrecision: precision,
      start,
      end: dayOf(c.end[i]),
      fromParty: values.fromParty[codes.fromParty[i]],
      toParty: values.toParty[codes.toParty[i]],
      tags: tagsOf(codes.reason[i]),
      reactions: reactionsOf(codes.reaction[i]),
      status: values.status[codes.status[i]] as DefectionRow['status'],
      sourceCount: c.sourceCount[i],
      wave: values.wave[codes.wave[i]],
      retracted: (c.flags[i] & 4) !== 0,
      communeAliases: place?.[5] ?? '',
      searchExtra: c.searchExtra[i]
    });
  };
}

/** The first `count` rows alone (the warm-up's sample). */
export function firstRows(encoded: ColumnarRows, count: number): ColumnarRows {
  const first = <T extends object>(columns: T) => Object.fromEntries(Object.entries(columns).map(([name, column]) => [name, column.slice(0, count)])) as T;
  return { ...encoded, count: Math.min(count, encoded.count), codes: first(encoded.codes), columns: first(encoded.columns) };
}
