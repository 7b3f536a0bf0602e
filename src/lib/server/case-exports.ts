// Each case's published files, built once per build from the validated case (server-only: reads the map level's
// boundaries and SOURCE_DATE_EPOCH). The routes under src/routes/cases/[case]/ serve them.
import { error } from '@sveltejs/kit';
import type { Geometry } from 'geojson';
import {
  CASE_EXPORT_FILES,
  caseExportMeta,
  toCaseAtom,
  toCaseCsv,
  toCaseDatapackage,
  toCaseJson,
  toCasePlacesGeo,
  toCasePopolo,
  type CaseExportFile
} from '$lib/case/exports';
import type { ExportMeta } from '$lib/export/meta';
import { SITE } from '$lib/site';
import { caseFeatures } from './case-geo';
import { getCase, getCases, type BuiltCase } from './cases';
import { fileResponse, utf8, type FileBytes } from './responses';

/** One entry per case, for each file's route. */
export const caseEntries = () => [...getCases().keys()].map((id) => ({ case: id }));

/** The map level's boundaries by place code; none when the case's boundaries file is absent. */
function shapesOf({ data }: BuiltCase): Map<string, Geometry> {
  return new Map((caseFeatures(data)?.features ?? []).map((feature) => [feature.properties.code, feature.geometry]));
}

const BUILDERS: Record<CaseExportFile, (built: BuiltCase, meta: ExportMeta) => string> = {
  'switches.csv': ({ data, rows }, meta) => toCaseCsv(data, rows, meta),
  'datapackage.json': ({ data }, meta) => toCaseDatapackage(data, meta),
  'case.json': ({ data }, meta) => toCaseJson(data, meta),
  'places.geojson': (built, meta) => toCasePlacesGeo(built.data, built.rows, meta, shapesOf(built)),
  'popolo.json': ({ data }, meta) => toCasePopolo(data, meta),
  'feed.xml': ({ data }, meta) => toCaseAtom(data, meta, SITE.origin)
};

const built = new Map<string, FileBytes>();

export function caseExportBody(id: string, file: CaseExportFile): FileBytes {
  const key = `${id}/${file}`;
  let body = built.get(key);
  if (!body) {
    const found = getCase(id);
    if (!found) error(404, `No case named ${id}`);
    const meta = caseExportMeta(found.data.meta, found.data.changes, { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, origin: SITE.origin });
    body = utf8(BUILDERS[file](found, meta));
    built.set(key, body);
  }
  return body;
}

export function caseExportResponse(id: string, file: CaseExportFile): Response {
  return fileResponse(caseExportBody(id, file), CASE_EXPORT_FILES[file]);
}
