import { toDashboardData } from '$lib/dashboard/view-data';
import { getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';

export function load() {
  return { ...toDashboardData(getDataset()), mapShapes: dashboardMapShapes() };
}
