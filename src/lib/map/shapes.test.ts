import { describe, expect, it } from 'vitest';
import { shapeLook } from './shapes';

const known = new Set(['KH-3', 'KH-25', 'KH-21', 'KH-7']);
const counts = new Map([
  ['KH-3', { records: 1, people: 1 }],
  ['KH-25', { records: 2, people: 3 }],
  ['KH-21', { records: 12, people: 30 }]
]);

describe('shapeLook', () => {
  it('classes a shape by its people, summing Tbong Khmum into Kampong Cham’s shape', () => {
    expect(shapeLook('KH-3', counts, new Set(), known).classIndex).toBe(3);
    expect(shapeLook('KH-21', counts, new Set(), known).classIndex).toBe(5);
    expect(shapeLook('KH-7', counts, new Set(), known).classIndex).toBe(0);
  });

  it('dims the others only while something is selected; Tbong Khmum selects Kampong Cham’s shape', () => {
    expect(shapeLook('KH-7', counts, new Set(), known)).toMatchObject({ selected: false, dimmed: false });
    expect(shapeLook('KH-7', counts, new Set(['KH-21']), known)).toMatchObject({ selected: false, dimmed: true });
    expect(shapeLook('KH-21', counts, new Set(['KH-21']), known)).toMatchObject({ selected: true, dimmed: false });
    expect(shapeLook('KH-3', counts, new Set(['KH-25']), known)).toMatchObject({ selected: true, dimmed: false });
  });

  it('marks shapes whose provinces are not in the dataset', () => {
    expect(shapeLook('KH-99', counts, new Set(), known).known).toBe(false);
    expect(shapeLook('KH-3', counts, new Set(), new Set(['KH-25'])).known).toBe(true);
  });
});
