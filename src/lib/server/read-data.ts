// Reads data/ from disk (build time and CLI only: never shipped to the browser).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDataset, type DataFile, type ParseResult } from '$lib/data/dataset';

const DATA_EXTENSIONS = /\.(ya?ml|csv)$/;

/** Every data file under <root>/data, with paths relative to root using forward slashes. */
export function readDataFiles(root: string): DataFile[] {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => DATA_EXTENSIONS.test(name) && !name.startsWith(`templates${sep}`))
    .sort()
    .map((name) => ({
      path: relative(root, join(dataDir, name)).split(sep).join('/'),
      text: readFileSync(join(dataDir, name), 'utf8')
    }));
}

export function loadDataset(root: string = process.cwd()): ParseResult {
  return parseDataset(readDataFiles(root));
}
