// A commune page: what it downloads, and whether its records can be read with JavaScript turned off.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { collectResponses, type FirstLoadBytes } from './browser';

export interface CommunePageResult {
  path: string;
  firstLoad: FirstLoadBytes;
  /** With JavaScript disabled: a heading, and at least one record's name in the page text. */
  readableWithoutJs: boolean;
}

/** The commune page with the largest HTML (the most records): the worst case a reader meets. Undefined when the site has none. */
export function largestCommunePage(buildDir: string): string | undefined {
  let dirs: string[];
  try {
    dirs = readdirSync(join(buildDir, 'commune'));
  } catch {
    return undefined;
  }
  let best: { slug: string; bytes: number } | undefined;
  for (const slug of dirs) {
    try {
      const bytes = statSync(join(buildDir, 'commune', slug, 'index.html')).size;
      if (!best || bytes > best.bytes) best = { slug, bytes };
    } catch {
      // Not a page folder.
    }
  }
  return best && `/commune/${best.slug}/`;
}

export async function measureCommunePage(browser: Browser, origin: string, buildDir: string, path: string): Promise<CommunePageResult> {
  const withJs = await browser.newContext();
  const page = await withJs.newPage();
  const responses = collectResponses(page, buildDir);
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const firstLoad = responses.sizes();
  await withJs.close();

  const withoutJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutJs.newPage();
  const response = await plain.goto(`${origin}${path}`);
  const heading = (await plain.locator('h1').count()) > 0;
  const text = await plain.locator('body').innerText();
  await withoutJs.close();
  return { path, firstLoad, readableWithoutJs: Boolean(response?.ok()) && heading && /Synthetic person \d+|Unnamed /.test(text) };
}
