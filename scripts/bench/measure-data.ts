// Compares the data the dashboard downloads with the same records as plain JSON (gzip both, as a server would).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowDecoder, type ColumnarRows } from '../../src/lib/filters/columns';
import { bytesOf, type Bytes } from './stats';

export interface DataComparison {
  /** /dashboard-rows.json as shipped (compact columns). */
  shipped: Bytes;
  /** The same rows as a plain JSON array of objects, the obvious alternative. */
  plainRows: Bytes;
  /** Every full record (the /records/<n>.json chunks joined), for scale: these load only on demand. */
  plainRecords: Bytes;
  /** shipped.gzip / plainRows.gzip. */
  ratio: number;
}

export function compareData(buildDir: string): DataComparison {
  const shippedText = readFileSync(join(buildDir, 'dashboard-rows.json'), 'utf8');
  const shipped = bytesOf(shippedText);
  const encoded = JSON.parse(shippedText) as ColumnarRows;
  const rowAt = rowDecoder(encoded);
  const plainRows = bytesOf(JSON.stringify(Array.from({ length: encoded.count }, (_, i) => rowAt(i))));
  const chunkDir = join(buildDir, 'records');
  const chunks = existsSync(chunkDir)
    ? readdirSync(chunkDir)
        .filter((name) => /^\d+\.json$/.test(name))
        .sort((a, b) => parseInt(a) - parseInt(b))
        .flatMap((name) => JSON.parse(readFileSync(join(chunkDir, name), 'utf8')) as unknown[])
    : [];
  return { shipped, plainRows, plainRecords: bytesOf(JSON.stringify(chunks)), ratio: shipped.gzip / plainRows.gzip };
}
