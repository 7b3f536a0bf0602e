// Every record as compact columns for the dashboard (see $lib/dashboard/columnar).
import { encodeRows } from '$lib/dashboard/columnar';
import { getDashboardRows } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return new Response(JSON.stringify(encodeRows(getDashboardRows())), {
    headers: { 'content-type': 'application/json' }
  });
}
