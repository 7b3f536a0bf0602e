// One record in full, as a reporter cites it: every spelling, every source, its verification level, and a citation.
import { formatDay, formatPartialDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { PlaceWords } from '$lib/i18n/messages/pages';
import type { Defection, Refusal } from '$lib/schema';
import type { ProfileContext, RecordContext } from './context';
import type { FoundRecord } from './person-lookup';
import { plainName, textLang } from './describe';
import { detailDefection, detailRefusal, SourceList, type CitedSource, type RecordDetail, type RecordSummary, type RefusalDetail } from './records';

export interface Spelling {
  text: string;
  lang: Locale;
  note: string;
}

interface PersonBase {
  spellings: Spelling[];
  /** "37, as of about 26 Oct 2017" */
  age?: string;
  placeNote?: string;
  sources: CitedSource[];
  /** Plain text to paste into an article or a footnote. */
  citation: string;
  /** The one-line description used for the page title and meta description. */
  headline: string;
}

export interface DefectionProfile extends PersonBase {
  kind: 'defection';
  record: RecordDetail;
  date: { words: string; precision: string; bounds?: string; note?: string };
  /** The period: its title in the page's language when data has it; the description exists only in English. */
  wave?: { title: string; titleLang: Locale; description: string };
}

export interface RefusalProfile extends PersonBase {
  kind: 'refusal';
  record: RefusalDetail;
}

export type PersonProfile = DefectionProfile | RefusalProfile;

function spellingsOf(person: Defection['person'], locale: Locale): Spelling[] {
  const words = MESSAGES[locale].pages.spellings;
  const spellings: Spelling[] = [];
  if (person.name) spellings.push({ text: person.name, lang: 'en', note: person.romanisation_tentative ? words.latinTentative : words.asPrinted });
  if (person.name_km) spellings.push({ text: person.name_km, lang: 'km', note: words.khmerScript });
  for (const other of person.other_spellings) spellings.push({ text: other, lang: textLang(other), note: words.other });
  return spellings;
}

function ageOf(person: Defection['person'], locale: Locale): string | undefined {
  if (!person.age) return undefined;
  const words = MESSAGES[locale].pages.age;
  return person.age.as_of ? words.asOf(person.age.years, formatPartialDate(person.age.as_of, 'day', locale)) : words.undated(person.age.years);
}

function boundsOf(date: Defection['date'], locale: Locale): string | undefined {
  if (!date.value) return undefined;
  const words = MESSAGES[locale].pages.dates;
  const day = (value: string) => formatDay(value, locale);
  if (date.not_before && date.not_after) return words.bothBounds(day(date.not_before), day(date.not_after));
  if (date.not_before) return words.notBefore(day(date.not_before));
  if (date.not_after) return words.notAfter(day(date.not_after));
  return undefined;
}

/** The commune and province a headline names; an unnamed person's description already names the most precise place. */
function headlinePlaces(record: RecordSummary): PlaceWords[] {
  const { commune, province } = record.place;
  const places = record.name.named ? [commune, province] : commune ? [province] : [];
  return places.filter((value): value is NonNullable<typeof value> => Boolean(value));
}

/** "Chen Choy — first deputy commune chief, Champei, Takeo; CNRP to CPP, about 23 Oct 2017" */
function defectionHeadline(record: RecordDetail, locale: Locale): string {
  return MESSAGES[locale].pages.headline.defection(
    plainName(record.name, locale),
    record.name.named ? record.roleNoun : undefined,
    headlinePlaces(record),
    record.fromParty.code,
    record.toParty.code,
    record.date
  );
}

function refusalHeadline(record: RefusalDetail, locale: Locale): string {
  return MESSAGES[locale].pages.headline.refusal(plainName(record.name, locale), record.roleNoun, headlinePlaces(record), record.certainty === 'refused');
}

export interface CiteOptions {
  siteName: string;
  permalink: string;
  locale?: Locale;
}

export function personProfile(ctx: ProfileContext, id: string, cite: CiteOptions): PersonProfile | undefined {
  const defection = ctx.defectionById.get(id);
  if (defection) return defectionProfile(defection, ctx, cite);
  const refusal = ctx.refusalById.get(id);
  return refusal ? refusalProfile(refusal, ctx, cite) : undefined;
}

/** The same profile from one record and its lookups, as the client-rendered person page builds it. */
export function recordProfile(found: FoundRecord, ctx: RecordContext, cite: CiteOptions): PersonProfile {
  return found.kind === 'defection' ? defectionProfile(found.record, ctx, cite) : refusalProfile(found.record, ctx, cite);
}

function defectionProfile(record: Defection, ctx: RecordContext, { siteName, permalink, locale = 'en' }: CiteOptions): DefectionProfile {
  const messages = MESSAGES[locale];
  const sources = new SourceList(locale);
  const detail = detailDefection(record, ctx, sources);
  const wave = ctx.waves.get(record.wave);
  const headline = defectionHeadline(detail, locale);
  const status = record.retracted ? messages.pages.headline.retractedStatus : messages.pages.headline.status(detail.status!.label);
  return {
    kind: 'defection',
    record: detail,
    spellings: spellingsOf(record.person, locale),
    age: ageOf(record.person, locale),
    placeNote: record.place.note,
    sources: sources.sources,
    date: {
      words: detail.date,
      precision: messages.vocabulary.precisions[record.date.precision],
      bounds: boundsOf(record.date, locale),
      note: record.date.note
    },
    wave: wave && {
      title: (locale === 'km' && wave.title_km) || wave.title,
      titleLang: locale === 'km' && wave.title_km ? 'km' : 'en',
      description: wave.description
    },
    headline,
    citation: messages.pages.headline.citation(siteName, headline, record.id, status, permalink)
  };
}

function refusalProfile(record: Refusal, ctx: RecordContext, { siteName, permalink, locale = 'en' }: CiteOptions): RefusalProfile {
  const words = MESSAGES[locale].pages.headline;
  const sources = new SourceList(locale);
  const detail = detailRefusal(record, ctx, sources);
  const headline = refusalHeadline(detail, locale);
  return {
    kind: 'refusal',
    record: detail,
    spellings: spellingsOf(record.person, locale),
    age: ageOf(record.person, locale),
    placeNote: record.place.note,
    sources: sources.sources,
    headline,
    citation: words.citation(siteName, headline, record.id, words.refusalStatus(record.certainty), permalink)
  };
}
