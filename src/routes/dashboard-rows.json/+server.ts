// Every record as compact columns for the dashboard (see $lib/filters/columns).
import { encodeRows } from '$lib/filters/columns';
import { getDashboardRows } from '$lib/server/dataset';
import { asciiJsonFileResponse } from '$lib/server/responses';

export const prerender = true;

export function GET() {
  // ASCII only: the dashboard decodes this file on its main thread, and pure ASCII decodes several times faster.
  return asciiJsonFileResponse(encodeRows(getDashboardRows()));
}
