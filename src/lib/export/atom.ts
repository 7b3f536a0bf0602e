// feed.xml: the corrections log as an Atom 1.0 feed (RFC 4287), so reporters can follow new and corrected records.
import type { ChangeLogEntry } from '$lib/data/changes';
import { listJoin } from '$lib/format';
import { SITE } from '$lib/site';
import type { ExportMeta } from './meta';
import { escapeXml } from '$lib/xml';


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

function entryText(entry: ChangeLogEntry): string {
  return [
    entry.summary,
    `Why: ${entry.reason}`,
    entry.fields.length > 0 ? `Fields: ${entry.fields.join(', ')}.` : '',
    `Records: ${entry.records.map((record) => `${record.name} (${record.id})`).join('; ')}.`
  ]
    .filter(Boolean)
    .join('\n');
}

export function toAtom(entries: readonly ChangeLogEntry[], meta: ExportMeta, origin: string): string {
  const page = `${origin}/changes/`;
  const updated = entries.length > 0 ? dayToInstant(entries[0].date) : meta.generated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element('id', page)}`,
    `  ${element('title', `${SITE.name}: changes and corrections to the data`)}`,
    `  ${element('subtitle', 'Records added, amended, retracted or disputed, with the reason and the evidence.')}`,
    `  ${element('updated', updated)}`,
    `  ${link({ rel: 'self', type: 'application/atom+xml', href: `${origin}/feed.xml` })}`,
    `  ${link({ rel: 'alternate', type: 'text/html', href: page })}`,
    `  <author>${element('name', SITE.name)}${element('uri', `${origin}/`)}</author>`,
    `  ${element('rights', `Data licence: ${meta.licence.name}. Cite as: ${meta.citation}`)}`,
    ...entries.flatMap((entry) => {
      const href = `${page}#${entry.anchor}`;
      return [
        '  <entry>',
        `    ${element('id', href)}`,
        `    ${element('title', entryTitle(entry))}`,
        `    ${element('published', dayToInstant(entry.date))}`,
        `    ${element('updated', dayToInstant(entry.date))}`,
        `    ${link({ rel: 'alternate', type: 'text/html', href })}`,
        ...entry.sources.map((source) => `    ${link({ rel: 'related', href: source.url, title: source.title ? `${source.outlet}: ${source.title}` : source.outlet })}`),
        `    <category term="${escapeXml(entry.kind)}" label="${escapeXml(entry.kindLabel)}"/>`,
        `    ${element('summary', entryText(entry), ' type="text"')}`,
        '  </entry>'
      ];
    }),
    '</feed>'
  ];
  return `${lines.join('\n')}\n`;
}
