// Records as profile pages show them: short summaries for lists, full details for articles, numbered citations.
import { defectionInterval } from '$lib/data/dates';
import { communeSlug } from '$lib/data/slug';
import { DEFAULT_STATUSES } from '$lib/filters/state';
import { formatPartialDate } from '$lib/format';
import type { Defection, Refusal, Source } from '$lib/schema';
import { REASON_TAGS, ROLES, STANCES, STATUSES } from '$lib/schema/vocabulary';
import type { ProfileContext } from './context';
import { dateInSentence, displayName, formatDefectionDate, roleNoun, type DisplayName } from './describe';

export interface PlaceRef {
  province?: { iso: string; name: string; nameKm: string };
  district?: { code: string; name: string; unit: string };
  commune?: { code: string; name: string; nameKm: string; unit: string; slug: string };
  asReported?: string;
}

export interface RecordSummary {
  id: string;
  kind: 'defection' | 'refusal';
  name: DisplayName;
  roleLabel: string;
  roleNoun: string;
  /** The date in words. */
  date: string;
  /** First and last possible day, when known. */
  start?: string;
  end?: string;
  people: number;
  /** Defections only: the verification level. */
  status?: { code: Defection['status']; label: string; description: string };
  /** Refusals only: refused, or pressure shown but the answer not reported. */
  certainty?: Refusal['certainty'];
  /** Counts towards totals: a defection, not retracted, at a counted verification level. */
  counted: boolean;
  retracted?: { date: string; reason: string };
  place: PlaceRef;
}

export interface CitedSource {
  /** Position in the page's source list, from 1. */
  number: number;
  outlet: string;
  title?: string;
  published?: string;
  reporter?: string;
  language: Source['language'];
  url: string;
  note?: string;
}

export interface ReactionDetail {
  speaker?: string;
  speakerRole?: string;
  voice: 'constituent' | 'party' | 'defector';
  quote?: string;
  summary?: string;
  stance: string;
  sourceNumber: number;
}

export interface RecordDetail extends RecordSummary {
  /** The date as it reads after a verb: "on 28 Oct 2017", "in October 2017". */
  datePhrase: string;
  roleInSource: string;
  fromParty: { code: string; name: string };
  toParty: { code: string; name: string };
  reasonSummary?: string;
  reasonTags: { label: string; description: string }[];
  quote?: { text: string; speaker: string };
  reactions: ReactionDetail[];
  context?: string;
  notes?: string;
  sourceNumbers: number[];
}

export const LANGUAGE_NAMES: Record<Source['language'], string> = { en: 'English', km: 'Khmer', fr: 'French' };

/** Numbers sources in the order a page first cites them; the same article cited twice keeps one number. */
export class SourceList {
  readonly sources: CitedSource[] = [];
  #byUrl = new Map<string, number>();

  cite(source: Source): number {
    const known = this.#byUrl.get(source.url);
    if (known) return known;
    const number = this.sources.length + 1;
    this.sources.push({
      number,
      outlet: source.outlet,
      title: source.title,
      published: source.published ? formatPartialDate(source.published, 'day') : undefined,
      reporter: source.reporter,
      language: source.language,
      url: source.url,
      note: source.note
    });
    this.#byUrl.set(source.url, number);
    return number;
  }
}

export function isCounted(record: Defection): boolean {
  return !record.retracted && DEFAULT_STATUSES.includes(record.status);
}

export function placeRef(place: Defection['place'], ctx: ProfileContext): PlaceRef {
  const province = place.province ? ctx.places.provinceByCode.get(place.province) : undefined;
  const district = place.district ? ctx.places.districtByCode.get(place.district) : undefined;
  const commune = place.commune ? ctx.places.communeByCode.get(place.commune) : undefined;
  return {
    province: province && { iso: province.iso, name: province.name, nameKm: province.name_km },
    district: district && { code: district.code, name: district.name, unit: district.unit },
    commune: commune && { code: commune.code, name: commune.name, nameKm: commune.name_km, unit: commune.unit, slug: communeSlug(commune) },
    asReported: place.as_reported
  };
}

/** The most precise place name we have: commune, district or province. */
export function placeName(place: PlaceRef): string | undefined {
  return place.commune?.name ?? place.district?.name ?? place.province?.name;
}

export function summariseDefection(record: Defection, ctx: ProfileContext): RecordSummary {
  const place = placeRef(record.place, ctx);
  const interval = defectionInterval(record.date);
  return {
    id: record.id,
    kind: 'defection',
    name: displayName(record, placeName(place)),
    roleLabel: ROLES[record.role],
    roleNoun: roleNoun(record.role),
    date: formatDefectionDate(record.date),
    start: interval && interval.start !== '0000-01-01' ? interval.start : undefined,
    end: interval && interval.end !== '9999-12-31' ? interval.end : undefined,
    people: record.people,
    status: { code: record.status, ...STATUSES[record.status] },
    counted: isCounted(record),
    retracted: record.retracted,
    place
  };
}

export function summariseRefusal(record: Refusal, ctx: ProfileContext): RecordSummary {
  const place = placeRef(record.place, ctx);
  return {
    id: record.id,
    kind: 'refusal',
    name: displayName(record, placeName(place)),
    roleLabel: ROLES[record.role],
    roleNoun: roleNoun(record.role),
    date: record.date ? formatPartialDate(record.date, 'day') : 'date not given',
    people: 1,
    certainty: record.certainty,
    counted: false,
    place
  };
}

export function detailDefection(record: Defection, ctx: ProfileContext, sources: SourceList): RecordDetail {
  const numbers = record.sources.map((source) => sources.cite(source));
  return {
    ...summariseDefection(record, ctx),
    datePhrase: dateInSentence(record.date),
    roleInSource: record.role_in_source,
    fromParty: { code: record.from_party, name: ctx.parties.get(record.from_party)?.name ?? record.from_party },
    toParty: { code: record.to_party, name: ctx.parties.get(record.to_party)?.name ?? record.to_party },
    reasonSummary: record.reason.summary,
    reasonTags: record.reason.tags.map((tag) => REASON_TAGS[tag]),
    quote: record.reason.quote,
    reactions: record.reactions.map((reaction) => ({
      speaker: reaction.speaker,
      speakerRole: reaction.speaker_role,
      voice: reaction.voice,
      quote: reaction.quote,
      summary: reaction.summary,
      stance: STANCES[reaction.stance],
      sourceNumber: numbers[reaction.source] ?? numbers[0]
    })),
    context: record.context,
    notes: record.notes,
    sourceNumbers: numbers
  };
}

/** Oldest first; undated records last. */
export function byDate(a: { start?: string; id: string }, b: { start?: string; id: string }): number {
  const left = a.start ?? '9999';
  const right = b.start ?? '9999';
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : 1;
}

export interface RefusalDetail extends RecordSummary {
  roleInSource: string;
  party: { code: string; name: string };
  summary: string;
  quote?: { text: string; speaker: string };
  notes?: string;
  sourceNumbers: number[];
}

export function detailRefusal(record: Refusal, ctx: ProfileContext, sources: SourceList): RefusalDetail {
  return {
    ...summariseRefusal(record, ctx),
    roleInSource: record.role_in_source,
    party: { code: record.party, name: ctx.parties.get(record.party)?.name ?? record.party },
    summary: record.summary,
    quote: record.quote,
    notes: record.notes,
    sourceNumbers: record.sources.map((source) => sources.cite(source))
  };
}
