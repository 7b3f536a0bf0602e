import { toDashboardData } from '$lib/dashboard/view-data';
import { getDataset } from '$lib/server/dataset';

export function load() {
  return toDashboardData(getDataset());
}
