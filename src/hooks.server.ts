// Sets <html lang> for each prerendered page from its path (/km/… is Khmer).
import { localeFromPath } from '$lib/i18n/locale';

export async function handle({ event, resolve }) {
  const locale = localeFromPath(event.url.pathname);
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('<html lang="en">', `<html lang="${locale}">`) });
}
