// Hands the validated dataset from one step of a build to the next. SvelteKit lists prerender entries in one worker
// and prerenders in another, so each would otherwise parse and validate data/ on its own, the slowest step of a large build.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Dataset } from '$lib/schema';

/**
 * Where this build's steps leave the dataset, in `folder` (which must be emptied when a build starts, as SvelteKit's
 * output folder is). Named after this module's built file, which every build writes again: even where the folder is
 * kept (`vite build --watch`), a build never reads a dataset parsed by an earlier build's code.
 */
export function datasetCacheFile(folder: string, module: string = fileURLToPath(import.meta.url)): string {
  return join(folder, `dataset-${Math.round(statSync(module).mtimeMs * 1000)}.v8`);
}

export function readCachedDataset(file: string): Dataset {
  return deserialize(readFileSync(file)) as Dataset;
}

/**
 * The dataset in `file` if an earlier step of the build left it there, else `load()`'s, which is then left for the next
 * step. v8 serialisation keeps the objects exactly as parsed (absent fields, numbers, nesting).
 */
export function datasetFromCache(file: string, load: () => Dataset): Dataset {
  if (existsSync(file)) return readCachedDataset(file);
  const dataset = load();
  mkdirSync(join(file, '..'), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${file}.partial`, serialize(dataset));
  renameSync(`${file}.partial`, file);
  return dataset;
}
