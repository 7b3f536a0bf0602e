import { describe, expect, it } from 'vitest';
import { escapeXml } from '$lib/xml';
import { chartImageSvg, fontFamily, mapChartBody, wrapText, type ChartImageText } from './chart-image';

/**
 * What makes a document not well-formed XML, for the markup these images are made of (no comments, CDATA or doctype;
 * the e2e tests parse the downloaded files with the browser's XML parser): unbalanced tags, unquoted attributes, a raw
 * < or & in text. Returns the texts of the elements, in order.
 */
function wellFormedTexts(xml: string): string[] {
  const stack: string[] = [];
  const texts: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let match: RegExpExecArray | null;
  let at = 0;
  while ((match = token.exec(body))) {
    at = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`A raw & in ${JSON.stringify(text)}`);
      if (stack.at(-1) === 'text') texts.push(text);
    } else if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes nothing open`);
    } else if (!selfClosing) stack.push(name);
  }
  if (at !== body.length) throw new Error(`Not XML at ${JSON.stringify(body.slice(at, at + 40))}`);
  if (stack.length) throw new Error(`Left open: ${stack.join(', ')}`);
  return texts;
}
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const colours = { background: '#ffffff', text: '#1b1b1f', muted: '#505060', border: '#d4d4dc' };
const text: ChartImageText = {
  title: 'CNRP officials who joined the CPP, 2017: by province',
  headline: 'In Takeo, 3 records of 3 people.',
  filters: 'Shown: Oct–Nov 2017; in Takeo; search “<script>alert(1)</script> & co”.',
  source: 'Source: Defection Tracker, https://example.org/?province=KH-21&q=a%22b',
  dataAsOf: 'Data as of 1 Dec 2017.'
};
const body = { markup: '<rect x="0" y="0" width="400" height="200" fill="#54278f"/>', width: 400, height: 200 };

describe('escapeXml', () => {
  it('escapes markup and quotes and drops the control characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0007b</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;b&lt;/a&gt;');
  });
});

describe('wrapText', () => {
  const measure = (line: string) => line.length * 10;
  it('breaks between words so that no line is wider than the width', () => {
    expect(wrapText('one two three four', 90, 10, false, measure)).toEqual(['one two', 'three', 'four']);
  });
  it('gives a word longer than a line a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 50, 10, false, measure)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});

describe('chartImageSvg', () => {
  it('is well-formed XML holding the chart, every text line once and nothing unescaped', () => {
    const { svg, width, height } = chartImageSvg(body, text, colours, { locale: 'en' });
    expect(svg).not.toContain('<script>');
    const all = wellFormedTexts(svg).map(unescape).join(' ');
    for (const line of Object.values(text)) expect(all).toContain(line);
    expect(svg).toContain(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('fill="#54278f"');
    // A small chart gets an image wide enough for its text.
    expect(width).toBe(480);
    // Title, three lines above at least, the chart and two below.
    expect(height).toBeGreaterThan(200 + 6 * 16);
  });

  it('scales a chart wider than the image down to fit', () => {
    const { svg } = chartImageSvg({ ...body, width: 800 }, text, colours, { locale: 'en', width: 432 });
    expect(svg).toContain('scale(0.5)');
  });

  it('names a font with Khmer glyphs first on a Khmer image and spaces its lines more', () => {
    const en = chartImageSvg(body, text, colours, { locale: 'en' });
    const km = chartImageSvg(body, text, colours, { locale: 'km' });
    expect(fontFamily('km').startsWith("'Noto Sans Khmer'")).toBe(true);
    expect(km.svg).toContain(`font-family="${escapeXml(fontFamily('km'))}"`);
    expect(km.svg).toContain('xml:lang="km"');
    expect(km.height).toBeGreaterThan(en.height);
  });
});

describe('mapChartBody', () => {
  const map = {
    viewBox: '0 0 100 50',
    shapes: [
      { iso: 'KH-1', d: 'M0,0H10V10Z' },
      { iso: 'KH-3', d: 'M20,0H30V10Z', also: ['KH-25'] },
      { iso: 'KH-99', d: 'M40,0H50V10Z' }
    ]
  };
  const mapColours = { classes: ['#c0', '#c1', '#c2', '#c3', '#c4', '#c5'], noData: '#nd', stroke: '#st', selected: '#sel', text: '#tx' };
  const legend = { title: 'People', classes: ['0', '1', '2–3', '4–9', '10–24', '25+'], noData: 'No data' };
  const counts = new Map([
    ['KH-1', { records: 1, people: 1 }],
    ['KH-3', { records: 2, people: 2 }],
    ['KH-25', { records: 2, people: 3 }]
  ]);

  it('fills each shape with its class colour, sums the provinces a shape stands for, and outlines the selection', () => {
    const { markup, width, height } = mapChartBody(map, { counts, selected: ['KH-3'], knownIsos: new Set(['KH-1', 'KH-3', 'KH-25']) }, mapColours, legend, { width: 200 });
    expect(wellFormedTexts(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`)).toContain('25+');
    // KH-1: 1 person, its colour kept though another is selected; KH-3 + KH-25: 5 people, class 3; KH-99 not in the dataset.
    expect(markup).toContain('d="M0,0H10V10Z" fill="#c1" fill-opacity="0.95"');
    expect(markup).toContain('d="M20,0H30V10Z" fill="#c3" fill-opacity="0.95"');
    expect(markup).toMatch(/d="M40,0H50V10Z" fill="#nd"[^>]*stroke-dasharray/);
    expect(markup).toContain('d="M20,0H30V10Z" fill="none" stroke="#sel"');
    expect(markup).toContain('>25+</text>');
    expect(markup).toContain('>No data</text>');
    expect(width).toBe(200);
    // The map at the width's scale (100 × 50 → 200 × 100) and the legend below.
    expect(markup).toContain('width="200" height="100" viewBox="0 0 100 50"');
    expect(height).toBeGreaterThan(100);
  });

  it('wraps the legend onto more rows when the width is narrow', () => {
    const wide = mapChartBody(map, { counts, selected: [], knownIsos: new Set() }, mapColours, legend, { width: 2000 });
    const narrow = mapChartBody(map, { counts, selected: [], knownIsos: new Set() }, mapColours, legend, { width: 120 });
    expect(narrow.height - narrow.width / 2).toBeGreaterThan(wide.height - wide.width / 2);
  });
});
