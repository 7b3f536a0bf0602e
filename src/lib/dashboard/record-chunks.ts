// Full records are fetched on demand in fixed-size chunks, in the same order as the dashboard's rows.
export const RECORDS_PER_CHUNK = 1000;

export function chunkOf(rowIndex: number): number {
  return Math.floor(rowIndex / RECORDS_PER_CHUNK);
}

export function chunkUrl(chunk: number): string {
  return `/records/${chunk}.json`;
}

export function chunkCount(records: number): number {
  return Math.max(1, Math.ceil(records / RECORDS_PER_CHUNK));
}
