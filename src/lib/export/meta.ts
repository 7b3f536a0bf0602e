// What every export carries: when its data last changed, the data licence, and a line to cite it by.
import type { Change } from '$lib/schema';
import { SITE } from '$lib/site';
import { generatedAt } from './generated-at';

export { generatedAt };

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

export interface ExportMetaOptions {
  sourceDateEpoch?: string;
  origin?: string;
  /** The site path the exports are published under: "/data/" (Cambodia's) unless a case's, e.g. "/cases/malaysia-2018/". */
  path?: string;
  /** What the citation names after the site's name: the tagline unless a case's title. */
  title?: string;
}

export function exportMeta(changes: readonly Pick<Change, 'date'>[], options: ExportMetaOptions = {}): ExportMeta {
  const origin = options.origin ?? SITE.origin;
  const generated = generatedAt(changes, options.sourceDateEpoch);
  const licence = LICENCES[SITE.dataLicence];
  const url = `${origin}${options.path ?? '/data/'}`;
  return {
    generated,
    licence: { name: SITE.dataLicence, ...(licence && { id: licence.id, url: licence.url }) },
    citation: `${SITE.name}: ${options.title ?? SITE.tagline}. Data as of ${generated.slice(0, 10)}. ${url} (licence: ${SITE.dataLicence}).`,
    url
  };
}
