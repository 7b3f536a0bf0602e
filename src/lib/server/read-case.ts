// Reads the cases under data/cases/<id>/ from disk (build time and CLI only), each parsed and checked on its own.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DataFile } from '$lib/data/dataset';
import { parseCase, type CaseParseResult } from '$lib/case/parse';
import { caseDirs } from './case-selection.js';

export { caseDirs };

const CASE_FILES = /\.(ya?ml|csv)$/;

/**
 * Reads and checks one case folder: `dir` absolute or relative to `root`; file names in issues are relative to `root`
 * (the project root) with forward slashes, e.g. "data/cases/malaysia-2018/switches/x.yaml".
 */
export function readCase(dir: string, root: string = process.cwd()): CaseParseResult {
  const { label, files } = readCaseFiles(dir, root);
  return parseCase(files, label);
}

/** The files parseCase reads from a case folder, and the folder relative to root ("data/cases/<id>"). */
export function readCaseFiles(dir: string, root: string = process.cwd()): { label: string; files: DataFile[] } {
  const absolute = resolve(root, dir);
  const label = relative(root, absolute).split(sep).join('/');
  const files: DataFile[] = existsSync(absolute) && statSync(absolute).isDirectory()
    ? readdirSync(absolute, { recursive: true, encoding: 'utf8' })
        .filter((name) => CASE_FILES.test(name) && !name.split(sep).some((part) => part.startsWith('.')))
        .sort()
        .map((name) => ({ path: `${label}/${name.split(sep).join('/')}`, text: readFileSync(join(absolute, name), 'utf8') }))
    : [];
  return { label, files };
}

/** Every case under <root>/data/cases/, by id (the folder name). */
export function readCases(root: string = process.cwd()): Map<string, CaseParseResult> {
  return new Map(caseDirs(root).map((dir) => [dir.slice('data/cases/'.length), readCase(dir, root)]));
}
