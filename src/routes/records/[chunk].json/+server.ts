// Full records, a chunk at a time, for details the dashboard shows on demand.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { RECORDS_PER_CHUNK, chunkCount } from '$lib/dashboard/record-chunks';
import { getDataset } from '$lib/server/dataset';
import { jsonFileResponse } from '$lib/server/responses';
import type { EntryGenerator } from './$types';
import { cambodiaEntries } from '$lib/profiles/entries';

export const prerender = true;

// Counted from the file names: SvelteKit lists entries in a separate process, where loading the dataset would parse it twice.
const recordFileCount = () => readdirSync(join(process.env.DATA_ROOT ?? process.cwd(), 'data/defections')).filter((name) => /\.ya?ml$/.test(name)).length;

export const entries: EntryGenerator = cambodiaEntries(() =>
  Array.from({ length: chunkCount(recordFileCount()) }, (_, chunk) => ({ chunk: String(chunk) })));

export function GET({ params }) {
  const chunk = Number(params.chunk);
  const records = getDataset().defections;
  if (!Number.isInteger(chunk) || chunk < 0 || chunk >= chunkCount(records.length)) error(404, 'No such chunk');
  const slice = records.slice(chunk * RECORDS_PER_CHUNK, (chunk + 1) * RECORDS_PER_CHUNK);
  return jsonFileResponse(slice);
}
