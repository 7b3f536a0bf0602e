// Every page is prerendered to static HTML; trailing slashes give each page its own index.html.
import { localeFromPath } from '$lib/i18n/locale';

export const prerender = true;
export const trailingSlash = 'always';

export function load({ url }) {
  return { locale: localeFromPath(url.pathname) };
}
