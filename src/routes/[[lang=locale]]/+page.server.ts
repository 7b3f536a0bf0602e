import { toDashboardData } from '$lib/dashboard/view-data';
import { currentExportMeta } from '$lib/export/files.server';
import { inEveryLanguage } from '$lib/profiles/entries';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => inEveryLanguage([{}]);

export function load() {
  const data = getDataset();
  // When the data last changed: the date every export carries (the newest changelog entry).
  return { ...toDashboardData(data, getDashboardRows()), mapShapes: dashboardMapShapes(), dataAsOf: currentExportMeta(data).generated };
}
