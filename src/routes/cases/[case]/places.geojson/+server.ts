// The case's places.geojson, generated at build time (see $lib/case/exports).
import { caseEntries, caseExportResponse } from '$lib/server/case-exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// A file, not a page: no trailing slash, no index.html.
export const trailingSlash = 'never';

export const entries: EntryGenerator = caseEntries;

export const GET: RequestHandler = ({ params }) => caseExportResponse(params.case, 'places.geojson');
