// Sets <html lang> for each prerendered page from its path (/km/… is Khmer). While building, starts the thread that
// writes the heaviest files beside the prerenderer ($lib/server/build-thread).
import { building } from '$app/environment';
import { localeFromPath } from '$lib/i18n/locale';
import { startBuildThread } from '$lib/server/build-thread';
import { buildDatasetFile } from '$lib/server/dataset';
import { withStartScripts } from '$lib/server/start-scripts';

export function init() {
  if (building) startBuildThread(buildDatasetFile());
}

export async function handle({ event, resolve }) {
  const locale = localeFromPath(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html.replace('<html lang="en">', `<html lang="${locale}">`);
      return building && page.includes('rel="modulepreload"') ? withStartScripts(page, locale) : page;
    },
    // Every script the page imports at start is named in its head (<link rel="modulepreload">), so they download
    // together instead of each one once the one importing it has arrived (and withStartScripts adds those SvelteKit
    // does not list).
    preload: ({ type }) => type === 'css' || type === 'js'
  });
}
