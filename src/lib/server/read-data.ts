// Reads data/ from disk (build time and CLI only: never shipped to the browser).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseDataset, type DataFile, type ParseResult } from '$lib/data/dataset';
import type { ValidationIssue } from '$lib/data/issues';

const DATA_EXTENSIONS = /\.(ya?ml|csv)$/;

function dataEntries(root: string): string[] {
  const dataDir = join(root, 'data');
  return existsSync(dataDir) ? readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).sort() : [];
}

/** Every data file of the Cambodian case under <root>/data, with paths relative to root using forward slashes. */
export function readDataFiles(root: string): DataFile[] {
  const dataDir = join(root, 'data');
  return dataEntries(root)
    // data/cases/ holds the other cases, each read and checked on its own (read-case.ts).
    .filter((name) => DATA_EXTENSIONS.test(name) && !name.startsWith(`templates${sep}`) && !name.startsWith(`cases${sep}`))
    .map((name) => ({
      path: relative(root, join(dataDir, name)).split(sep).join('/'),
      text: readFileSync(join(dataDir, name), 'utf8')
    }));
}

/**
 * Hidden and temporary files left in data/ (by an editor, or by an older importer that wrote beside its targets):
 * git add -A would publish them, so they are errors. Writers stage outside data/ (see data-journal.ts).
 */
export function strayFiles(root: string): ValidationIssue[] {
  return dataEntries(root)
    .filter((name) => basename(name) !== '.gitkeep')
    .filter((name) => name.split(sep).some((part) => part.startsWith('.')) || /\.(tmp|swp|bak|orig)$|~$/.test(basename(name)))
    .map((name) => ({
      file: `data/${name.split(sep).join('/')}`,
      found: 'a hidden or temporary file',
      expected: 'only record, place and list files in data/',
      fix: 'Delete it. (Writers never leave files in data/: an interrupted import waits in .data-transaction/ beside it, and npm run validate finishes it.)'
    }));
}

export function loadDataset(root: string = process.cwd()): ParseResult {
  const result = parseDataset(readDataFiles(root));
  const stray = strayFiles(root);
  return stray.length === 0 ? result : { ...result, issues: [...stray, ...result.issues] };
}
