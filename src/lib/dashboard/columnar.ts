// The dashboard's rows as compact columns: repeated strings become dictionary indexes, dates become day numbers.
// Shipping this instead of an array of objects keeps the download small at 100,000 records.
import { REACTION_KINDS, type DefectionRow } from '$lib/data/rows';
import { communeSlug } from '$lib/data/slug';
import { dayNumber, dayOfNumber } from '$lib/day';
import { memo } from '$lib/memo';
import { DATE_PRECISIONS, REASON_TAGS, ROLES, STATUSES } from '$lib/schema/vocabulary';
import type { DatePrecision } from '$lib/schema/vocabulary';

const ROLE_CODES = Object.keys(ROLES) as DefectionRow['role'][];
const TAG_CODES = Object.keys(REASON_TAGS) as DefectionRow['tags'];
const STATUS_CODES = Object.keys(STATUSES) as DefectionRow['status'][];
const PRECISION_CODES = Object.keys(DATE_PRECISIONS) as DatePrecision[];

export interface ColumnarRows {
  version: 5;
  count: number;
  /** Values referenced by index from the columns. */
  dictionaries: {
    provinces: [code: string, iso: string, name: string, nameKm: string][];
    districts: [code: string, name: string][];
    /** A commune ('' fields for a district-only place); its slug is rebuilt from name and code. */
    places: [district: number, commune: string, communeName: string, communeNameKm: string, communeAliases: string][];
    rolesInSource: string[];
    parties: string[];
    waves: string[];
    asReported: string[];
  };
  columns: {
    id: string[];
    name: string[];
    /** Khmer name, or '' when none. */
    nameKm: string[];
    /** Tentative romanisation of a Khmer name, or '' when none. */
    romanisation: string[];
    /** Bit 0: romanisation tentative; bit 1: unnamed; bit 2: retracted. */
    flags: number[];
    people: number[];
    role: number[];
    /** Index into rolesInSource. */
    roleInSource: number[];
    /** Index into provinces, −1 when not given. */
    province: number[];
    /** Index into places, −1 when no district or commune. */
    place: number[];
    /** Index into asReported, −1 when none. */
    asReported: number[];
    precision: number[];
    /** Days since 1970-01-01; −1 when unknown. */
    start: number[];
    end: number[];
    fromParty: number[];
    toParty: number[];
    /** Bit sets over the vocabulary order (reactions: REACTION_KINDS). */
    tags: number[];
    reactions: number[];
    status: number[];
    wave: number[];
    sourceCount: number[];
    /** Text only search needs ('' for most rows); search builds the rest from the other columns (searchTextOf). */
    searchExtra: string[];
  };
}

const toDayNumber = (day: string | undefined) => (day ? dayNumber(day) : -1);
const fromDayNumber = (days: number) => (days < 0 ? undefined : dayOfNumber(days));

function bits<T>(values: readonly T[], order: readonly T[]): number {
  return values.reduce((set, value) => set | (1 << order.indexOf(value)), 0);
}
function unbits<T>(set: number, order: readonly T[]): T[] {
  return order.filter((_, index) => set & (1 << index));
}

function interner<T>(key: (value: T) => string) {
  const index = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    add(value: T | undefined): number {
      if (value === undefined) return -1;
      const k = key(value);
      let i = index.get(k);
      if (i === undefined) {
        i = values.length;
        values.push(value);
        index.set(k, i);
      }
      return i;
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

export function encodeRows(rows: readonly DefectionRow[]): ColumnarRows {
  const provinces = interner<[string, string, string, string]>((p) => p[0]);
  const districts = interner<[string, string]>((d) => d[0]);
  const places = interner<[number, string, string, string, string]>((p) => `${p[0]}|${p[1]}`);
  const rolesInSource = interner<string>((r) => r);
  const parties = interner<string>((p) => p);
  const waves = interner<string>((w) => w);
  const asReported = interner<string>((a) => a);
  const columns: ColumnarRows['columns'] = {
    id: [], name: [], nameKm: [], romanisation: [], flags: [], people: [], role: [], roleInSource: [], province: [], place: [],
    asReported: [], precision: [], start: [], end: [], fromParty: [], toParty: [], tags: [], reactions: [],
    status: [], wave: [], sourceCount: [], searchExtra: []
  };
  for (const row of rows) {
    columns.id.push(row.id);
    columns.name.push(row.name);
    columns.nameKm.push(row.nameKm ?? '');
    columns.romanisation.push(row.romanisation ?? '');
    columns.flags.push((row.romanisationTentative ? 1 : 0) | (row.unnamed ? 2 : 0) | (row.retracted ? 4 : 0));
    columns.people.push(row.people);
    columns.role.push(ROLE_CODES.indexOf(row.role));
    columns.roleInSource.push(rolesInSource.add(row.roleInSource));
    columns.province.push(row.province ? provinces.add([row.province, row.provinceIso, row.provinceName, row.provinceNameKm]) : -1);
    columns.place.push(
      row.district || row.commune
        ? places.add([
            districts.add(row.district ? [row.district, row.districtName ?? ''] : undefined),
            row.commune ?? '',
            row.communeName ?? '',
            row.communeNameKm ?? '',
            row.communeAliases
          ])
        : -1
    );
    columns.asReported.push(asReported.add(row.placeAsReported));
    columns.precision.push(PRECISION_CODES.indexOf(row.datePrecision));
    columns.start.push(toDayNumber(row.start));
    columns.end.push(toDayNumber(row.end));
    columns.fromParty.push(parties.add(row.fromParty));
    columns.toParty.push(parties.add(row.toParty));
    columns.tags.push(bits(row.tags, TAG_CODES));
    columns.reactions.push(bits(row.reactions, REACTION_KINDS));
    columns.status.push(STATUS_CODES.indexOf(row.status));
    columns.wave.push(waves.add(row.wave));
    columns.sourceCount.push(row.sourceCount);
    columns.searchExtra.push(row.searchExtra);
  }
  return {
    version: 5,
    count: rows.length,
    dictionaries: {
      provinces: provinces.values,
      districts: districts.values,
      places: places.values,
      rolesInSource: rolesInSource.values,
      parties: parties.values,
      waves: waves.values,
      asReported: asReported.values
    },
    columns
  };
}

export function decodeRows(encoded: ColumnarRows): DefectionRow[] {
  const { columns: c, dictionaries: d } = encoded;
  const rows: DefectionRow[] = new Array(encoded.count);
  // One slug per place, not per row; one date string per day and one array per set of tags (shared by the rows that
  // have it, and frozen, as rows are never changed): decoding repeats a few hundred days and a few dozen tag sets over
  // 100,000 rows. Profiled at 100k: formatting dates was most of decoding.
  const slugs = d.places.map(([, code, name]) => (code ? communeSlug({ code, name }) : undefined));
  const dayOf = memo(fromDayNumber);
  const tagsOf = memo((set: number) => Object.freeze(unbits(set, TAG_CODES)) as DefectionRow['tags']);
  const reactionsOf = memo((set: number) => Object.freeze(unbits(set, REACTION_KINDS)));
  for (let i = 0; i < encoded.count; i++) {
    const province = c.province[i] >= 0 ? d.provinces[c.province[i]] : undefined;
    const place = c.place[i] >= 0 ? d.places[c.place[i]] : undefined;
    const district = place && place[0] >= 0 ? d.districts[place[0]] : undefined;
    const precision = PRECISION_CODES[c.precision[i]];
    const start = dayOf(c.start[i]);
    rows[i] = {
      id: c.id[i],
      name: c.name[i],
      nameKm: c.nameKm[i] || undefined,
      romanisation: c.romanisation[i] || undefined,
      romanisationTentative: (c.flags[i] & 1) !== 0,
      unnamed: (c.flags[i] & 2) !== 0,
      people: c.people[i],
      role: ROLE_CODES[c.role[i]],
      roleInSource: d.rolesInSource[c.roleInSource[i]],
      province: province?.[0] ?? '',
      provinceIso: province?.[1] ?? '',
      provinceName: province?.[2] ?? '',
      provinceNameKm: province?.[3] ?? '',
      district: district?.[0],
      districtName: district?.[1] || undefined,
      commune: place?.[1] || undefined,
      communeName: place?.[2] || undefined,
      communeNameKm: place?.[3] || undefined,
      communeSlug: c.place[i] >= 0 ? slugs[c.place[i]] : undefined,
      placeAsReported: c.asReported[i] >= 0 ? d.asReported[c.asReported[i]] : undefined,
      dateValue: dateValueOf(start, precision),
      datePrecision: precision,
      start,
      end: dayOf(c.end[i]),
      fromParty: d.parties[c.fromParty[i]],
      toParty: d.parties[c.toParty[i]],
      tags: tagsOf(c.tags[i]),
      reactions: reactionsOf(c.reactions[i]),
      status: STATUS_CODES[c.status[i]],
      sourceCount: c.sourceCount[i],
      wave: d.waves[c.wave[i]],
      retracted: (c.flags[i] & 4) !== 0,
      communeAliases: place?.[4] ?? '',
      searchExtra: c.searchExtra[i]
    };
  }
  return rows;
}
