import { describe, expect, it } from 'vitest';
import { isArrowKey, shapeInDirection } from './arrow-keys';

// A 3 × 3 grid, y growing downwards as on screen, with one shape out of line.
const grid = new Map([
  ['nw', { x: 0, y: 0 }],
  ['n', { x: 10, y: 0 }],
  ['ne', { x: 20, y: 0 }],
  ['w', { x: 0, y: 10 }],
  ['c', { x: 10, y: 10 }],
  ['e', { x: 20, y: 10 }],
  ['sw', { x: 0, y: 20 }],
  ['s', { x: 10, y: 20 }],
  ['se', { x: 20, y: 20 }],
  ['far-se', { x: 14, y: 60 }]
]);

describe('shapeInDirection', () => {
  it('goes to the neighbour beside, above or below', () => {
    expect(shapeInDirection(grid, 'c', 'ArrowRight')).toBe('e');
    expect(shapeInDirection(grid, 'c', 'ArrowLeft')).toBe('w');
    expect(shapeInDirection(grid, 'c', 'ArrowUp')).toBe('n');
    expect(shapeInDirection(grid, 'c', 'ArrowDown')).toBe('s');
  });

  it('prefers a shape in line to a nearer one off it, and skips shapes more beside than ahead', () => {
    expect(shapeInDirection(grid, 'nw', 'ArrowRight')).toBe('n');
    expect(shapeInDirection(grid, 'ne', 'ArrowDown')).toBe('e');
    expect(shapeInDirection(grid, 's', 'ArrowDown')).toBe('far-se');
  });

  it('stays put at the edge and for other keys', () => {
    expect(shapeInDirection(grid, 'ne', 'ArrowRight')).toBeUndefined();
    expect(shapeInDirection(grid, 'far-se', 'ArrowDown')).toBeUndefined();
    expect(shapeInDirection(grid, 'c', 'Enter')).toBeUndefined();
    expect(shapeInDirection(grid, 'nowhere', 'ArrowUp')).toBeUndefined();
    expect(isArrowKey('ArrowUp')).toBe(true);
    expect(isArrowKey('Tab')).toBe(false);
  });
});
