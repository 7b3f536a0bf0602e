// Headless Chromium for the benchmark, and what a page downloads, sized raw and gzipped.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { fileForPath } from './static-server';
import { addBytes, bytesOf, type Bytes } from './stats';

export type ResourceKind = 'html' | 'js' | 'css' | 'data' | 'other';

export interface Resource extends Bytes {
  url: string;
  kind: ResourceKind;
}

export type FirstLoadBytes = Record<ResourceKind, Bytes> & { resources: Resource[] };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // The WebUIOmnibox features: each new context opens a browser window whose address-bar popup (a WebUI page of
    // ~150 files) loads in a second renderer while the dashboard loads; on 2 cores it took 0.3–1 s of CPU from every
    // first render. A reader's browser window has long been open. Chromium 156 added two more popups (Aim, Full)
    // beside the one older versions had: `browserUiPages` tells when a new one appears.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup'
    ]
  });
}

/** Pages of the browser's own interface (chrome://…) open beside the measured page: each takes CPU from it. */
export async function browserUiPages(browser: Browser): Promise<string[]> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    return targetInfos.filter((target) => target.type === 'browser_ui' || target.url.startsWith('chrome:')).map((target) => target.url);
  } finally {
    await session.detach();
  }
}

// By file type first: a preloaded file (<link rel="preload" as="fetch">) is reported as resource type "other".
function kindOf(resourceType: string, pathname: string): ResourceKind {
  if (/\.(js|mjs)$/.test(pathname)) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.(json|geojson|csv|bin)$/.test(pathname) || resourceType === 'fetch' || resourceType === 'xhr') return 'data';
  if (resourceType === 'document' || pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'stylesheet') return 'css';
  return 'other';
}

/** A page's HTML without its <style> elements, and their CSS. */
export function splitInlineStyles(page: string): { html: string; styles: string } {
  const styles: string[] = [];
  const html = page.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/gi, (_, css: string) => {
    styles.push(css);
    return '';
  });
  return { html, styles: styles.join('\n') };
}

/**
 * Records every same-origin URL the page loads until `sizes()` is called, and sizes each from its file in `buildDir`
 * (raw, and gzipped here: the benchmark's server sends files plain, and reading them from disk is exact for large ones).
 */
export function collectResponses(page: Page, buildDir: string): { sizes: () => FirstLoadBytes } {
  const loaded = new Map<string, ResourceKind>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol === 'data:' || !response.ok()) return;
    loaded.set(url.href, kindOf(response.request().resourceType(), url.pathname));
  });
  return {
    sizes() {
      const resources = [...loaded].flatMap(([href, kind]): Resource[] => {
        const file = fileForPath(buildDir, new URL(href).pathname);
        if (!file) return [];
        if (kind !== 'html') return [{ url: href, kind, ...bytesOf(readFileSync(file)) }];
        // Stylesheets inlined into the page (svelte.config.js) still count as CSS, as they would as files.
        const { html, styles } = splitInlineStyles(readFileSync(file, 'utf8'));
        return [{ url: href, kind, ...bytesOf(html) }, ...(styles ? [{ url: `${href}#inline-styles`, kind: 'css' as const, ...bytesOf(styles) }] : [])];
      });
      const total = (kind: ResourceKind) => addBytes(...resources.filter((resource) => resource.kind === kind));
      return { html: total('html'), js: total('js'), css: total('css'), data: total('data'), other: total('other'), resources };
    }
  };
}
