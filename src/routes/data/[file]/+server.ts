// Each export as a static file, e.g. /data/defections.csv, generated at build time.
import { error } from '@sveltejs/kit';
import { EXPORT_FILES, exportResponse, templateResponse, type ExportFileName } from '$lib/export/files.server';
import type { EntryGenerator, RequestHandler } from './$types';
import { cambodiaEntries } from '$lib/profiles/entries';

export const prerender = true;
// Files, not pages: no trailing slash, no index.html.
export const trailingSlash = 'never';

const TEMPLATE = 'template.csv';

export const entries: EntryGenerator = cambodiaEntries(() => [...EXPORT_FILES.map(({ file }) => ({ file })), { file: TEMPLATE }]);

export const GET: RequestHandler = ({ params }) => {
  if (params.file === TEMPLATE) return templateResponse();
  if (!EXPORT_FILES.some(({ file }) => file === params.file)) error(404, `No export named ${params.file}`);
  return exportResponse(params.file as ExportFileName);
};
