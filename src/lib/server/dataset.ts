// The validated dataset for build-time loads. A data error stops the build with the validator's messages.
import { join } from 'node:path';
import { building } from '$app/environment';
import { formatIssue } from '$lib/data/issues';
import type { Dataset } from '$lib/schema';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { datasetCacheFile, datasetFromCache } from './build-cache';
import { describeRecovery, settleUnfinishedWrite } from './data-journal';
import { loadDataset } from './read-data';

let cached: Dataset | undefined;

function loadValidated(root: string): Dataset {
  const recovery = settleUnfinishedWrite(root, 'build');
  if (recovery) console.log(describeRecovery(recovery));
  const { dataset, issues } = loadDataset(root);
  if (issues.length > 0) {
    throw new Error(`data/ has ${issues.length} problem(s); run npm run validate.\n\n${issues.map(formatIssue).join('\n\n')}`);
  }
  return dataset;
}

/** Where a build's steps hand the dataset on: SvelteKit's output folder (outDir/output, KIT_OUT_DIR as in svelte.config.js), emptied when a build starts. */
export function buildDatasetFile(): string {
  return datasetCacheFile(join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output'));
}

export function getDataset(): Dataset {
  if (cached) return cached;
  // DATA_ROOT points the build at another project folder's data/ (the benchmark's synthetic sets).
  const root = process.env.DATA_ROOT ?? process.cwd();
  cached = building ? datasetFromCache(buildDatasetFile(), () => loadValidated(root)) : loadValidated(root);
  return cached;
}

let cachedRows: DefectionRow[] | undefined;

/** The dataset as dashboard rows, converted once per build: the rows file, the dashboard's snapshot and the embed cards use them. */
export function getDashboardRows(): DefectionRow[] {
  return (cachedRows ??= toDefectionRows(getDataset()));
}
