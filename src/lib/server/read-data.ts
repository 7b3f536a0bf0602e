// Reads data/ from disk (build time and CLI only: never shipped to the browser).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDataset, type DataFile, type ParseResult } from '$lib/data/dataset';

const DATA_EXTENSIONS = /\.(ya?ml|csv)$/;

/** The data files under <root>/data, as absolute paths, in a stable order. */
export function listDataFiles(root: string): string[] {
  const dataDir = join(root, 'data');
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => DATA_EXTENSIONS.test(name) && !name.startsWith(`templates${sep}`))
    .sort()
    .map((name) => join(dataDir, name));
}

/** Every data file under <root>/data, with paths relative to root using forward slashes. */
export function readDataFiles(root: string): DataFile[] {
  return listDataFiles(root).map((file) => ({
    path: relative(root, file).split(sep).join('/'),
    text: readFileSync(file, 'utf8')
  }));
}

export function loadDataset(root: string = process.cwd()): ParseResult {
  return parseDataset(readDataFiles(root));
}
