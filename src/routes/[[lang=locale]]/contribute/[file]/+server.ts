// The spreadsheet template and its codes sheet as downloads (/contribute/template.csv, /contribute/codes.csv), built
// from the same generator as docs/templates/, so the site always offers what the importer reads.
import { error } from '@sveltejs/kit';
import { placeIndex } from '$lib/export/columns';
import { toSheetTemplateCsv } from '$lib/export/template';
import { toCodesCsv } from '$lib/export/template-codes';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';
import { cambodiaEntries } from '$lib/profiles/entries';

export const prerender = true;
export const trailingSlash = 'never';

const FILES: Record<string, () => string> = {
  'template.csv': () => {
    const data = getDataset();
    return toSheetTemplateCsv(data.defections, placeIndex(data));
  },
  'codes.csv': () => toCodesCsv(getDataset())
};

export const entries: EntryGenerator = cambodiaEntries(() => Object.keys(FILES).map((file) => ({ file })));

export const GET: RequestHandler = ({ params }) => {
  const build = FILES[params.file];
  if (!build) error(404, `No file named ${params.file}`);
  return new Response(build(), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
