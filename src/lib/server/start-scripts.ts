// The scripts a page imports at start that SvelteKit does not name in its head: the root error page's (the client
// router loads it on start, whatever the page) and the page's message catalogue (the root layout's load imports it
// dynamically, one language only). Named with the others, they download with them instead of once the router runs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '$lib/i18n/locale';

export type Manifest = Record<string, { file: string; imports?: string[] }>;

let manifest: Manifest | undefined;

/** The client build's Vite manifest (written before prerendering starts); empty where there is none (dev, tests). */
function clientManifest(): Manifest {
  if (!manifest) {
    const file = join(process.env.KIT_OUT_DIR ?? '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
    manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : {};
  }
  return manifest;
}

/** The files of the error page's node and of `locale`'s messages, with every chunk they import, as site paths. */
export function startScripts(locale: Locale, entries: Manifest = clientManifest()): string[] {
  const files = new Set<string>();
  const add = (key: string) => {
    const entry = entries[key];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    entry.imports?.forEach(add);
  };
  for (const key of Object.keys(entries)) if (key.endsWith('generated/client-optimized/nodes/1.js') || key === `src/lib/i18n/messages/${locale}.ts`) add(key);
  return [...files].map((file) => `/${file}`);
}

/** `html` with a modulepreload link for each of startScripts not already in it, at the end of its head. */
export function withStartScripts(html: string, locale: Locale, entries: Manifest = clientManifest()): string {
  const links = startScripts(locale, entries)
    .filter((path) => !html.includes(`"${path}"`))
    .map((path) => `<link href="${path}" rel="modulepreload">`);
  return links.length ? html.replace('</head>', `${links.join('\n\t\t')}\n\t</head>`) : html;
}
