// Full records, a chunk at a time, for details the dashboard shows on demand.
import { error } from '@sveltejs/kit';
import { RECORDS_PER_CHUNK, chunkCount } from '$lib/dashboard/record-chunks';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  Array.from({ length: chunkCount(getDataset().defections.length) }, (_, chunk) => ({ chunk: String(chunk) }));

export function GET({ params }) {
  const chunk = Number(params.chunk);
  const records = getDataset().defections;
  if (!Number.isInteger(chunk) || chunk < 0 || chunk >= chunkCount(records.length)) error(404, 'No such chunk');
  const slice = records.slice(chunk * RECORDS_PER_CHUNK, (chunk + 1) * RECORDS_PER_CHUNK);
  return new Response(JSON.stringify(slice), { headers: { 'content-type': 'application/json' } });
}
