// Compares the data the dashboard downloads with the same records as plain JSON (gzip both, as a server would).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rowDecoder } from '../../src/lib/filters/columns';
import { decodeRowsBinary } from '../../src/lib/filters/rows-binary';
import { bytesOf, type Bytes } from './stats';

export interface DataComparison {
  /** /dashboard-rows.bin as shipped (compact columns, binary). */
  shipped: Bytes;
  /** The same rows as a plain JSON array of objects, the obvious alternative. */
  plainRows: Bytes;
  /** Every full record (the /records/<n>.json chunks joined), for scale: these load only on demand. */
  plainRecords: Bytes;
  /** shipped.gzip / plainRows.gzip. */
  ratio: number;
}

export function compareData(buildDir: string): DataComparison {
  const file = readFileSync(join(buildDir, 'dashboard-rows.bin'));
  const shipped = bytesOf(file);
  const encoded = decodeRowsBinary(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
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
