// Hands the validated dataset from one step of a build to the next. SvelteKit lists prerender entries in one worker
// and prerenders in another, so each parsed and validated data/ on its own (about 25 s apiece at 100,000 records).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Dataset } from '$lib/data/dataset';
import { listDataFiles } from './read-data';

/**
 * Names the data files, their sizes and modification times: a cache made from other files is never read.
 * (Content changed within the same millisecond at the same size would go unnoticed; a build takes longer than that.)
 */
export function dataFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of listDataFiles(root)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The dataset from `folder` if an earlier step of this build left it there for the same files, else `load()`'s,
 * which is then left for the next step. `folder` must be emptied at the start of every build (SvelteKit's output
 * folder is), so a cache never outlives the code that parsed it. v8 serialisation keeps the objects exactly as parsed.
 */
export function datasetFromCache(root: string, folder: string, load: () => Dataset): Dataset {
  const file = join(folder, `dataset-${dataFingerprint(root)}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as Dataset;
  const dataset = load();
  mkdirSync(dirname(file), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${file}.partial`, serialize(dataset));
  renameSync(`${file}.partial`, file);
  return dataset;
}
