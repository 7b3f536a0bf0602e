// The published files, built from the real data: deterministic, self-describing, and valid against their standards.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/csv/csv';
import { Defection, type Dataset } from '$lib/schema';
import { parseDataset, type DataFile } from '$lib/data/dataset';
import { createProfileContext } from '$lib/profiles/context';
import { provinceProfile } from '$lib/profiles/province';
import { isCounted } from '$lib/profiles/records';
import { readDataFiles } from '$lib/server/read-data';
import { defectionInput } from '../../../tests/fixtures/records';
import { COLUMNS } from './columns';
import { toCsv, splitCsvComments } from './csv';
import { toDatapackage, toDatapackageDescriptor } from './datapackage';
import { TabularDataPackage, type TableSchemaField } from './datapackage-schema';
import { viewFile } from './download';
import { PROVINCES_COUNTING, toGeoJson, toProvincesGeoJson } from './geojson';
import { toJson, toJsonExport, type JsonExport } from './json';
import { exportMeta, generatedAt, type ExportMeta } from './meta';
import { toPopolo, toPopoloDocument, isPopoloPerson } from './popolo';
import { PopoloDocument } from './popolo-schema';
import { TEMPLATE_FILE } from './template';

let files: DataFile[];
let data: Dataset;
let meta: ExportMeta;
let topology: Topology;

beforeAll(() => {
  files = readDataFiles(process.cwd());
  data = parseDataset(files).dataset;
  meta = exportMeta(data.changes);
  topology = JSON.parse(readFileSync('static/geo/provinces.topo.json', 'utf8')) as Topology;
});

const buildAll = (dataset: Dataset, m: ExportMeta) => [toCsv(dataset, m), toDatapackage(dataset, m), toJson(dataset, m), toGeoJson(dataset, topology, m), toPopolo(dataset, m)];

describe('determinism', () => {
  it('the same data gives the same bytes, whatever order the files are read in', () => {
    const shuffled = parseDataset([...files].reverse()).dataset;
    expect(buildAll(shuffled, exportMeta(shuffled.changes))).toEqual(buildAll(data, meta));
  });

  it('dates exports by the changelog or SOURCE_DATE_EPOCH, never the clock', () => {
    expect(generatedAt([{ date: '2017-11-20' }, { date: '2026-11-25' }, { date: '2020-01-01' }])).toBe('2026-11-25T00:00:00Z');
    expect(generatedAt([], undefined)).toBe('1970-01-01T00:00:00Z');
    expect(generatedAt([{ date: '2026-11-25' }], '1800000000')).toBe('2027-01-15T08:00:00Z');
    const stamped = exportMeta(data.changes, { sourceDateEpoch: '1800000000' });
    expect(toCsv(data, stamped)).toContain('generated 2027-01-15T08:00:00Z');
  });

  it('every file carries the date, licence and citation', () => {
    for (const body of buildAll(data, meta)) {
      expect(body).toContain(meta.generated);
      expect(body).toContain(meta.citation.slice(0, 40));
      expect(body).toContain('CC');
    }
  });
});

describe('defections.csv', () => {
  it('has three "#" lines, the documented header, and one row per record', () => {
    const { comments, body } = splitCsvComments(toCsv(data, meta));
    expect(comments).toHaveLength(3);
    const [header, ...rows] = parseCsv(body);
    expect(header).toEqual(COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(data.defections.length);
  });
});

/** Checks one CSV cell against its Table Schema field, as a Frictionless validator would. */
function cellProblem(field: TableSchemaField, cell: string): string | undefined {
  const { constraints = {} } = field;
  if (cell === '') return constraints.required ? 'required' : undefined;
  if (constraints.pattern && !new RegExp(`^(?:${constraints.pattern})$`).test(cell)) return `pattern ${constraints.pattern}`;
  if (constraints.enum && !constraints.enum.includes(cell)) return 'enum';
  switch (field.type) {
    case 'integer':
      return /^-?\d+$/.test(cell) ? undefined : 'integer';
    case 'boolean':
      return [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(cell) ? undefined : 'boolean';
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) ? undefined : 'date';
    case 'array':
      return Array.isArray(JSON.parse(cell)) ? undefined : 'array';
    default:
      return undefined;
  }
}

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package describing the CSV column for column', () => {
    const descriptor = JSON.parse(toDatapackage(data, meta));
    const parsed = TabularDataPackage.safeParse(descriptor);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const [resource] = descriptor.resources;
    expect(resource.path).toBe('defections.csv');
    expect(resource.dialect.commentChar).toBe('#');
    expect(descriptor.created).toBe(meta.generated);
    expect(resource.schema.fields.map((field: TableSchemaField) => field.name)).toEqual(COLUMNS.map((column) => column.name));
  });

  it('its schema accepts every cell of the CSV', () => {
    const fields = toDatapackageDescriptor(data, meta).resources[0].schema.fields as TableSchemaField[];
    const [, ...rows] = parseCsv(splitCsvComments(toCsv(data, meta)).body);
    const problems = rows.flatMap((row, r) => fields.flatMap((field, i) => {
      const problem = cellProblem(field, row[i]);
      return problem ? [`row ${r + 2} ${field.name}: ${problem} (${row[i]})`] : [];
    }));
    expect(problems).toEqual([]);
  });

  it('the model rejects what the profile rejects', () => {
    const valid = toDatapackageDescriptor(data, meta);
    const resource = valid.resources[0];
    const invalid = [
      { ...valid, resources: [] },
      { ...valid, profile: 'data-package' },
      { ...valid, resources: [{ ...resource, name: 'Defections' }] },
      { ...valid, resources: [{ ...resource, path: '../defections.csv' }] },
      { ...valid, resources: [{ ...resource, schema: { fields: [{ type: 'string' }] } }] },
      { ...valid, resources: [{ ...resource, schema: { ...resource.schema, fields: [{ name: 'id', type: 'text' }] } }] },
      { ...valid, resources: [{ ...resource, schema: { ...resource.schema, primaryKey: 'nope' } }] },
      { ...valid, licenses: [{ title: 'no name or path' }] }
    ];
    for (const descriptor of invalid) expect(TabularDataPackage.safeParse(descriptor).success, JSON.stringify(descriptor).slice(0, 200)).toBe(false);
  });
});

describe('popolo.json', () => {
  it('validates against the Popolo model, references resolved', () => {
    const parsed = PopoloDocument.safeParse(JSON.parse(toPopolo(data, meta)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('ends a membership of the party left and starts one of the party joined, on the defection date', () => {
    const document = toPopoloDocument(data, meta);
    const people = data.defections.filter(isPopoloPerson);
    expect(document.persons.map((person) => person.id)).toEqual(people.map((record) => record.id));
    for (const record of people) {
      const memberships = document.memberships.filter((membership) => membership.person_id === record.id);
      const day = record.date.value;
      expect(memberships).toEqual([
        expect.objectContaining({ organization_id: record.from_party, ...(day && { end_date: day }) }),
        expect.objectContaining({ organization_id: record.to_party, ...(day && { start_date: day }) })
      ]);
      // An unknown date is left out, not guessed.
      if (!day) expect(memberships.every((membership) => !('end_date' in membership) && !('start_date' in membership))).toBe(true);
    }
    expect(document.organizations.find((party) => party.id === 'CNRP')).toMatchObject({ classification: 'party', dissolution_date: '2017-11-16' });
  });

  it('the model rejects what Popolo requires', () => {
    const document = toPopoloDocument(data, meta);
    const membership = document.memberships[0];
    expect(PopoloDocument.safeParse({ ...document, persons: [{ id: 'x' }] }).success).toBe(false);
    expect(PopoloDocument.safeParse({ ...document, memberships: [{ ...membership, person_id: undefined }] }).success).toBe(false);
    expect(PopoloDocument.safeParse({ ...document, memberships: [{ ...membership, organization_id: 'NOPE' }] }).success).toBe(false);
    expect(PopoloDocument.safeParse({ ...document, memberships: [{ ...membership, start_date: '2017/11/01' }] }).success).toBe(false);
  });
});

describe('provinces.geojson', () => {
  it('has all 25 provinces with counts; Tbong Khmum has a null geometry and a note', () => {
    const geojson = JSON.parse(toGeoJson(data, topology, meta)) as ReturnType<typeof toProvincesGeoJson>;
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features.map((feature) => feature.properties.code)).toEqual(data.provinces.map((p) => p.code).sort());
    for (const feature of geojson.features) {
      expect(feature.type).toBe('Feature');
      if (feature.geometry) expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type);
    }
    const tbongKhmum = geojson.features.find((feature) => feature.properties.iso === 'KH-25')!;
    expect(tbongKhmum.geometry).toBeNull();
    expect(tbongKhmum.properties.note).toMatch(/Kampong Cham/);
    const counted = data.defections.filter((record) => isCounted(record) && record.place.province);
    expect(geojson.features.reduce((sum, feature) => sum + feature.properties.records, 0)).toBe(counted.length);
    expect(geojson.features.reduce((sum, feature) => sum + feature.properties.people, 0)).toBe(counted.reduce((sum, record) => sum + record.people, 0));
  });

  it('counts records and people as the headline does: confirmed and reported records, never disputed or retracted ones', () => {
    const record = (id: string, people: number, changes: Record<string, unknown>) =>
      Defection.parse(defectionInput({ id, people, place: { province: '14' }, ...changes }));
    const fixture: Dataset = {
      ...data,
      defections: [
        record('fixture-confirmed', 2, { status: 'confirmed' }),
        record('fixture-reported', 3, { status: 'reported' }),
        record('fixture-disputed', 54, { status: 'disputed' }),
        record('fixture-retracted', 7, { status: 'confirmed', retracted: { date: '2018-01-01', reason: 'The source corrected its report.' } })
      ]
    };
    const geojson = JSON.parse(toGeoJson(fixture, topology, meta)) as ReturnType<typeof toProvincesGeoJson>;
    const preyVeng = geojson.features.find((feature) => feature.properties.code === '14')!;
    expect(preyVeng.properties).toMatchObject({ records: 2, people: 5, confirmed_records: 1, reported_records: 1, disputed_records: 1 });
    expect(geojson.features.filter((feature) => feature !== preyVeng).every((feature) => feature.properties.records === 0 && feature.properties.people === 0)).toBe(true);
    expect(geojson.metadata.counting).toBe(PROVINCES_COUNTING);
    expect(geojson.metadata.counting).toMatch(/confirmed or reported; disputed and retracted records.* are not counted/);
  });

  it('gives every province the records and people its province page counts', () => {
    const ctx = createProfileContext(data);
    const geojson = toProvincesGeoJson(data, topology, meta);
    for (const { properties } of geojson.features) {
      expect({ iso: properties.iso, records: properties.records, people: properties.people }).toEqual({ iso: properties.iso, ...provinceProfile(ctx, properties.iso)!.counted });
    }
  });
});

describe('defections.json and the dashboard view', () => {
  it('holds the records exactly as data/ does', () => {
    const document = JSON.parse(toJson(data, meta)) as JsonExport;
    expect(document.defections).toEqual(data.defections);
    expect(document.meta).toEqual(meta);
    const named = new Set(data.defections.map((record) => record.place.commune).filter(Boolean));
    expect(document.communes.every((commune) => named.has(commune.code) || data.refusals.some((r) => r.place.commune === commune.code))).toBe(true);
  });

  it('downloads only the filtered records, in the order shown', () => {
    const document = JSON.parse(JSON.stringify(toJsonExport(data, meta))) as JsonExport;
    const ids = data.defections.slice(0, 3).map((record) => record.id).reverse();
    const json = JSON.parse(viewFile(document, [...ids, 'no-such-id'], 'json').body) as JsonExport;
    expect(json.defections.map((record) => record.id)).toEqual(ids);
    expect(json.meta.selection).toMatchObject({ records: 3, of: data.defections.length });
    const csv = viewFile(document, ids, 'csv');
    expect(csv.name).toBe('defections_default-view.csv');
    const [, ...rows] = parseCsv(csv.body);
    expect(rows.map((row) => row[0])).toEqual(ids);
  });
});

describe('the import template', () => {
  it('has exactly the export columns and one real example row', () => {
    const [header, ...rows] = parseCsv(readFileSync(TEMPLATE_FILE, 'utf8'));
    expect(header).toEqual(COLUMNS.map((column) => column.name));
    expect(rows).toHaveLength(1);
    expect(data.defections.map((record) => record.id)).toContain(rows[0][0]);
  });
});
