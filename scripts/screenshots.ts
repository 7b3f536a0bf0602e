// `npx tsx scripts/screenshots.ts [baseUrl] [path…]`: desktop (1280×800) and phone (390×844) screenshots into screenshots/.
// FULL=1: the whole page; SCHEME=dark: the dark colour scheme (the file names then end in -dark).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [baseUrl = 'http://localhost:4173', ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/'];
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const [device, viewport] of Object.entries(viewports)) {
  const scheme = process.env.SCHEME === 'dark' ? 'dark' : 'light';
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, colorScheme: scheme });
  for (const target of targets) {
    await page.goto(new URL(target, baseUrl).href, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const name = `${device}-${target.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}${scheme === 'dark' ? '-dark' : ''}`;
    await page.screenshot({ path: `screenshots/${name}.png`, fullPage: process.env.FULL === '1' });
    console.log(`screenshots/${name}.png`);
  }
  await page.close();
}
await browser.close();
