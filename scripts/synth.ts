// `npx tsx scripts/synth.ts --count 10000 --out /tmp/synthetic-10k [--seed 20171126]`: a project folder of synthetic
// defection records over the real places, for benchmarks only (never into data/ or the shipped site).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './bench/synthetic-records';
import { writeSyntheticProject } from './bench/synthetic-project';

const { values } = parseArgs({
  options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } }
});
const count = Number(values.count);
if (!values.out || !Number.isInteger(count) || count < 0) {
  console.error('Usage: npx tsx scripts/synth.ts --count <records> --out <empty temporary folder> [--seed <integer>]');
  process.exit(2);
}
const sourceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
try {
  const project = writeSyntheticProject({ count, out: resolve(values.out), sourceRoot, seed: values.seed ? Number(values.seed) : DEFAULT_SEED });
  console.log(`✓ ${project.count} synthetic records in ${project.root}/data (${(project.milliseconds / 1000).toFixed(1)} s). Validate: npx tsx scripts/validate.ts ${project.root}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
