import { toDashboardData } from '$lib/dashboard/view-data';
import { inEveryLanguage } from '$lib/profiles/entries';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => inEveryLanguage([{}]);

export function load() {
  return { ...toDashboardData(getDataset(), getDashboardRows()), mapShapes: dashboardMapShapes() };
}
