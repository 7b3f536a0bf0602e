// Builds the site from a synthetic project folder, the way `npm run build` does but into that folder, and sizes the output.
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuildOutput {
  files: number;
  bytes: number;
  /** Prerendered HTML pages (index.html files and other .html). */
  pages: number;
  /** Pages under /commune/, /person/, /province/, in every language (/km/commune/… too); 0 when the site has no such route. */
  communePages: number;
  personPages: number;
  provincePages: number;
  largest: { path: string; bytes: number }[];
}

export interface BuildResult {
  ok: boolean;
  /** Stopped by --build-timeout: `seconds` is then a lower bound. */
  timedOut?: boolean;
  seconds: number;
  log: string;
  /** The last lines of the log when the build failed. */
  error?: string;
  output?: BuildOutput;
}

export const buildDirOf = (project: string) => join(project, 'build');

/**
 * `npx vite build` in `site` with DATA_ROOT/BUILD_DIR/KIT_OUT_DIR pointing into `project` (never the site's own data/ or build/).
 * `minify: false` keeps function names readable in profiles; its timings are not comparable with a normal build.
 */
export async function buildSite(site: string, project: string, { minify = true, timeoutSeconds = Infinity } = {}): Promise<BuildResult> {
  const buildDir = buildDirOf(project);
  const kitDir = join(project, '.svelte-kit');
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(kitDir, { recursive: true, force: true });
  // The server bundle is written under KIT_OUT_DIR and imports the site's packages: let Node find them from there
  // (re-pointed each time: the same synthetic set may be built from another checkout).
  const modules = join(project, 'node_modules');
  rmSync(modules, { force: true });
  symlinkSync(join(site, 'node_modules'), modules, 'dir');
  const log = join(project, 'build.log');
  const started = performance.now();
  const { code, tail } = await run('npx', ['vite', 'build', ...(minify ? [] : ['--minify', 'false'])], {
    cwd: site,
    env: { ...process.env, DATA_ROOT: project, BUILD_DIR: buildDir, KIT_OUT_DIR: kitDir },
    log,
    timeoutSeconds
  });
  const seconds = (performance.now() - started) / 1000;
  if (code === 'timeout') return { ok: false, timedOut: true, seconds, log, error: `stopped after ${timeoutSeconds} s (--build-timeout)\n${tail}` };
  if (code !== 0) return { ok: false, seconds, log, error: tail };
  return { ok: true, seconds, log, output: measureOutput(buildDir) };
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; log: string; timeoutSeconds: number }
): Promise<{ code: number | 'timeout'; tail: string }> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(options.log);
    // Its own process group, so a timeout stops vite and the prerender workers it started, and nothing else.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const timer = Number.isFinite(options.timeoutSeconds)
      ? setTimeout(() => {
          timedOut = true;
          process.kill(-child.pid!, 'SIGTERM');
        }, options.timeoutSeconds * 1000)
      : undefined;
    let tail = '';
    const keep = (chunk: Buffer) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      out.end(() => resolve({ code: timedOut ? 'timeout' : (code ?? 1), tail }));
    });
  });
}

export function measureOutput(buildDir: string): BuildOutput {
  const output: BuildOutput = { files: 0, bytes: 0, pages: 0, communePages: 0, personPages: 0, provincePages: 0, largest: [] };
  const sizes: { path: string; bytes: number }[] = [];
  for (const name of readdirSync(buildDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(buildDir, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    const rel = relative(buildDir, path).split(sep).join('/');
    output.files += 1;
    output.bytes += stat.size;
    sizes.push({ path: rel, bytes: stat.size });
    if (!rel.endsWith('.html')) continue;
    output.pages += 1;
    const page = /^(?:[a-z]{2}\/)?(commune|person|province)\/[^/]+\/index\.html$/.exec(rel)?.[1];
    if (page === 'commune') output.communePages += 1;
    if (page === 'person') output.personPages += 1;
    if (page === 'province') output.provincePages += 1;
  }
  output.largest = sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return output;
}
