// A minimal static file server for a built site: what a static host does, enough for the browser benchmark.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json'
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const fileAt = (path: string): string | undefined => {
  try {
    const stat = statSync(path);
    return stat.isFile() ? path : stat.isDirectory() ? fileAt(join(path, 'index.html')) : undefined;
  } catch {
    return undefined;
  }
};

/** The file a URL path is served from: a directory's index.html, or `<path>.html`; undefined outside `root` or when missing. */
export function fileForPath(root: string, pathname: string): string | undefined {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return fileAt(path) ?? fileAt(`${path}.html`);
}

/** Serves `root` on a free localhost port: directories as their index.html, unknown paths as 404.html with status 404. */
export function serveStatic(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const found = fileForPath(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = found ?? fileAt(join(root, '404.html'));
    response.writeHead(found ? 200 : 404, { 'content-type': (file && CONTENT_TYPES[extname(file)]) ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (file && request.method !== 'HEAD') createReadStream(file).pipe(response);
    else response.end(found || file ? undefined : 'Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done()))
      });
    });
  });
}
