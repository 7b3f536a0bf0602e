// One record in full, as a reporter cites it: every spelling, every source, its verification level, and a citation.
import { formatDay, formatPartialDate } from '$lib/format';
import type { Defection, Refusal } from '$lib/schema';
import { DATE_PRECISIONS } from '$lib/schema/vocabulary';
import type { ProfileContext } from './context';
import { plainName } from './describe';
import { detailDefection, detailRefusal, placeName, SourceList, type CitedSource, type RecordDetail, type RefusalDetail } from './records';

export interface Spelling {
  text: string;
  lang?: 'km';
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
  wave?: { title: string; description: string };
}

export interface RefusalProfile extends PersonBase {
  kind: 'refusal';
  record: RefusalDetail;
}

export type PersonProfile = DefectionProfile | RefusalProfile;

function spellingsOf(person: Defection['person']): Spelling[] {
  const spellings: Spelling[] = [];
  if (person.name) spellings.push({ text: person.name, note: person.romanisation_tentative ? 'Latin spelling (romanisation tentative: the compiler’s, not a source’s)' : 'as the source prints it' });
  if (person.name_km) spellings.push({ text: person.name_km, lang: 'km', note: 'Khmer script' });
  for (const other of person.other_spellings) spellings.push({ text: other, note: 'other spelling in a source' });
  return spellings;
}

function ageOf(person: Defection['person']): string | undefined {
  if (!person.age) return undefined;
  return person.age.as_of ? `${person.age.years}, as of ${formatPartialDate(person.age.as_of, 'day')}` : `${person.age.years} (the source does not say as of when)`;
}

function boundsOf(date: Defection['date']): string | undefined {
  if (!date.value) return undefined;
  if (date.not_before && date.not_after) return `not before ${formatDay(date.not_before)} and not after ${formatDay(date.not_after)}`;
  if (date.not_before) return `not before ${formatDay(date.not_before)}`;
  if (date.not_after) return `not after ${formatDay(date.not_after)}`;
  return undefined;
}

/** "Chen Choy — first deputy commune chief, Champei, Takeo; CNRP to CPP, about 23 Oct 2017" */
function defectionHeadline(record: RecordDetail): string {
  const place = [record.place.commune?.name, record.place.province?.name].filter(Boolean).join(', ');
  const role = record.name.named ? `${record.roleNoun}${place ? `, ${place}` : ''}` : place;
  return `${plainName(record.name)}${role ? ` — ${role}` : ''}; ${record.fromParty.code} to ${record.toParty.code}, ${record.date}`;
}

function refusalHeadline(record: RefusalDetail): string {
  const place = [record.place.commune?.name, record.place.province?.name].filter(Boolean).join(', ');
  const outcome = record.certainty === 'refused' ? 'refused to defect' : 'pressed to defect (answer not reported)';
  return `${plainName(record.name)} — ${record.roleNoun}${place ? `, ${place}` : ''}; ${outcome}`;
}

export function citationText(siteName: string, headline: string, id: string, status: string, permalink: string): string {
  return `${siteName}, “${headline}”, record ${id} (${status}). ${permalink}`;
}

export function personProfile(ctx: ProfileContext, id: string, cite: { siteName: string; permalink: string }): PersonProfile | undefined {
  const defection = ctx.defectionById.get(id);
  if (defection) return defectionProfile(defection, ctx, cite);
  const refusal = ctx.refusalById.get(id);
  return refusal ? refusalProfile(refusal, ctx, cite) : undefined;
}

function defectionProfile(record: Defection, ctx: ProfileContext, cite: { siteName: string; permalink: string }): DefectionProfile {
  const sources = new SourceList();
  const detail = detailDefection(record, ctx, sources);
  const wave = ctx.waves.get(record.wave);
  const headline = defectionHeadline(detail);
  const status = record.retracted ? 'retracted' : detail.status!.label.toLowerCase();
  return {
    kind: 'defection',
    record: detail,
    spellings: spellingsOf(record.person),
    age: ageOf(record.person),
    placeNote: record.place.note,
    sources: sources.sources,
    date: { words: detail.date, precision: DATE_PRECISIONS[record.date.precision], bounds: boundsOf(record.date), note: record.date.note },
    wave: wave && { title: wave.title, description: wave.description },
    headline,
    citation: citationText(cite.siteName, headline, record.id, status, cite.permalink)
  };
}

function refusalProfile(record: Refusal, ctx: ProfileContext, cite: { siteName: string; permalink: string }): RefusalProfile {
  const sources = new SourceList();
  const detail = detailRefusal(record, ctx, sources);
  const headline = refusalHeadline(detail);
  return {
    kind: 'refusal',
    record: detail,
    spellings: spellingsOf(record.person),
    age: ageOf(record.person),
    placeNote: record.place.note,
    sources: sources.sources,
    headline,
    citation: citationText(cite.siteName, headline, record.id, `did not defect: ${record.certainty}`, cite.permalink)
  };
}

/** Where the record is, for the locator map and breadcrumbs. */
export function personPlaceName(profile: PersonProfile): string | undefined {
  return placeName(profile.record.place);
}
