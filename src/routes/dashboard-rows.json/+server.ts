// Every record as compact columns for the dashboard (see $lib/dashboard/columnar).
import { encodeRows } from '$lib/dashboard/columnar';
import { getDashboardRows } from '$lib/server/dataset';
import { jsonFileResponse } from '$lib/server/responses';

export const prerender = true;

export function GET() {
  return jsonFileResponse(encodeRows(getDashboardRows()));
}
