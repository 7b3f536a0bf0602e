// Builds each published export once per build from the validated dataset (server-only: reads static/geo/ and the environment).
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { toChangeLog } from '$lib/data/changes';
import type { Dataset } from '$lib/data/dataset';
import { getDataset } from '$lib/server/dataset';
import { textFileResponse } from '$lib/server/responses';
import { toAtom } from './atom';
import { toCsv } from './csv';
import { toDatapackage } from './datapackage';
import { toGeoJson } from './geojson';
import { toJson } from './json';
import { exportMeta, SITE_ORIGIN, type ExportMeta } from './meta';
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
    description: 'All 25 provinces with their record and people counts. Tbong Khmum has no boundary of its own in the source map (null geometry): its area is inside the Kampong Cham shape.',
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

const built = new Map<string, string>();

export function currentExportMeta(data: Dataset = getDataset()): ExportMeta {
  return exportMeta(data.changes, { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, origin: SITE_ORIGIN });
}

export function exportBody(file: ExportFileName): string {
  let body = built.get(file);
  if (body === undefined) {
    const data = getDataset();
    const spec = EXPORT_FILES.find((candidate) => candidate.file === file)!;
    body = spec.build(data, currentExportMeta(data));
    built.set(file, body);
  }
  return body;
}

export function exportResponse(file: ExportFileName): Response {
  const spec = EXPORT_FILES.find((candidate) => candidate.file === file)!;
  return textFileResponse(exportBody(file), spec.contentType);
}

export function templateResponse(): Response {
  return new Response(readFileSync(TEMPLATE_FILE, 'utf8'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

export function feedResponse(): Response {
  const data = getDataset();
  return new Response(toAtom(toChangeLog(data), currentExportMeta(data), SITE_ORIGIN), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
}

/** Byte sizes as the files are published (UTF-8). */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
