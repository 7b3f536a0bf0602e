// The timeline embed carries the dashboard's reference data and default view, but not the map's shapes.
import { toDashboardData } from '$lib/dashboard/view-data';
import { getDashboardRows, getDataset } from '$lib/server/dataset';

export function load() {
  return toDashboardData(getDataset(), getDashboardRows());
}
