import { describe, expect, it } from 'vitest';
import { partlySelectedShapes, provincesByShape } from './choropleth';
import { shapeLook } from './shapes';

const known = new Set(['KH-3', 'KH-25', 'KH-21', 'KH-7']);
const counts = new Map([
  ['KH-3', { records: 1, people: 1 }],
  ['KH-25', { records: 2, people: 3 }],
  ['KH-21', { records: 12, people: 30 }]
]);

// As $lib/server/geo sends them: the boundary file's Kampong Cham shape also draws Tbong Khmum (shown_with in provinces.csv).
const provincesOf = provincesByShape([{ iso: 'KH-3', also: ['KH-25'] }, { iso: 'KH-21' }, { iso: 'KH-7' }, { iso: 'KH-99' }]);
const shape = (iso: string) => provincesOf.get(iso)!;

describe('provincesByShape', () => {
  it('a shape stands for its own province, then the ones it also draws', () => {
    expect(provincesOf.get('KH-3')).toEqual(['KH-3', 'KH-25']);
    expect(provincesOf.get('KH-21')).toEqual(['KH-21']);
  });
});

describe('shapeLook', () => {
  it('classes a shape by its people, summing Tbong Khmum into Kampong Cham’s shape', () => {
    expect(shapeLook(shape('KH-3'), counts, new Set(), known).classIndex).toBe(3);
    expect(shapeLook(shape('KH-21'), counts, new Set(), known).classIndex).toBe(5);
    expect(shapeLook(shape('KH-7'), counts, new Set(), known).classIndex).toBe(0);
  });

  it('dims the others only while something is selected; Tbong Khmum selects Kampong Cham’s shape', () => {
    expect(shapeLook(shape('KH-7'), counts, new Set(), known)).toMatchObject({ selected: false, dimmed: false });
    expect(shapeLook(shape('KH-7'), counts, new Set(['KH-21']), known)).toMatchObject({ selected: false, dimmed: true });
    expect(shapeLook(shape('KH-21'), counts, new Set(['KH-21']), known)).toMatchObject({ selected: true, dimmed: false });
    expect(shapeLook(shape('KH-3'), counts, new Set(['KH-25']), known)).toMatchObject({ selected: true, dimmed: false });
  });

  it('marks shapes whose provinces are not in the dataset', () => {
    expect(shapeLook(shape('KH-99'), counts, new Set(), known).known).toBe(false);
    expect(shapeLook(shape('KH-3'), counts, new Set(), new Set(['KH-25'])).known).toBe(true);
  });
});

describe('partlySelectedShapes', () => {
  it('names the provinces a selected outline takes in but the filter leaves out', () => {
    expect(partlySelectedShapes(provincesOf, new Set(['KH-3']))).toEqual([{ selected: ['KH-3'], left: ['KH-25'] }]);
    expect(partlySelectedShapes(provincesOf, new Set(['KH-25', 'KH-21']))).toEqual([{ selected: ['KH-25'], left: ['KH-3'] }]);
  });

  it('says nothing when the whole shape, or none of it, is selected', () => {
    expect(partlySelectedShapes(provincesOf, new Set(['KH-3', 'KH-25']))).toEqual([]);
    expect(partlySelectedShapes(provincesOf, new Set(['KH-21']))).toEqual([]);
    expect(partlySelectedShapes(provincesOf, new Set())).toEqual([]);
  });
});
