// Records as profile pages show them: short summaries for lists, full details for articles, numbered citations.
import { defectionInterval } from '$lib/data/dates';
import { communeSlug } from '$lib/data/slug';
import { DEFAULT_STATUSES } from '$lib/filters/dimensions';
import { formatPartialDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { PartyWords, PlaceWords } from '$lib/i18n/messages/pages';
import type { Defection, Refusal, Source } from '$lib/schema';
import type { RecordContext } from './context';
import { dateInSentence, displayName, formatDefectionDate, roleNoun, type DisplayName } from './describe';

export interface PlaceRef {
  province?: { iso: string; name: string; nameKm: string; unit: string };
  district?: { code: string; name: string; nameKm: string; unit: string };
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
  /** The source's words for the post say more than the role's label, so pages quote them. */
  roleWordingDiffers: boolean;
  fromParty: PartyWords;
  toParty: PartyWords;
  reasonSummary?: string;
  reasonTags: { label: string; description: string }[];
  quote?: { text: string; speaker: string };
  reactions: ReactionDetail[];
  context?: string;
  notes?: string;
  sourceNumbers: number[];
}

/**
 * What a record's story (RecordStory) tells. Its commune page names the place, the parties and the dates already, and
 * a page of a hundred stories carried each record's place and party names a hundred times (a third of its data).
 */
export type StoryRecord = Pick<
  RecordDetail,
  'id' | 'name' | 'roleLabel' | 'datePhrase' | 'people' | 'roleWordingDiffers' | 'roleInSource' | 'retracted' | 'reasonSummary' | 'quote' | 'reasonTags' | 'reactions' | 'status' | 'counted' | 'sourceNumbers'
> & { fromParty: Pick<PartyWords, 'code'>; toParty: Pick<PartyWords, 'code'> };

export function storyOf(record: RecordDetail): StoryRecord {
  const { id, name, roleLabel, datePhrase, people, roleWordingDiffers, roleInSource, retracted, reasonSummary, quote, reasonTags, reactions, status, counted, sourceNumbers } = record;
  return {
    id,
    name,
    roleLabel,
    datePhrase,
    people,
    roleWordingDiffers,
    roleInSource,
    retracted,
    reasonSummary,
    quote,
    reasonTags,
    reactions,
    status,
    counted,
    sourceNumbers,
    fromParty: { code: record.fromParty.code },
    toParty: { code: record.toParty.code }
  };
}

/** Numbers sources in the order a page first cites them; the same article cited twice keeps one number. */
export class SourceList {
  readonly sources: CitedSource[] = [];
  #byUrl = new Map<string, number>();

  constructor(readonly locale: Locale = 'en') {}

  cite(source: Source): number {
    const known = this.#byUrl.get(source.url);
    if (known) return known;
    const number = this.sources.length + 1;
    this.sources.push({
      number,
      outlet: source.outlet,
      title: source.title,
      published: source.published ? formatPartialDate(source.published, 'day', this.locale) : undefined,
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

export function placeRef(place: Defection['place'], ctx: RecordContext): PlaceRef {
  const province = place.province ? ctx.places.provinceByCode.get(place.province) : undefined;
  const district = place.district ? ctx.places.districtByCode.get(place.district) : undefined;
  const commune = place.commune ? ctx.places.communeByCode.get(place.commune) : undefined;
  return {
    province: province && { iso: province.iso, name: province.name, nameKm: province.name_km, unit: province.unit },
    district: district && { code: district.code, name: district.name, nameKm: district.name_km, unit: district.unit },
    commune: commune && { code: commune.code, name: commune.name, nameKm: commune.name_km, unit: commune.unit, slug: communeSlug(commune) },
    asReported: place.as_reported
  };
}

/** A place as a list or a sentence names it: "Srak" in English, "ឃុំស្រក" in Khmer (where the unit word is part of the name). */
export function placeLabel(place: PlaceWords, locale: Locale = 'en'): string {
  return locale === 'en' ? place.name : MESSAGES[locale].pages.place(place);
}

/** The most precise place we have: commune, district or province. */
export function placeName(place: PlaceRef, locale: Locale = 'en'): string | undefined {
  const most = place.commune ?? place.district ?? place.province;
  return most && placeLabel(most, locale);
}

function statusOf(code: Defection['status'], locale: Locale): NonNullable<RecordSummary['status']> {
  const messages = MESSAGES[locale];
  return { code, label: messages.vocabulary.statuses[code], description: messages.pages.vocabulary.statusDescriptions[code] };
}

function partyOf(code: string, ctx: RecordContext): PartyWords {
  const party = ctx.parties.get(code);
  return { code, name: party?.name ?? code, nameKm: party?.name_km };
}

/** The first and last possible day of a defection, each where known. */
export function knownDays(date: Defection['date']): { start?: string; end?: string } {
  const interval = defectionInterval(date);
  return {
    start: interval && interval.start !== '0000-01-01' ? interval.start : undefined,
    end: interval && interval.end !== '9999-12-31' ? interval.end : undefined
  };
}

export function summariseDefection(record: Defection, ctx: RecordContext, locale: Locale = 'en'): RecordSummary {
  const place = placeRef(record.place, ctx);
  const { start, end } = knownDays(record.date);
  return {
    id: record.id,
    kind: 'defection',
    name: displayName(record, placeName(place, locale), locale),
    roleLabel: MESSAGES[locale].vocabulary.roles[record.role],
    roleNoun: roleNoun(record.role, locale),
    date: formatDefectionDate(record.date, locale),
    start,
    end,
    people: record.people,
    status: statusOf(record.status, locale),
    counted: isCounted(record),
    retracted: record.retracted,
    place
  };
}

export function summariseRefusal(record: Refusal, ctx: RecordContext, locale: Locale = 'en'): RecordSummary {
  const place = placeRef(record.place, ctx);
  return {
    id: record.id,
    kind: 'refusal',
    name: displayName(record, placeName(place, locale), locale),
    roleLabel: MESSAGES[locale].vocabulary.roles[record.role],
    roleNoun: roleNoun(record.role, locale),
    date: record.date ? formatPartialDate(record.date, 'day', locale) : MESSAGES[locale].pages.dates.notGiven,
    people: 1,
    certainty: record.certainty,
    counted: false,
    place
  };
}

export function detailDefection(record: Defection, ctx: RecordContext, sources: SourceList): RecordDetail {
  const { locale } = sources;
  const messages = MESSAGES[locale];
  const numbers = record.sources.map((source) => sources.cite(source));
  return {
    ...summariseDefection(record, ctx, locale),
    datePhrase: dateInSentence(record.date, locale),
    roleInSource: record.role_in_source,
    roleWordingDiffers: record.role_in_source.toLowerCase() !== roleNoun(record.role).toLowerCase(),
    fromParty: partyOf(record.from_party, ctx),
    toParty: partyOf(record.to_party, ctx),
    reasonSummary: record.reason.summary,
    reasonTags: record.reason.tags.map((tag) => ({ label: messages.vocabulary.tags[tag], description: messages.pages.vocabulary.tagDescriptions[tag] })),
    quote: record.reason.quote,
    reactions: record.reactions.map((reaction) => ({
      speaker: reaction.speaker,
      speakerRole: reaction.speaker_role,
      voice: reaction.voice,
      quote: reaction.quote,
      summary: reaction.summary,
      stance: messages.vocabulary.stances[reaction.stance],
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
  party: PartyWords;
  summary: string;
  quote?: { text: string; speaker: string };
  notes?: string;
  sourceNumbers: number[];
}

export function detailRefusal(record: Refusal, ctx: RecordContext, sources: SourceList): RefusalDetail {
  return {
    ...summariseRefusal(record, ctx, sources.locale),
    roleInSource: record.role_in_source,
    party: partyOf(record.party, ctx),
    summary: record.summary,
    quote: record.quote,
    notes: record.notes,
    sourceNumbers: record.sources.map((source) => sources.cite(source))
  };
}
