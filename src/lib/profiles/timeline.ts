// A place's own timeline: its dated records grouped by the date as sources give it, with the key events of that span.
import { partialDateInterval } from '$lib/data/dates';
import { formatPartialDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { KeyEvent } from '$lib/schema';
import { plainName } from './describe';
import type { RecordSummary } from './records';

export interface TimelineRecords {
  kind: 'records';
  /** Unique within the timeline. */
  key: string;
  /** The date in words: "26 Oct 2017", "about 26 Oct 2017", "October 2017". */
  label: string;
  start: string;
  people: number;
  records: { id: string; name: string; nameLang: Locale; people: number; counted: boolean }[];
}

export interface TimelineEvent {
  kind: 'event';
  key: string;
  label: string;
  start: string;
  title: string;
}

export type TimelineEntry = TimelineRecords | TimelineEvent;

export interface PlaceTimeline {
  entries: TimelineEntry[];
  /** The largest number of people on one entry, to scale the bars. */
  maxPeople: number;
  /** Records no source dates, even roughly: listed elsewhere on the page. */
  undated: number;
}

/** Records come already worded in the page's language; events are dated in it too (their titles exist only in English). */
export function placeTimeline(records: readonly RecordSummary[], events: readonly KeyEvent[], locale: Locale = 'en'): PlaceTimeline {
  const groups = new Map<string, TimelineRecords>();
  let undated = 0;
  for (const record of records) {
    if (record.retracted) continue;
    if (!record.start) {
      undated += 1;
      continue;
    }
    const key = `${record.start}|${record.date}`;
    const group = groups.get(key) ?? { kind: 'records', key, label: record.date, start: record.start, people: 0, records: [] };
    group.people += record.people;
    group.records.push({ id: record.id, name: plainName(record.name, locale), nameLang: record.name.primaryLang, people: record.people, counted: record.counted });
    groups.set(key, group);
  }
  const recordEntries = [...groups.values()];
  const starts = recordEntries.map((entry) => entry.start).sort();
  const first = starts[0];
  const last = records.map((record) => record.end).filter((end): end is string => Boolean(end)).sort().at(-1);
  const eventEntries: TimelineEvent[] =
    first && last
      ? events
          .filter((event) => event.key)
          .map((event) => ({ kind: 'event' as const, key: event.id, label: formatPartialDate(event.date, 'day', locale), start: partialDateInterval(event.date).start, title: event.title }))
          .filter((event) => event.start >= first && event.start <= last)
      : [];
  const entries: TimelineEntry[] = [...recordEntries, ...eventEntries].sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1
  );
  return { entries, maxPeople: Math.max(1, ...recordEntries.map((entry) => entry.people)), undated };
}
