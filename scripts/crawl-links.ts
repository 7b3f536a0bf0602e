// `npx tsx scripts/crawl-links.ts [buildDir] [--report file]`: checks, from disk, that every internal link and asset in the
// built site resolves, fragments included (`/page/#id` needs an element with that id), and lists the external links
// (never fetched) for a person to review. Exits 1 on a broken link. The build does not crawl its pages (see
// svelte.config.js): this is the site's link check.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BrokenLink {
  /** The page or stylesheet the link is on, as a site path. */
  from: string;
  link: string;
  why: string;
}

export interface CrawlReport {
  files: number;
  internal: number;
  broken: BrokenLink[];
  /** External link → the pages that carry it. */
  external: Map<string, Set<string>>;
}

const ATTRIBUTE = /\s(?:href|src|srcset|poster|action)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// An element's id, or an anchor's name: what a fragment can point at.
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (Object.hasOwn(ENTITIES, lower)) return ENTITIES[lower];
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return whole;
  });
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** The URL path a file is served at: build/a/index.html → /a/, build/a.html → /a.html. */
function sitePath(buildDir: string, file: string): string {
  const path = '/' + relative(buildDir, file).split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function idsIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(ID), (match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? '')));
}

function linksIn(file: string, text: string): string[] {
  const pattern = file.endsWith('.css') ? CSS_URL : ATTRIBUTE;
  const links: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = decodeEntities((match[1] ?? match[2] ?? match[3] ?? '').trim());
    // srcset lists "url width, url width".
    const values = /\ssrcset/i.test(match[0]) ? raw.split(',').map((part) => part.trim().split(/\s+/)[0]) : [raw];
    links.push(...values.filter(Boolean));
  }
  return links;
}

/** The file a static host serves for a site path from buildDir (the file, a folder's index.html, or path.html), if any. */
function served(buildDir: string, path: string): string | undefined {
  const onDisk = join(buildDir, ...path.split('/'));
  if (!onDisk.startsWith(buildDir)) return undefined;
  if (existsSync(onDisk) && statSync(onDisk).isFile()) return onDisk;
  if (existsSync(join(onDisk, 'index.html'))) return join(onDisk, 'index.html');
  return !path.endsWith('/') && existsSync(`${onDisk}.html`) ? `${onDisk}.html` : undefined;
}

// Fragments every page has: the top of the page.
const TOP_OF_PAGE = new Set(['', 'top']);

/** The site's public origin, read from the first canonical link found: absolute links to it are internal too. */
function publicOrigin(buildDir: string): string | undefined {
  for (const file of filesUnder(buildDir)) {
    if (!file.endsWith('.html')) continue;
    const canonical = /<link[^>]*rel="canonical"[^>]*href="(https?:[^"]+)"/.exec(readFileSync(file, 'utf8'));
    if (canonical) return new URL(canonical[1]).origin;
  }
  return undefined;
}

export function crawlLinks(buildDir: string): CrawlReport {
  const report: CrawlReport = { files: 0, internal: 0, broken: [], external: new Map() };
  const base = 'http://site.invalid';
  const origin = publicOrigin(buildDir);
  // Each page's ids, and the links with a fragment, checked once every page has been read.
  const ids = new Map<string, Set<string>>();
  const fragmentLinks: { from: string; link: string; page: string; fragment: string }[] = [];
  for (const file of filesUnder(buildDir)) {
    if (!file.endsWith('.html') && !file.endsWith('.css')) continue;
    report.files += 1;
    const from = sitePath(buildDir, file);
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.html')) ids.set(file, idsIn(text));
    for (const link of linksIn(file, text)) {
      if (/^(mailto|tel):/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, base + from);
      } catch {
        report.broken.push({ from, link, why: 'not a valid URL' });
        continue;
      }
      if (url.origin === base || url.origin === origin) {
        report.internal += 1;
        let path: string;
        let fragment: string;
        try {
          path = decodeURIComponent(url.pathname);
          fragment = decodeURIComponent(url.hash.slice(1));
        } catch {
          report.broken.push({ from, link, why: 'badly percent-encoded' });
          continue;
        }
        const page = served(buildDir, path);
        if (!page) report.broken.push({ from, link, why: `no file for ${path}` });
        else if (page.endsWith('.html') && !TOP_OF_PAGE.has(fragment)) fragmentLinks.push({ from, link, page, fragment });
      } else if (url.protocol === 'http:' || url.protocol === 'https:') {
        const pages = report.external.get(url.href) ?? new Set<string>();
        pages.add(from);
        report.external.set(url.href, pages);
      } else if (url.protocol !== 'data:' || !file.endsWith('.css')) {
        // javascript:, data: in a page, or an unknown scheme: never something a source link should be.
        report.broken.push({ from, link, why: `scheme ${url.protocol} is not allowed in a page` });
      }
    }
  }
  for (const { from, link, page, fragment } of fragmentLinks) {
    if (!ids.get(page)?.has(fragment)) report.broken.push({ from, link, why: `no element with id "${fragment}" on ${sitePath(buildDir, page)}` });
  }
  return report;
}

export function formatExternal(report: CrawlReport): string {
  return [...report.external.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([link, pages]) => `${link}\t${pages.size} page${pages.size === 1 ? '' : 's'}, e.g. ${[...pages].sort()[0]}`)
    .join('\n');
}

function main(args: string[]): number {
  const reportAt = args.indexOf('--report');
  const reportFile = reportAt >= 0 ? args[reportAt + 1] : undefined;
  const positional = args.filter((_, i) => i !== reportAt && i !== reportAt + 1);
  const buildDir = join(process.cwd(), positional[0] ?? 'build');
  if (!existsSync(join(buildDir, 'index.html'))) {
    console.error(`✗ ${buildDir}/index.html not found: build the site first (npm run build).`);
    return 2;
  }
  const report = crawlLinks(buildDir);
  for (const { from, link, why } of report.broken) console.error(`✗ ${from} → ${link}: ${why}`);
  if (reportFile) writeFileSync(reportFile, formatExternal(report) + '\n');
  const summary =
    `${report.files} files, ${report.internal} internal links, ${report.broken.length} broken; ` +
    `${report.external.size} distinct external links (not fetched)${reportFile ? `, listed in ${reportFile}` : ''}.`;
  if (report.broken.length > 0) {
    console.error(`✗ ${summary}`);
    return 1;
  }
  console.log(`✓ ${summary}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv.slice(2)));
