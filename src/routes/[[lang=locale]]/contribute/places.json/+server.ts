// /contribute/places.json: every district and commune as [code, name, Khmer name, unit], for the form's pickers. One file
// for both languages; the page fetches it, so the gazetteer is not in the page's HTML.
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';
import { cambodiaEntries } from '$lib/profiles/entries';

export const prerender = true;
export const trailingSlash = 'never';
export const entries: EntryGenerator = cambodiaEntries(() => [{}]);

export const GET: RequestHandler = () => {
  const { districts, communes } = getDataset();
  const body = JSON.stringify({
    districts: districts.map(({ code, name, name_km, unit }) => [code, name, name_km, unit]),
    communes: communes.map(({ code, name, name_km, unit }) => [code, name, name_km, unit])
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
