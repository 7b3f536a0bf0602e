// The SVG map as the server renders it into the page: one tab stop, hatching for provinces outside the selection.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProvinceShapes from './ProvinceShapes.svelte';
import type { ShapeLook } from './shapes';

const map = {
  viewBox: '0 0 30 10',
  shapes: [
    { iso: 'KH-1', d: 'M0 0h10v10h-10z' },
    { iso: 'KH-2', d: 'M10 0h10v10h-10z' },
    { iso: 'KH-3', d: 'M20 0h10v10h-10z', also: ['KH-25'] }
  ]
};

function rendered(selected: string[]) {
  const look = (iso: string): ShapeLook => ({ classIndex: iso === 'KH-2' ? 5 : 1, known: true, selected: selected.includes(iso), dimmed: selected.length > 0 && !selected.includes(iso) });
  const { body } = render(ProvinceShapes, { props: { map, look, describe: (iso) => ({ label: iso, lines: ['1 person in 1 record'] }), onToggle: () => {} } });
  const paths = [...body.matchAll(/<path [^>]*class="shape[^>]*>/g)].map(([tag]) => tag);
  return { body, paths, attribute: (tag: string, name: string) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1] };
}

describe('ProvinceShapes, rendered on the server', () => {
  it('is one tab stop: the first shape, or the first selected one', () => {
    const none = rendered([]);
    expect(none.paths.map((tag) => none.attribute(tag, 'tabindex'))).toEqual(['0', '-1', '-1']);
    const some = rendered(['KH-3']);
    expect(some.paths.map((tag) => some.attribute(tag, 'tabindex'))).toEqual(['-1', '-1', '0']);
    expect(some.paths.every((tag) => some.attribute(tag, 'role') === 'button')).toBe(true);
  });

  it('hatches the shapes outside the selection over their own class colour, with a pattern per class', () => {
    const { body, paths, attribute } = rendered(['KH-3']);
    expect(attribute(paths[0], 'style')).toBe('fill: url(#map-dimmed-c1);');
    expect(attribute(paths[1], 'style')).toBe('fill: url(#map-dimmed-c5);');
    expect(attribute(paths[2], 'style')).toBeUndefined();
    for (const index of [0, 1, 2, 3, 4, 5]) expect(body).toContain(`id="map-dimmed-c${index}"`);
    expect(rendered([]).paths.some((tag) => attribute(tag, 'style'))).toBe(false);
  });
});
