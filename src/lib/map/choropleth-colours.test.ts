// The choropleth's colour tokens in src/app.css, read as the browser reads them: in each theme, a class with more
// people stands out more from the background, the top class clearly, and neighbouring classes can be told apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASS_BREAKS } from './choropleth';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [name, value.toLowerCase()]));
}

function blockAfter(marker: string): string {
  const start = css.indexOf('{', css.indexOf(marker));
  let depth = 0;
  for (let i = start; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(start, i);
  }
  throw new Error(`no block after ${marker}`);
}

const light = tokens(blockAfter(':root'));
// The dark scheme overrides the light tokens it changes; the rest stay as they are.
const dark = { ...light, ...tokens(blockAfter('@media (prefers-color-scheme: dark)')) };

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark]
])('the %s theme', (_theme, theme) => {
  const classes = CLASS_BREAKS.map((item) => theme[`class-${item.index}`]);
  const backgrounds = [theme.bg, theme['bg-muted']];

  it('has a colour for every class', () => {
    expect(classes.every(Boolean)).toBe(true);
    expect(backgrounds.every(Boolean)).toBe(true);
  });

  it.each([
    ['page', 0],
    ['map', 1]
  ])('gives each class more contrast with the %s background than the class below it', (_name, which) => {
    const ratios = classes.map((colour) => contrast(colour, backgrounds[which]));
    for (let i = 1; i < ratios.length; i++) expect(ratios[i], `class ${i} against class ${i - 1}`).toBeGreaterThan(ratios[i - 1]);
    // The provinces with the most people stand out as a graphical object must (WCAG 1.4.11).
    expect(ratios.at(-1)).toBeGreaterThanOrEqual(3);
  });

  it('keeps neighbouring classes distinguishable', () => {
    for (let i = 1; i < classes.length; i++) expect(contrast(classes[i], classes[i - 1]), `classes ${i - 1} and ${i}`).toBeGreaterThanOrEqual(1.2);
  });
});
