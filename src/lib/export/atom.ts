// feed.xml: the corrections log as an Atom 1.0 feed (RFC 4287), so reporters can follow new and corrected records.
import type { ChangeLogEntry } from '$lib/data/changes';
import { listJoin } from '$lib/format';
import { SITE } from '$lib/site';
import type { ExportMeta } from './meta';
import { escapeXml } from '$lib/xml';
import type { Source } from '$lib/schema';

function element(name: string, text: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

function link(attributes: Record<string, string>): string {
  return `<link ${Object.entries(attributes).map(([key, value]) => `${key}="${escapeXml(value)}"`).join(' ')}/>`;
}

const dayToInstant = (day: string) => `${day}T00:00:00Z`;

export function entryTitle(entry: ChangeLogEntry): string {
  const names = entry.records.map((record) => record.name);
  return `${entry.kindLabel}: ${names.length <= 3 ? listJoin(names) : `${names.length} records`}`;
}

export function entryText(entry: ChangeLogEntry): string {
  return [
    entry.summary,
    `Why: ${entry.reason}`,
    entry.fields.length > 0 ? `Fields: ${entry.fields.join(', ')}.` : '',
    `Records: ${entry.records.map((record) => `${record.name} (${record.id})`).join('; ')}.`
  ]
    .filter(Boolean)
    .join('\n');
}

/** One entry of an Atom feed, as writeAtom writes it. */
export interface AtomEntry {
  /** A permanent IRI. */
  id: string;
  title: string;
  /** YYYY-MM-DD: published and updated. */
  date: string;
  /** The page the entry is about. */
  alternate: string;
  /** Further links (rel="related"), each an attribute map written in its order after rel. */
  related: Record<string, string>[];
  category: { term: string; label: string };
  /** Plain text. */
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  /** The feed's own address. */
  self: string;
  /** The page the feed follows. */
  alternate: string;
  /** The author's address (the author is the site). */
  authorUri: string;
  rights: string;
  entries: readonly AtomEntry[];
}

/** An Atom 1.0 document (RFC 4287): every text and attribute escaped, one element a line, so the same feed gives the same bytes. */
export function writeAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feed.updated)}`,
    `  ${link({ rel: 'self', type: 'application/atom+xml', href: feed.self })}`,
    `  ${link({ rel: 'alternate', type: 'text/html', href: feed.alternate })}`,
    `  <author>${element('name', SITE.name)}${element('uri', feed.authorUri)}</author>`,
    `  ${element('rights', feed.rights)}`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    ${element('id', entry.id)}`,
      `    ${element('title', entry.title)}`,
      `    ${element('published', dayToInstant(entry.date))}`,
      `    ${element('updated', dayToInstant(entry.date))}`,
      `    ${link({ rel: 'alternate', type: 'text/html', href: entry.alternate })}`,
      ...entry.related.map((attributes) => `    ${link({ rel: 'related', ...attributes })}`),
      `    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`,
      `    ${element('summary', entry.summary, ' type="text"')}`,
      '  </entry>'
    ]),
    '</feed>'
  ];
  return `${lines.join('\n')}\n`;
}

/** A source as a related link: its address, titled by outlet and headline. */
export function sourceLink(source: Pick<Source, 'outlet' | 'title' | 'url'>): Record<string, string> {
  return { href: source.url, title: source.title ? `${source.outlet}: ${source.title}` : source.outlet };
}

/** The feed's last update: its newest entry's day, else when the data was generated. */
export function feedUpdated(entries: readonly { date: string }[], meta: ExportMeta): string {
  return entries.length > 0 ? dayToInstant(entries[0].date) : meta.generated;
}

export function toAtom(entries: readonly ChangeLogEntry[], meta: ExportMeta, origin: string): string {
  const page = `${origin}/changes/`;
  return writeAtom({
    id: page,
    title: `${SITE.name}: changes and corrections to the data`,
    subtitle: 'Records added, amended, retracted or disputed, with the reason and the evidence.',
    updated: feedUpdated(entries, meta),
    self: `${origin}/feed.xml`,
    alternate: page,
    authorUri: `${origin}/`,
    rights: `Data licence: ${meta.licence.name}. Cite as: ${meta.citation}`,
    entries: entries.map((entry) => {
      const href = `${page}#${entry.anchor}`;
      return {
        id: href,
        title: entryTitle(entry),
        date: entry.date,
        alternate: href,
        related: entry.sources.map(sourceLink),
        category: { term: entry.kind, label: entry.kindLabel },
        summary: entryText(entry)
      };
    })
  });
}
