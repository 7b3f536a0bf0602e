import { retractedRecords, toChangeLog } from '$lib/data/changes';
import { inEveryLanguage } from '$lib/profiles/entries';
import { getDataset } from '$lib/server/dataset';

export const entries = () => inEveryLanguage([{}]);

export function load() {
  const data = getDataset();
  return { entries: toChangeLog(data), retracted: retractedRecords(data) };
}
