// Every page is prerendered to static HTML; trailing slashes give each page its own index.html.
// The page's messages load here, in its language only, so they are ready before the first render and on hydration.
import { localeFromPath } from '$lib/i18n/locale';
import { loadMessages, needsPageWords } from '$lib/i18n/messages';

export const prerender = true;
export const trailingSlash = 'always';

export async function load({ url, route }) {
  const locale = localeFromPath(url.pathname);
  return { locale, messages: await loadMessages(locale, needsPageWords(route.id)) };
}
