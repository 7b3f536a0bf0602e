// Security, driven through a browser: hostile data renders as inert text, the CSP forbids inline scripts, every request
// stays on the site, random URLs give the dashboard or a 404, and every internal link in build/ resolves.
import { execFile, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';

const PAGE_KINDS = ['/', '/province/KH-21/', '/commune/champei-210202/', '/search/?q=chen', '/about/', '/data/', '/changes/', '/no-such-page/'];
const localized = (paths: string[]) => paths.flatMap((path) => [path, `/km${path}`]);

/** Everything a page did that a script payload would cause: dialogs, uncaught errors, console errors (CSP violations included). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The 404 page's own status is reported as a failed load; broken assets are caught by the link crawl below.
    if (message.type() === 'error' && !/^Failed to load resource: .* 404/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}

test.describe('hostile dataset (tests/fixtures/hostile)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Server;
  let origin = '';
  let work = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    work = mkdtempSync(join(tmpdir(), 'hostile-'));
    // The server bundle under KIT_OUT_DIR imports the site's packages: let Node find them from there.
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
    const buildDir = join(work, 'build');
    const started = Date.now();
    await new Promise<void>((done, fail) => {
      const child = spawn('npx', ['vite', 'build'], {
        env: { ...process.env, DATA_ROOT: resolve('tests/fixtures/hostile'), KIT_OUT_DIR: join(work, '.svelte-kit'), BUILD_DIR: buildDir },
        stdio: ['ignore', 'ignore', 'pipe']
      });
      let errors = '';
      child.stderr.on('data', (chunk) => (errors = (errors + chunk).slice(-4000)));
      child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`hostile build failed (${code}):\n${errors}`))));
    });
    console.log(`hostile build: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    server = serveStatic(buildDir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  test.afterAll(() => {
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const HOSTILE_PAGES = localized([
    ...PAGE_KINDS,
    '/search/?q=%3Cscript%3E',
    '/person/hostile-script-tags/',
    '/person/hostile-unicode/',
    '/person/hostile-long-fields/',
    '/person/hostile-refusal/',
    '/?wave=all&status=confirmed,disputed,reported'
  ]);

  test('no payload runs and none becomes an element, on every page kind', async ({ page }) => {
    test.setTimeout(240_000);
    const problems = watch(page);
    for (const path of HOSTILE_PAGES) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const findings = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
          badLinks: all.flatMap((el) => ['href', 'src', 'action', 'formaction']
            .map((name) => el.getAttribute(name) ?? '')
            .filter((value) => /^\s*(javascript|data|vbscript):/i.test(value) && !/^data:image\//.test(value))),
          payloadElements: document.querySelectorAll('iframe, object, embed, b[onmouseover], img[src="x"]').length,
          // The site's inline bootstrap carries the data too, with "<" escaped as \u003C; a payload script would be bare.
          // The site's scripts: the app's (/_app/) and the 404 page's (/not-found.js).
          foreignScripts: [...document.scripts].filter((s) => (s.src && !s.src.startsWith(location.origin + '/_app/') && s.src !== location.origin + '/not-found.js') || /^\s*alert\(/.test(s.text)).length
        };
      });
      expect.soft(findings.handlers, `${path}: event-handler attributes`).toEqual([]);
      expect.soft(findings.badLinks, `${path}: script-capable links`).toEqual([]);
      expect.soft(findings.payloadElements, `${path}: elements from a payload`).toBe(0);
      expect.soft(findings.foreignScripts, `${path}: scripts not from the site`).toBe(0);
    }
    expect(problems).toEqual([]);
  });

  // 120-character unbroken names and 2,000-character unbroken texts are allowed by the schema: pages must wrap them.
  test('long unbroken names and texts do not widen a 390 px screen', async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflowing: string[] = [];
    for (const path of HOSTILE_PAGES) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${path} (+${overflow} px)`);
    }
    expect(overflowing).toEqual([]);
  });

  test('markup, entities, bidi controls and emoji are shown literally', async ({ page }) => {
    const problems = watch(page);
    await page.goto(`${origin}/person/hostile-script-tags/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>alert("xss-name")</script>');
    expect(text).toContain('<img src=x onerror=alert("xss-img")>');
    // An entity in the data is text, not a character: "&lt;" stays four characters.
    expect(text).toContain('&lt;b&gt;entity&amp;amp;&#60;script&#62;');
    const source = page.locator('main a[href^="https://hostile.invalid/path"]').first();
    expect(new URL((await source.getAttribute('href'))!).hostname).toBe('hostile.invalid');

    await page.goto(`${origin}/person/hostile-unicode/`);
    const unicode = await page.locator('main').innerText();
    expect(unicode).toContain('🇰🇭👨‍👩‍👧👍🏽');
    expect(unicode).toContain('\u202eɿɘvɘЯ');
    await expect(page.locator('h1')).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('the hostile build carries the same script CSP', async ({ request }) => {
    expect(scriptSrc(await (await request.get(`${origin}/person/hostile-script-tags/`)).text())).toEqual(expect.arrayContaining(["'self'"]));
  });
});

/** The script-src directive of the page's CSP meta tag, asserted free of 'unsafe-inline' and 'unsafe-eval'. */
function scriptSrc(html: string): string[] {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  expect(meta, 'a CSP meta tag').not.toBeNull();
  const directive = meta![1].split(';').map((part) => part.trim().split(/\s+/)).find(([name]) => name === 'script-src');
  expect(directive, 'a script-src directive').toBeDefined();
  expect(directive).not.toContain("'unsafe-inline'");
  expect(directive).not.toContain("'unsafe-eval'");
  expect(meta![1]).toMatch(/object-src 'none'/);
  return directive!.slice(1);
}

test('every page kind has a CSP whose script-src allows no inline script but its own hashes', async ({ request }) => {
  for (const path of localized(PAGE_KINDS.filter((path) => path !== '/no-such-page/'))) {
    const sources = scriptSrc(await (await request.get(path)).text());
    for (const source of sources) expect(source, path).toMatch(/^'self'$|^'sha256-[A-Za-z0-9+/=]+'$/);
  }
});

test('every request of every page kind goes to the site itself', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  for (const path of localized([...PAGE_KINDS, '/person/chen-choy/', '/embed/map/', '/embed/timeline/'])) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});

// Query strings built from the real parameter names and arbitrary values; paths from arbitrary segments.
const PARAMS = ['province', 'from', 'to', 'role', 'from_party', 'to_party', 'reason', 'stance', 'voice', 'dates', 'status', 'wave', 'q', 'sort', 'page', 'x'];
const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('KH-21', '2017-10', '-date', 'all', '%', '%E0%A4%A', '<script>', ',', 'overlap', 'constituent'));
const queries = fc.sample(
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string()), value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()),
  { seed: 20171116, numRuns: 160 }
);
const paths = fc.sample(
  fc.array(fc.oneof(fc.constantFrom('commune', 'province', 'person', 'km', 'data', '..', '%2e%2e', 'KH-99'), fc.webSegment().filter(Boolean)), { minLength: 1, maxLength: 3 }).map((segments) => `/${segments.join('/')}/`),
  { seed: 4242, numRuns: 40 }
);

const CHUNKS = 4;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
  test(`random URLs (${chunk + 1}/${CHUNKS}): each shows the dashboard or the 404 page, never an error`, async ({ page }) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const urls = [...queries.map((query) => `/?${query}`), ...paths].filter((_, i) => i % CHUNKS === chunk);
    for (const url of urls) {
      const response = await page.goto(url);
      const status = response?.status() ?? 0;
      if (status === 404) await expect(page.locator('h1'), url).toHaveText(/^(Page not found|រកមិនឃើញទំព័រ)$/);
      else {
        expect([200, 404], url).toContain(status);
        await expect(page.getByTestId('summary').or(page.locator('h1')).first(), url).toBeVisible();
        if (new URL(page.url()).pathname === '/') await expect(page.getByTestId('summary'), url).toBeVisible();
      }
    }
    expect(errors).toEqual([]);
  });
}

test('every internal link and asset in build/ resolves (scripts/crawl-links.ts)', async ({ request }) => {
  test.setTimeout(120_000);
  // The webServer has built and serves build/; its being up means the build finished.
  expect((await request.get('/')).ok()).toBe(true);
  const report = join(mkdtempSync(join(tmpdir(), 'links-')), 'external-links.txt');
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
    execFile('npx', ['tsx', 'scripts/crawl-links.ts', 'build', '--report', report], { encoding: 'utf8' }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    )
  );
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toMatch(/ 0 broken; \d+ distinct external links \(not fetched\)/);
  expect(existsSync(report)).toBe(true);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff', '.xml': 'application/xml', '.txt': 'text/plain', '.csv': 'text/csv'
};

/** What GitHub Pages does: the file, or the folder's index.html, else 404.html with status 404. */
function serveStatic(root: string): Server {
  return createServer((request, response) => {
    let file = root;
    try {
      file = join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    } catch {
      // A malformed address is simply not found.
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = file.startsWith(root + '/') && existsSync(file) && statSync(file).isFile();
    if (!found) file = join(root, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
}
