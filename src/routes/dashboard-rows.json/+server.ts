// Every record as compact columns for the dashboard (see $lib/dashboard/columnar).
import { encodeRows } from '$lib/dashboard/columnar';
import { toDefectionRows } from '$lib/data/rows';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

export function GET() {
  return new Response(JSON.stringify(encodeRows(toDefectionRows(getDataset()))), {
    headers: { 'content-type': 'application/json' }
  });
}
