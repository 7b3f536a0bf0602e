// The validated dataset for build-time loads. A data error stops the build with the validator's messages.
import { formatIssue } from '$lib/data/issues';
import type { Dataset } from '$lib/data/dataset';
import { toDefectionRows, type DefectionRow } from '$lib/data/rows';
import { loadDataset } from './read-data';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  if (cached) return cached;
  // DATA_ROOT points the build at another project folder's data/ (the benchmark's synthetic sets).
  const { dataset, issues } = loadDataset(process.env.DATA_ROOT ?? process.cwd());
  if (issues.length > 0) {
    throw new Error(`data/ has ${issues.length} problem(s); run npm run validate.\n\n${issues.map(formatIssue).join('\n\n')}`);
  }
  cached = dataset;
  return dataset;
}

let cachedRows: DefectionRow[] | undefined;

/** The dataset as dashboard rows, converted once per build: the rows file, the dashboard's snapshot and the embed cards use them. */
export function getDashboardRows(): DefectionRow[] {
  return (cachedRows ??= toDefectionRows(getDataset()));
}
