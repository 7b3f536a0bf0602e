// Every record as compact columns for the dashboard (see $lib/dashboard/columnar).
import { encodeRows } from '$lib/dashboard/columnar';
import { getDashboardRows } from '$lib/server/dataset';
import { textFileResponse } from '$lib/server/responses';

export const prerender = true;

export function GET() {
  return textFileResponse(JSON.stringify(encodeRows(getDashboardRows())), 'application/json');
}
