import { retractedRecords, toChangeLog } from '$lib/data/changes';
import { getDataset } from '$lib/server/dataset';

export function load() {
  const data = getDataset();
  return { entries: toChangeLog(data), retracted: retractedRecords(data) };
}
