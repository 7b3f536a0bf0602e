// Holds a page's requests to a URL until released, to look at the page in the state a slow connection leaves it in.
import type { Page, Route } from '@playwright/test';

export async function holdRequests(page: Page, url: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(url, async (route: Route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, wasRequested: () => requested };
}
