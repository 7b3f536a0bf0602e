// The feed is parsed as XML (a small strict parser below: well-formedness, entities, nesting) and checked against Atom 1.0 (RFC 4287).
import { beforeAll, describe, expect, it } from 'vitest';
import { toChangeLog, type ChangeLogEntry } from '$lib/data/changes';
import type { Dataset } from '$lib/schema';
import { loadDataset } from '$lib/server/read-data';
import { escapeXml } from '$lib/xml';
import { toAtom } from './atom';
import { exportMeta } from './meta';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string, where: number): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(text)) throw new Error(`control character near ${where}`);
  return text.replace(/&([^;]*);|&/g, (match, entity: string | undefined) => {
    if (entity === undefined) throw new Error(`bare & near ${where}`);
    if (ENTITIES[entity]) return ENTITIES[entity];
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#(\d+)$/.exec(entity)?.[1];
    if (!code) throw new Error(`unknown entity &${entity}; near ${where}`);
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(code, 16) : Number(code));
  });
}

/** Parses a well-formed XML document into elements, throwing on anything a conforming parser must reject. */
function parseXml(xml: string): XmlElement {
  let position = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (xml.startsWith('<?xml')) position = xml.indexOf('?>') + 2;
  while (position < xml.length) {
    const next = xml.indexOf('<', position);
    const text = xml.slice(position, next === -1 ? xml.length : next);
    // ">" may appear in XML text, but never as "]]>"; the writer escapes every ">", so any here is a writer bug.
    if (text.includes('>')) throw new Error(`unescaped > near ${position}`);
    if (stack.length > 0) stack.at(-1)!.text += decode(text, position);
    else if (text.trim() !== '') throw new Error(`text outside the root element near ${position}`);
    if (next === -1) break;
    if (xml.startsWith('<!--', next)) {
      position = xml.indexOf('-->', next) + 3;
      continue;
    }
    const end = xml.indexOf('>', next);
    if (end === -1) throw new Error(`unclosed tag near ${next}`);
    const tag = xml.slice(next + 1, end);
    position = end + 1;
    if (tag.startsWith('/')) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open?.name}> near ${next}`);
      if (stack.length === 0) root = open;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const [, name, rest] = /^(\S+)([\s\S]*?)\/?$/.exec(tag) ?? [];
    if (!name || !NAME.test(name)) throw new Error(`bad element name "${name}" near ${next}`);
    const attributes: Record<string, string> = {};
    const attributeText = rest.replace(/\s+([^\s=]+)\s*=\s*("([^"<]*)"|'([^'<]*)')/g, (_, key: string, __, double?: string, single?: string) => {
      if (!NAME.test(key) || key in attributes) throw new Error(`bad or repeated attribute ${key} near ${next}`);
      attributes[key] = decode(double ?? single ?? '', next);
      return '';
    });
    if (attributeText.trim() !== '') throw new Error(`malformed attributes "${attributeText}" near ${next}`);
    if (stack.length === 0 && root) throw new Error('a second root element');
    const element: XmlElement = { name, attributes, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(element);
    if (selfClosing) {
      if (stack.length === 0) root = element;
    } else stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

const only = (parent: XmlElement, name: string) => {
  const found = parent.children.filter((child) => child.name === name);
  expect(found, `exactly one <${name}> in <${parent.name}>`).toHaveLength(1);
  return found[0];
};
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ORIGIN = 'https://tracker.example.org';

function expectAtomFeed(xml: string) {
  const feed = parseXml(xml);
  expect(feed.name).toBe('feed');
  expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
  expect(only(feed, 'id').text).toMatch(/^https?:\/\//);
  expect(only(feed, 'title').text.length).toBeGreaterThan(0);
  const updated = only(feed, 'updated').text;
  expect(updated).toMatch(RFC3339);
  // Entries have no author of their own, so the feed must have one (RFC 4287 §4.1.1).
  expect(only(only(feed, 'author'), 'name').text.length).toBeGreaterThan(0);
  expect(feed.children.filter((child) => child.name === 'link' && child.attributes.rel === 'self')).toHaveLength(1);
  const entries = feed.children.filter((child) => child.name === 'entry');
  const ids = entries.map((entry) => only(entry, 'id').text);
  expect(new Set(ids).size).toBe(ids.length);
  for (const entry of entries) {
    expect(only(entry, 'id').text).toMatch(/^https?:\/\/\S+$/);
    expect(only(entry, 'title').text.length).toBeGreaterThan(0);
    expect(only(entry, 'updated').text).toMatch(RFC3339);
    expect(only(entry, 'updated').text <= updated).toBe(true);
    expect(entry.children.some((child) => child.name === 'link' && child.attributes.rel === 'alternate' && /^https?:\/\//.test(child.attributes.href))).toBe(true);
    expect(only(entry, 'summary').attributes.type).toBe('text');
  }
  return { feed, entries };
}

let data: Dataset;
beforeAll(() => {
  data = loadDataset().dataset;
});

describe('the Atom feed', () => {
  it('is well-formed Atom 1.0 for the real changelog', () => {
    const { entries } = expectAtomFeed(toAtom(toChangeLog(data), exportMeta(data.changes), ORIGIN));
    expect(entries).toHaveLength(data.changes.length);
  });

  it('escapes every kind of text and keeps it intact', () => {
    const nasty = `Tom & Jerry's <b>"quote"</b> ]]> \u0001 ក ✓`;
    const entry: ChangeLogEntry = {
      anchor: '2017-11-20-amended-x',
      date: '2017-11-20',
      kind: 'amended',
      kindLabel: 'Amended',
      summary: nasty,
      reason: nasty,
      fields: ['status'],
      sources: [{ outlet: nasty, url: 'https://example.org/a?b=1&c=2', language: 'en' }],
      records: [{ id: 'x', name: nasty }]
    };
    const { entries } = expectAtomFeed(toAtom([entry], exportMeta([]), ORIGIN));
    const clean = nasty.replace('\u0001', '');
    expect(only(entries[0], 'title').text).toBe(`Amended: ${clean}`);
    expect(only(entries[0], 'summary').text).toContain(`Why: ${clean}`);
    expect(entries[0].children.find((child) => child.attributes.rel === 'related')?.attributes.href).toBe('https://example.org/a?b=1&c=2');
  });

  it('is valid with no entries at all', () => {
    expectAtomFeed(toAtom([], exportMeta([]), ORIGIN));
  });

  it('rejects what is not well-formed (the parser checks)', () => {
    expect(() => parseXml('<feed><id>a & b</id></feed>')).toThrow(/bare &/);
    expect(() => parseXml('<feed><id>a</title></feed>')).toThrow(/closes/);
    expect(() => parseXml('<feed><id>a</id>')).toThrow(/never closed/);
    expect(() => parseXml('<feed a="1" a="2"/>')).toThrow(/repeated/);
    expect(escapeXml('<&>"\'')).toBe('&lt;&amp;&gt;&quot;&apos;');
  });
});
