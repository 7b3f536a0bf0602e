// Sets <html lang> for each prerendered page from its path (/km/… is Khmer). While building, starts the thread that
// writes the heaviest files beside the prerenderer ($lib/server/build-thread).
import { building } from '$app/environment';
import { localeFromPath } from '$lib/i18n/locale';
import { startBuildThread } from '$lib/server/build-thread';
import { buildDatasetFile } from '$lib/server/dataset';

export function init() {
  if (building) startBuildThread(buildDatasetFile());
}

export async function handle({ event, resolve }) {
  const locale = localeFromPath(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${locale}">`),
    // Every script the page imports at start is named in its head (<link rel="modulepreload">), so they download
    // together instead of each one once the one importing it has arrived.
    preload: ({ type }) => type === 'css' || type === 'js'
  });
}
