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
    // No <link rel="modulepreload">: preloaded scripts arrive while the page is still being parsed and are compiled and
    // run before its first frame, which they delay. Every page is readable without them: the
    // bootstrap at the end of the page requests them and the page is drawn meanwhile.
    preload: ({ type }) => type === 'css'
  });
}
