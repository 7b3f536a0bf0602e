// The locator SVG is served as a file of its own, where no CSP meta applies: text from data must stay text in it.
import { describe, expect, it } from 'vitest';
import { locatorSvg } from './geo';

/** The five predefined XML entities and numeric references, decoded: what an XML parser makes of the text. */
function xmlText(escaped: string): string {
  return escaped.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) =>
    name.startsWith('#')
      ? String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]
  );
}

describe('locatorSvg', () => {
  const name = `<script>alert(1)</script> "&' <img src=x onerror=alert(2)>`;
  const svg = locatorSvg([
    { iso: 'KH-1', name, d: 'M0 0l1 1z' },
    { iso: '"><script>alert(3)</script>', name: 'Battambang', d: 'M2 2z' }
  ]);

  it('writes only its own elements, whatever the names and codes hold', () => {
    const tags = [...svg.matchAll(/<\/?([\w:-]+)/g)].map((match) => match[1]);
    expect(new Set(tags)).toEqual(new Set(['svg', 'g', 'path', 'title']));
    expect(svg.match(/<path /g)).toHaveLength(2);
  });

  it('escapes &, <, >, " and \' in text and attributes, so the name reads back exactly', () => {
    const titles = [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1]);
    expect(titles.map(xmlText)).toEqual([name, 'Battambang']);
    expect(titles[0]).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&apos; &lt;img src=x onerror=alert(2)&gt;');
    const ids = [...svg.matchAll(/<path id="([^"]*)"/g)].map((match) => xmlText(match[1]));
    expect(ids).toEqual(['KH-1', '"><script>alert(3)</script>']);
  });
});
