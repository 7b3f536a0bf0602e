// What the /contribute/ form holds (every field as typed, all strings) and the record input it stands for: blank
// fields are left out, as the importer leaves out blank cells, so the schema judges the form as it judges a CSV row.
import { recordIdFromName } from '$lib/data/slug';

export interface SourceDraft {
  outlet: string;
  title: string;
  published: string;
  url: string;
  reporter: string;
  language: string;
}

export interface ReactionDraft {
  speaker: string;
  speaker_role: string;
  voice: string;
  stance: string;
  quote: string;
  summary: string;
  /** The source's number as the form shows it, from 1. */
  source: string;
}

export interface RecordDraft {
  id: string;
  name: string;
  name_km: string;
  age_years: string;
  age_as_of: string;
  people: string;
  role: string;
  role_in_source: string;
  province: string;
  district: string;
  commune: string;
  as_reported: string;
  place_note: string;
  wave: string;
  precision: string;
  date_value: string;
  not_before: string;
  not_after: string;
  date_note: string;
  from_party: string;
  to_party: string;
  reason_summary: string;
  reason_tags: string[];
  quote_text: string;
  quote_speaker: string;
  status: string;
  notes: string;
  sources: SourceDraft[];
  reactions: ReactionDraft[];
}

export const emptySource = (): SourceDraft => ({ outlet: '', title: '', published: '', url: '', reporter: '', language: 'en' });
export const emptyReaction = (): ReactionDraft => ({ speaker: '', speaker_role: '', voice: 'constituent', stance: '', quote: '', summary: '', source: '1' });

export function emptyDraft(defaults: { wave: string; from_party: string; to_party: string }): RecordDraft {
  return {
    id: '',
    name: '',
    name_km: '',
    age_years: '',
    age_as_of: '',
    people: '1',
    role: '',
    role_in_source: '',
    province: '',
    district: '',
    commune: '',
    as_reported: '',
    place_note: '',
    wave: defaults.wave,
    precision: 'day',
    date_value: '',
    not_before: '',
    not_after: '',
    date_note: '',
    from_party: defaults.from_party,
    to_party: defaults.to_party,
    reason_summary: '',
    reason_tags: [],
    quote_text: '',
    quote_speaker: '',
    status: 'reported',
    notes: '',
    sources: [emptySource()],
    reactions: []
  };
}

/** The record's id: the one typed, else derived from the name as the importer derives it. */
export function draftId(draft: RecordDraft): string {
  return draft.id.trim() || recordIdFromName(draft.name.trim());
}

type Input = Record<string, unknown>;

/** Whole numbers become numbers; anything else stays text for the schema to refuse with its own message. */
function count(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** The object without its blank fields (and without objects left empty by that). */
function compact(value: Input): Input | undefined {
  const kept = Object.entries(value).filter(([, item]) => item !== undefined && item !== '');
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

const text = (value: string) => value.trim() || undefined;

/** The record the form describes, before validation. */
export function draftToInput(draft: RecordDraft): Input {
  const age = compact({ years: draft.age_years.trim() ? count(draft.age_years.trim()) : undefined, as_of: text(draft.age_as_of) });
  const quote = compact({ text: text(draft.quote_text), speaker: text(draft.quote_speaker) });
  const reason = compact({ summary: text(draft.reason_summary), tags: draft.reason_tags.length > 0 ? [...draft.reason_tags] : undefined, quote });
  const sources = draft.sources
    .map((source) => compact({ outlet: text(source.outlet), title: text(source.title), published: text(source.published), url: text(source.url), reporter: text(source.reporter), language: text(source.language) }))
    // A source group with only its language set is an empty group.
    .map((source) => (source && Object.keys(source).some((key) => key !== 'language') ? source : {}));
  const reactions = draft.reactions.map((reaction) => {
    const number = reaction.source.trim();
    return (
      compact({
        speaker: text(reaction.speaker),
        speaker_role: text(reaction.speaker_role),
        voice: text(reaction.voice),
        stance: text(reaction.stance),
        quote: text(reaction.quote),
        summary: text(reaction.summary),
        source: /^\d+$/.test(number) && Number(number) >= 1 ? Number(number) - 1 : number || undefined
      }) ?? {}
    );
  });
  return {
    id: draftId(draft) || undefined,
    wave: text(draft.wave),
    person: compact({ name: text(draft.name), name_km: text(draft.name_km), age }) ?? {},
    people: draft.people.trim() ? count(draft.people.trim()) : undefined,
    role: text(draft.role),
    role_in_source: text(draft.role_in_source),
    place: compact({ province: text(draft.province), district: text(draft.district), commune: text(draft.commune), as_reported: text(draft.as_reported), note: text(draft.place_note) }) ?? {},
    date: compact({ value: text(draft.date_value), precision: text(draft.precision), not_before: text(draft.not_before), not_after: text(draft.not_after), note: text(draft.date_note) }) ?? {},
    from_party: text(draft.from_party),
    to_party: text(draft.to_party),
    ...(reason && { reason }),
    ...(reactions.length > 0 && { reactions }),
    sources,
    status: text(draft.status),
    notes: text(draft.notes)
  };
}

/** The form control for a field path of the record: person.name → "f-person-name", sources[0].url → "f-sources-0-url". */
export function fieldId(path: readonly PropertyKey[]): string {
  return `f-${path.map(String).join('-').replace(/_/g, '-')}`;
}
