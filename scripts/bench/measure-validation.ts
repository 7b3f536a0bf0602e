// Times the validator on a project folder, in a fresh process (as `npm run validate` runs): reading data/, then parsing
// and cross-checking it. Run directly, it prints the timing as JSON: `npx tsx scripts/bench/measure-validation.ts <dir>`.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseDataset } from '../../src/lib/data/dataset';
import { readDataFiles } from '../../src/lib/server/read-data';

export interface ValidationTiming {
  records: number;
  issues: number;
  readSeconds: number;
  checkSeconds: number;
  seconds: number;
  recordsPerSecond: number;
}

function timeValidation(project: string): ValidationTiming {
  const started = performance.now();
  const files = readDataFiles(project);
  const read = performance.now();
  const { dataset, issues } = parseDataset(files);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  return {
    records: dataset.defections.length,
    issues: issues.length,
    readSeconds: (read - started) / 1000,
    checkSeconds: (done - read) / 1000,
    seconds,
    recordsPerSecond: dataset.defections.length / seconds
  };
}

/** A separate process keeps the benchmark's own heap (and its garbage) out of the timing. */
export async function measureValidation(project: string): Promise<ValidationTiming> {
  const { stdout } = await promisify(execFile)('npx', ['tsx', fileURLToPath(import.meta.url), project], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as ValidationTiming;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(timeValidation(process.argv[2])));
