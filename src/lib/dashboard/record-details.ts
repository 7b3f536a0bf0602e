// Fetches full records on demand, a chunk at a time, and keeps what it fetched.
import type { Defection } from '$lib/schema';
import { chunkOf, chunkUrl } from './record-chunks';

const chunks = new Map<number, Promise<Defection[]>>();

export function fetchRecord(rowIndex: number, id: string): Promise<Defection | undefined> {
  const chunk = chunkOf(rowIndex);
  let pending = chunks.get(chunk);
  if (!pending) {
    pending = fetch(chunkUrl(chunk)).then((response) => {
      if (!response.ok) throw new Error(`Could not load records (HTTP ${response.status})`);
      return response.json() as Promise<Defection[]>;
    });
    pending.catch(() => chunks.delete(chunk));
    chunks.set(chunk, pending);
  }
  return pending.then((records) => records.find((record) => record.id === id));
}
