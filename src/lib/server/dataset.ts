// The validated dataset for build-time loads. A data error stops the build with the validator's messages.
import { join } from 'node:path';
import { building } from '$app/environment';
import { formatIssue } from '$lib/data/issues';
import type { Dataset } from '$lib/data/dataset';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { datasetCacheFile, datasetFromCache } from './build-cache';
import { loadDataset } from './read-data';

let cached: Dataset | undefined;

function loadValidated(root: string): Dataset {
  const { dataset, issues } = loadDataset(root);
  if (issues.length > 0) {
    throw new Error(`data/ has ${issues.length} problem(s); run npm run validate.\n\n${issues.map(formatIssue).join('\n\n')}`);
  }
  return dataset;
}

export function getDataset(): Dataset {
  if (cached) return cached;
  // DATA_ROOT points the build at another project folder's data/ (the benchmark's synthetic sets).
  const root = process.env.DATA_ROOT ?? process.cwd();
  // SvelteKit's output folder (outDir/output, KIT_OUT_DIR as in svelte.config.js) is emptied when a build starts.
  const buildOutput = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output');
  cached = building ? datasetFromCache(datasetCacheFile(buildOutput), () => loadValidated(root)) : loadValidated(root);
  return cached;
}

let cachedRows: DefectionRow[] | undefined;

/** The dataset as dashboard rows, converted once per build: the rows file, the dashboard's snapshot and the embed cards use them. */
export function getDashboardRows(): DefectionRow[] {
  return (cachedRows ??= toDefectionRows(getDataset()));
}
