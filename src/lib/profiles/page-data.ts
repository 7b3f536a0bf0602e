// Commune and province pages read their profile from a static profile.json beside them, through a universal load.
// A server load's data is serialised twice per page by SvelteKit (into the HTML and into __data.json, both with
// devalue) and its inline copy hashed for the CSP: at 100,000 records that was a third of the build for 3,292 commune
// pages, and a quarter of a second for each province page. JSON.stringify writes the file once; the page fetches it
// while prerendering and when the browser navigates to it.
import { error } from '@sveltejs/kit';
import { localizeHref, type Locale } from '$lib/i18n/locale';

export async function loadProfileFile<T>(fetch: typeof globalThis.fetch, path: string, locale: Locale, notFound: string): Promise<T> {
  const response = await fetch(localizeHref(path, locale));
  if (!response.ok) error(404, notFound);
  return (await response.json()) as T;
}
