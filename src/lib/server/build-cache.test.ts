import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '$lib/schema';
import { datasetCacheFile, datasetFromCache } from './build-cache';

let folder: string;

// Only the shape matters here: the cache keeps whatever the loader returned.
const dataset = (marker: string) => ({ defections: [{ id: marker, notes: undefined, people: 3, date: { value: '2017-10' } }], communes: [] }) as unknown as Dataset;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'build-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('datasetFromCache', () => {
  it('loads once per build: the next step gets the same records without parsing', () => {
    const file = join(folder, 'output', 'dataset-1.v8');
    const load = vi.fn(() => dataset('parsed'));
    const first = datasetFromCache(file, load);
    const second = datasetFromCache(file, load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    // Exactly as parsed, absent fields included.
    expect(Object.keys(second.defections[0])).toEqual(['id', 'notes', 'people', 'date']);
  });

  it('leaves nothing when loading fails (a data error stops the build)', () => {
    const file = join(folder, 'dataset-1.v8');
    expect(() =>
      datasetFromCache(file, () => {
        throw new Error('data/ has 1 problem(s)');
      })
    ).toThrow('problem');
    expect(readdirSync(folder)).toEqual([]);
    const load = vi.fn(() => dataset('after the fix'));
    expect(datasetFromCache(file, load).defections[0].id).toBe('after the fix');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('datasetCacheFile', () => {
  it('names the file after the build of the code that parses: a rebuilt module never reads an older dataset', () => {
    const module = join(folder, 'dataset.js');
    writeFileSync(module, '// built\n');
    utimesSync(module, new Date(2026, 0, 1), new Date(2026, 0, 1));
    const before = datasetCacheFile(folder, module);
    expect(datasetCacheFile(folder, module)).toBe(before);
    utimesSync(module, new Date(2026, 0, 2), new Date(2026, 0, 2));
    expect(datasetCacheFile(folder, module)).not.toBe(before);
    expect(before.startsWith(folder)).toBe(true);
  });
});
