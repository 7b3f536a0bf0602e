// `npm run bench [-- --sizes 1000,10000,100000] [--smoke] [--profile]`: generates synthetic record sets, validates and
// builds each into a temporary folder, drives the built dashboard in headless Chromium, prints every figure beside its
// budget and its growth from the smallest set, and writes bench/results.json. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from './bench/browser';
import { checkMachine } from './bench/machine';
import { buildDirOf, buildSite } from './bench/measure-build';
import { measureDashboard } from './bench/measure-dashboard';
import { compareData } from './bench/measure-data';
import { largestCommunePage, measureCommunePage } from './bench/measure-pages';
import { measureValidation } from './bench/measure-validation';
import { failures, renderTable, sizeLabel, type SizeResult } from './bench/report';
import { serveStatic } from './bench/static-server';
import { DEFAULT_SEED } from './bench/synthetic-records';
import { isCurrentSyntheticProject, writeSyntheticProject } from './bench/synthetic-project';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    smoke: { type: 'boolean', default: false },
    site: { type: 'string', default: repo },
    work: { type: 'string', default: join(tmpdir(), 'defection-tracker-bench') },
    out: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    loads: { type: 'string' },
    rounds: { type: 'string' },
    'reader-pause': { type: 'string', default: '1000' },
    profile: { type: 'boolean', default: false },
    'no-minify': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    'reuse-build': { type: 'boolean', default: false },
    'build-timeout': { type: 'string', default: '1800' },
    clean: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false }
  }
});

const smoke = args.smoke;
const sizes = (smoke ? '1000' : args.sizes).split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`✗ --sizes takes record counts, e.g. 1000,10000,100000 (got "${args.sizes}")`);
  process.exit(2);
}
const site = resolve(args.site);
const work = resolve(args.work);
const seed = Number(args.seed);
const loads = Number(args.loads ?? (smoke ? 2 : 5));
// 8 rounds of 16 changes: a p95 over 128 changes (with 2 rounds it was the second slowest of 32, and moved by several
// ms between runs of the same build).
const rounds = Number(args.rounds ?? (smoke ? 1 : 8));
const readerPauseMs = Number(args['reader-pause']);
if (!(readerPauseMs >= 0)) {
  console.error(`✗ --reader-pause takes milliseconds, e.g. 1000 or 0 (got "${args['reader-pause']}")`);
  process.exit(2);
}
const out = resolve(args.out ?? join(repo, 'bench', smoke ? 'results-smoke.json' : 'results.json'));
const traceDir = args.profile ? join(work, 'traces') : undefined;

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function gitRevision(dir: string): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'static', 'svelte.config.js', 'vite.config.ts'], { cwd: dir, encoding: 'utf8' }).trim();
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function benchSize(records: number): Promise<SizeResult> {
  const result: SizeResult = { records, synth: { seconds: 0, reused: false }, errors: [] };
  const project = join(work, `synthetic-${records}`);
  const options = { count: records, out: project, sourceRoot: repo, seed };
  let started = performance.now();
  if (!args.fresh && isCurrentSyntheticProject(options)) {
    result.synth.reused = true;
    log(`${sizeLabel(records)}: reusing synthetic records in ${project}`);
  } else {
    log(`${sizeLabel(records)}: generating ${records} synthetic records in ${project} …`);
    mkdirSync(project, { recursive: true });
    writeSyntheticProject(options);
    result.synth.seconds = (performance.now() - started) / 1000;
    log(`${sizeLabel(records)}: generated in ${seconds(started)}`);
  }

  const buildDir = buildDirOf(project);
  const reuseBuild = args['reuse-build'] && existsSync(join(buildDir, 'index.html'));
  started = performance.now();
  if (!reuseBuild) result.validation = await measureValidation(project);
  if (result.validation) {
    log(`${sizeLabel(records)}: validated in ${seconds(started)} (${result.validation.issues} issues)`);
    if (result.validation.issues > 0) {
      result.errors.push(`the synthetic set has ${result.validation.issues} validation issue(s): run npx tsx scripts/validate.ts ${project}`);
      return result;
    }
  }

  if (reuseBuild) {
    log(`${sizeLabel(records)}: reusing the build in ${buildDir} (no validation or build figures)`);
  } else {
    log(`${sizeLabel(records)}: building ${site} with DATA_ROOT=${project} …`);
    result.build = await buildSite(site, project, { minify: !args['no-minify'], timeoutSeconds: Number(args['build-timeout']) });
    const outcome = result.build.ok ? 'done' : result.build.timedOut ? 'stopped (--build-timeout)' : 'FAILED';
    log(`${sizeLabel(records)}: build ${outcome} after ${result.build.seconds.toFixed(1)} s (log: ${result.build.log})`);
    // A build stopped by --build-timeout is a missed budget (shown as "> N s"), not a failure to measure.
    if (result.build.timedOut) return result;
    if (!result.build.ok) {
      result.errors.push(`the build failed; last lines of ${result.build.log}:\n${result.build.error}`);
      return result;
    }
  }
  result.data = compareData(buildDir);

  result.machine = checkMachine();
  const server = await serveStatic(buildDir);
  const browser = await launchBrowser();
  try {
    started = performance.now();
    result.dashboard = await measureDashboard(browser, server.origin, { buildDir, loads, rounds, readerPauseMs, traceDir, label: sizeLabel(records) });
    log(`${sizeLabel(records)}: dashboard measured in ${seconds(started)} (${result.dashboard.samples.length} filter changes)`);
    if (result.dashboard.browserUiPages.length) {
      log(`${sizeLabel(records)}: WARNING: the browser loaded its own pages beside the dashboard (${result.dashboard.browserUiPages.join(', ')}); first renders are slower than a reader's. Disable them in scripts/bench/browser.ts.`);
    }
    const communePath = largestCommunePage(buildDir);
    result.commune = communePath ? await measureCommunePage(browser, server.origin, buildDir, communePath) : { skipped: 'the site has no /commune/ pages' };
  } catch (error) {
    result.errors.push(`browser measurement failed: ${(error as Error).message}`);
  } finally {
    await browser.close();
    await server.close();
  }
  if (args.clean) rmSync(project, { recursive: true, force: true });
  return result;
}

const startedAll = performance.now();
log(`sizes ${sizes.map(sizeLabel).join(', ')}; site ${site}; work folder ${work}${smoke ? ' (smoke)' : ''}`);
const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));

const browserVersion = await launchBrowser().then(async (browser) => {
  const version = browser.version();
  await browser.close();
  return version;
});
const report = {
  generated: new Date().toISOString(),
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  site: { path: site, revision: gitRevision(site) },
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: browserVersion },
  options: { sizes, seed, loads, rounds, readerPauseMs, smoke, minify: !args['no-minify'] },
  totalSeconds: (performance.now() - startedAll) / 1000,
  results
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

console.log(`\n${renderTable(results)}\n`);
for (const result of results) {
  const slow = result.dashboard?.byStep;
  if (slow) console.log(`${sizeLabel(result.records)} filter-to-paint by step (median / p95 ms): ${Object.entries(slow).map(([step, s]) => `${step} ${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`).join('; ')}`);
  const profile = result.dashboard?.profile;
  if (profile) {
    for (const [name, pass] of Object.entries(profile)) {
      console.log(`${sizeLabel(result.records)} ${name} profile (trace: ${pass.tracePath}); top self time:`);
      for (const hot of pass.hot.slice(0, 10)) console.log(`   ${hot.selfMs.toFixed(0).padStart(6)} ms ${(hot.share * 100).toFixed(0).padStart(3)}%  ${hot.name} ${hot.where}`);
    }
  }
}
const missed = failures(results);
const errors = results.flatMap((result) => result.errors.map((error) => `${sizeLabel(result.records)}: ${error}`));
if (missed.length) console.log(`\nBudgets missed:\n${missed.map((line) => `  ✗ ${line}`).join('\n')}`);
if (errors.length) console.error(`\nErrors:\n${errors.map((line) => `  ✗ ${line}`).join('\n')}`);
console.log(`\nResults: ${out} (${((performance.now() - startedAll) / 1000).toFixed(0)} s in all). Synthetic sets and builds stay in ${work} for reuse.`);
process.exit(errors.length || (args.strict && missed.length) ? 1 : 0);
