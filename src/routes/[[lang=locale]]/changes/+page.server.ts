import { retractedRecords, toChangeLog } from '$lib/data/changes';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getDataset } from '$lib/server/dataset';

export const entries = cambodiaEntries(() => inEveryLanguage([{}]));

export function load() {
  const data = getDataset();
  return { entries: toChangeLog(data), retracted: retractedRecords(data) };
}
