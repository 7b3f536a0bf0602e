import { toDashboardData } from '$lib/dashboard/view-data';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';

export function load() {
  return { ...toDashboardData(getDataset(), getDashboardRows()), mapShapes: dashboardMapShapes() };
}
