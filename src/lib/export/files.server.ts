// Builds each published export once per build from the validated dataset (server-only: reads static/geo/ and the environment).
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { toChangeLog } from '$lib/data/changes';
import type { Dataset } from '$lib/schema';
import { getDataset } from '$lib/server/dataset';
import { fromBuildThread, threadFileKey } from '$lib/server/build-thread-inbox';
import { fileResponse, utf8, type FileBytes } from '$lib/server/responses';
import { toAtom } from './atom';
import { toCsv } from './csv';
import { toDatapackage } from './datapackage';
import { toGeoJson } from './geojson';
import { toJson } from './json';
import { SITE } from '$lib/site';
import { exportMeta, type ExportMeta } from './meta';
import { toPopolo } from './popolo';
import { TEMPLATE_FILE } from './template';

const TOPOLOGY_FILE = 'static/geo/provinces.topo.json';

interface ExportFile {
  file: string;
  format: string;
  contentType: string;
  description: string;
  build: (data: Dataset, meta: ExportMeta) => string;
}

export const EXPORT_FILES = [
  {
    file: 'defections.csv',
    format: 'CSV',
    contentType: 'text/csv; charset=utf-8',
    description: 'One row per defection record, flat columns (documented below). Opens in any spreadsheet; the first three lines, starting with "#", give the date, licence and citation.',
    build: toCsv
  },
  {
    file: 'datapackage.json',
    format: 'Frictionless Data Package',
    contentType: 'application/json; charset=utf-8',
    description: 'Describes defections.csv: every column’s type, constraints and meaning, the licence and the citation (Frictionless Tabular Data Package v1).',
    build: toDatapackage
  },
  {
    file: 'defections.json',
    format: 'JSON',
    contentType: 'application/json; charset=utf-8',
    description: 'The full records exactly as data/ holds them, with the refusals, parties, waves, claimed tallies, key events, changelog and the places the records name.',
    build: toJson
  },
  {
    file: 'provinces.geojson',
    format: 'GeoJSON',
    contentType: 'application/geo+json; charset=utf-8',
    description:
      'Every province with its record and people counts, counted as the headline numbers are: confirmed and reported records; disputed and retracted records are left out (disputed_records gives the disputed ones apart). A province with no boundary of its own in the source map has a null geometry and a note naming the shape that covers it.',
    build: (data, meta) => toGeoJson(data, JSON.parse(readFileSync(TOPOLOGY_FILE, 'utf8')) as Topology, meta)
  },
  {
    file: 'popolo.json',
    format: 'Popolo JSON',
    contentType: 'application/json; charset=utf-8',
    description: 'Defectors as persons, parties as organizations, each defection as a party membership ending and another starting on its date (popoloproject.com). Only named individuals of records not retracted or disputed.',
    build: toPopolo
  }
] as const satisfies readonly ExportFile[];

export type ExportFileName = (typeof EXPORT_FILES)[number]['file'];

const built = new Map<string, Promise<FileBytes>>();

export function currentExportMeta(data: Dataset = getDataset()): ExportMeta {
  return exportMeta(data.changes, { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, origin: SITE.origin });
}

export function buildExport(file: ExportFileName, data: Dataset): string {
  const spec = EXPORT_FILES.find((candidate) => candidate.file === file)!;
  return spec.build(data, currentExportMeta(data));
}

/** Each export once per build, as published (UTF-8): from the build thread if it ran. The data page gives their sizes. */
export function exportBody(file: ExportFileName): Promise<FileBytes> {
  let body = built.get(file);
  if (!body) {
    body = fromBuildThread(threadFileKey.export(file)).then((sent) => sent ?? utf8(buildExport(file, getDataset())));
    built.set(file, body);
  }
  return body;
}

export async function exportResponse(file: ExportFileName): Promise<Response> {
  const spec = EXPORT_FILES.find((candidate) => candidate.file === file)!;
  return fileResponse(await exportBody(file), spec.contentType);
}

export function templateResponse(): Response {
  return new Response(readFileSync(TEMPLATE_FILE, 'utf8'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

export function feedResponse(): Response {
  const data = getDataset();
  return new Response(toAtom(toChangeLog(data), currentExportMeta(data), SITE.origin), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}
