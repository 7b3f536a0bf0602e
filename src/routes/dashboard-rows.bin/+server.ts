// Every record as compact columns for the dashboard (see $lib/filters/columns), in the binary form the page reads
// without parsing (see $lib/filters/rows-binary).
import { encodeRows } from '$lib/filters/columns';
import { encodeRowsBinary } from '$lib/filters/rows-binary';
import { getDashboardRows } from '$lib/server/dataset';
import { fileResponse } from '$lib/server/responses';

export const prerender = true;

export function GET() {
  return fileResponse(encodeRowsBinary(encodeRows(getDashboardRows())), 'application/octet-stream');
}
