// Whether each record has its own prerendered page, and where a link to a person points either way. Pure: vite.config.ts
// imports it to decide, before the build, which kind of person pages the build makes.

/**
 * Each prerendered person page is two pages (English and Khmer), each with its own __data.json. Measured: 10,000
 * records made 20,000 person pages and most of a 644 s build; 100,000 would take hours. The whole site with 1,000
 * records built in 115 s, so 2,000 (4,000 person pages) stays well inside the 3-minute budget, with room for the real
 * data to grow. A page per record is worth having while it is cheap: it works without JavaScript and search engines
 * index it. Above, one client-rendered page, /person/?id=<id>, reads the record from its /records/<n>.json chunk.
 */
export const PRERENDER_PEOPLE_UP_TO = 2000;

/** `records` counts defections and refusals: each would get its own pages. */
export function prerendersPeople(records: number): boolean {
  return records <= PRERENDER_PEOPLE_UP_TO;
}

/** The English path of a record's page; callers localise it (i18n.href). */
export function personHrefFor(id: string, prerendered: boolean): string {
  return prerendered ? `/person/${id}/` : `/person/?id=${encodeURIComponent(id)}`;
}
