import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '$lib/data/dataset';
import { datasetFromCache } from './build-cache';

let work: string;
let root: string;
let output: string;

// Only the shape matters here: the cache stores whatever the loader returned.
const dataset = (marker: string) => ({ defections: [{ id: marker, notes: undefined, date: { value: '2017-10' } }], communes: [] }) as unknown as Dataset;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'build-cache-'));
  root = join(work, 'project');
  output = join(work, 'output');
  mkdirSync(join(root, 'data', 'defections'), { recursive: true });
  writeFileSync(join(root, 'data', 'defections', 'a.yaml'), 'id: a\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('datasetFromCache', () => {
  it('loads once per set of files: a later step of the build gets the same records without parsing', () => {
    const load = vi.fn(() => dataset('first'));
    const first = datasetFromCache(root, output, load);
    const second = datasetFromCache(root, output, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    // Exactly as parsed, absent fields included.
    expect(Object.keys(second.defections[0])).toEqual(['id', 'notes', 'date']);
  });

  it('parses again when a data file was added, removed or changed', () => {
    let loads = 0;
    const load = vi.fn(() => dataset(`load ${loads++}`));
    datasetFromCache(root, output, load);
    writeFileSync(join(root, 'data', 'defections', 'b.yaml'), 'id: b\n');
    expect(datasetFromCache(root, output, load).defections[0].id).toBe('load 1');
    utimesSync(join(root, 'data', 'defections', 'a.yaml'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(datasetFromCache(root, output, load).defections[0].id).toBe('load 2');
    rmSync(join(root, 'data', 'defections', 'b.yaml'));
    expect(datasetFromCache(root, output, load).defections[0].id).toBe('load 3');
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('leaves nothing when loading fails (a data error stops the build at the first step)', () => {
    expect(() => datasetFromCache(root, output, () => { throw new Error('data/ has 1 problem(s)'); })).toThrow('problem');
    const load = vi.fn(() => dataset('after the fix'));
    expect(datasetFromCache(root, output, load).defections[0].id).toBe('after the fix');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
