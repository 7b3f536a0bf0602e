// What every export carries: when its data last changed, the data licence, and a line to cite it by.
import type { Change } from '$lib/schema';
import { SITE } from '$lib/site';

const LICENCES: Record<string, { id: string; url: string; title: string }> = {
  'CC BY 4.0': { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' }
};

export interface ExportMeta {
  /** RFC 3339 time the data was last changed: the newest changelog date, or SOURCE_DATE_EPOCH. */
  generated: string;
  licence: { name: string; id?: string; url?: string };
  citation: string;
  /** Where the exports are published. */
  url: string;
}

/**
 * Not the wall clock, so the same data always gives the same bytes: SOURCE_DATE_EPOCH (seconds) when set,
 * else the day of the newest entry in data/changes.yaml.
 */
export function generatedAt(changes: readonly Pick<Change, 'date'>[], sourceDateEpoch?: string): string {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch.trim())) {
    return new Date(Number(sourceDateEpoch.trim()) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const newest = changes.reduce((latest, change) => (change.date > latest ? change.date : latest), '1970-01-01');
  return `${newest}T00:00:00Z`;
}

export function exportMeta(changes: readonly Pick<Change, 'date'>[], options: { sourceDateEpoch?: string; origin?: string } = {}): ExportMeta {
  const origin = options.origin ?? SITE.origin;
  const generated = generatedAt(changes, options.sourceDateEpoch);
  const licence = LICENCES[SITE.dataLicence];
  const url = `${origin}/data/`;
  return {
    generated,
    licence: { name: SITE.dataLicence, ...(licence && { id: licence.id, url: licence.url }) },
    citation: `${SITE.name}: ${SITE.tagline}. Data as of ${generated.slice(0, 10)}. ${url} (licence: ${SITE.dataLicence}).`,
    url
  };
}
