// A case's published files (data/cases/<id>/ → /cases/<id>/…): switches.csv and its datapackage.json, case.json,
// places.geojson, popolo.json and feed.xml. Pure builders from the parsed case and its rows (./view switchRows); the
// routes under src/routes/cases/[case]/ serve them. They share Cambodia's writers ($lib/export: CSV cells and the
// formula guard, the "#" lines, JSON, the one-feature-a-line GeoJSON, the Atom writer, the licence), so every file
// says when its data last changed and how to cite it, and the same case always gives the same bytes.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { formatCsv, neutraliseFormula } from '$lib/csv/csv';
import { changeLogOf, type ChangedRecord } from '$lib/data/changes';
import { entryText, entryTitle, feedUpdated, sourceLink, writeAtom } from '$lib/export/atom';
import { csvComments } from '$lib/export/csv';
import { csvPackage } from '$lib/export/datapackage';
import type { TableSchemaField, TabularDataPackage } from '$lib/export/datapackage-schema';
import { formatFeatureCollection } from '$lib/export/geojson';
import { formatJson } from '$lib/export/json';
import { exportMeta, type ExportMeta } from '$lib/export/meta';
import type { PopoloArea, PopoloLink, PopoloMembership, PopoloOrganization, PopoloOtherName, PopoloPerson } from '$lib/export/popolo-schema';
import { SITE } from '$lib/site';
import type { CaseData, CaseMeta, CasePlace, CaseSource, Switch } from './schema';
import { mapLevelOf, textOf, type SwitchRow } from './view';
import { caseColumns, caseIndexOf, isWebUrl, NO, webSources, YES } from './switch-columns';

/** The files every case publishes, at /cases/<id>/<file>. */
export const CASE_EXPORT_FILES = {
  'switches.csv': 'text/csv; charset=utf-8',
  'datapackage.json': 'application/json; charset=utf-8',
  'case.json': 'application/json; charset=utf-8',
  'places.geojson': 'application/geo+json; charset=utf-8',
  'popolo.json': 'application/json; charset=utf-8',
  'feed.xml': 'application/atom+xml; charset=utf-8'
} as const;
export type CaseExportFile = keyof typeof CASE_EXPORT_FILES;

/** The case's site path: /cases/<id>/. */
export const casePath = (id: string) => `/cases/${id}/`;
/** A person's page, and a switch's place on it. */
export const personPath = (caseId: string, person: string) => `${casePath(caseId)}person/${person}/`;
export const switchPath = (caseId: string, person: string, switchId: string) => `${personPath(caseId, person)}#${switchId}`;

/** Date, licence and citation of a case's files: dated by its own changes.yaml (or SOURCE_DATE_EPOCH), cited by its title. */
export function caseExportMeta(meta: CaseMeta, changes: CaseData['changes'], options: { sourceDateEpoch?: string; origin?: string } = {}): ExportMeta {
  return exportMeta(changes, { ...options, path: casePath(meta.id), title: textOf(meta.title, meta) });
}


// ——— switches.csv (its columns: ./switch-columns) ———

/** Each row's switch record, in the rows' order (date order). */
function rowRecords(data: CaseData, rows: readonly SwitchRow[]): [SwitchRow, Switch][] {
  const byId = new Map(data.switches.map((record) => [record.id, record]));
  return rows.flatMap((row) => {
    const record = byId.get(row.id);
    return record ? [[row, record] as [SwitchRow, Switch]] : [];
  });
}

/** The header and one row per switch; every cell through the same formula guard as Cambodia's CSV. */
export function caseCsvTable(data: CaseData, rows: readonly SwitchRow[]): string {
  const columns = caseColumns(data);
  const index = caseIndexOf(data);
  return formatCsv([columns.map((column) => column.name), ...rowRecords(data, rows).map(([row, record]) => columns.map((column) => neutraliseFormula(column.write(row, record, index))))]);
}

export function toCaseCsv(data: CaseData, rows: readonly SwitchRow[], meta: ExportMeta): string {
  return `${csvComments(meta, `${textOf(data.meta.title, data.meta)}: one row per switch`).join('\n')}\n${caseCsvTable(data, rows)}`;
}

// ——— datapackage.json ———

export function toCaseDatapackageDescriptor(data: CaseData, meta: ExportMeta): TabularDataPackage & { citation: string } {
  const fields = caseColumns(data).map((column): TableSchemaField => {
    const constraints = {
      ...(column.required && { required: true }),
      ...(column.name === 'id' && { unique: true }),
      ...(column.pattern && { pattern: column.pattern }),
      ...(column.values && { enum: [...column.values] })
    };
    return {
      name: column.name,
      type: column.type,
      description: column.description,
      ...(column.type === 'boolean' && { trueValues: [YES], falseValues: [NO] }),
      ...(Object.keys(constraints).length > 0 && { constraints })
    };
  });
  return csvPackage(meta, {
    name: `defection-tracker-${data.meta.id}`,
    title: `${SITE.name}: ${textOf(data.meta.title, data.meta)}`,
    description: `${textOf(data.meta.summary, data.meta)} One row per switch (a person who switched several times has several rows). The people, parties, places, tallies, events and changes are in case.json.`,
    resource: { name: 'switches', path: 'switches.csv', title: `${textOf(data.meta.short_title, data.meta)}: switches`, fields }
  });
}

export function toCaseDatapackage(data: CaseData, meta: ExportMeta): string {
  return formatJson(toCaseDatapackageDescriptor(data, meta));
}

// ——— case.json ———

export interface CaseJsonExport extends Omit<CaseData, 'dir' | 'meta'> {
  /** case.yaml, with when the data last changed, the licence and the citation. */
  meta: CaseMeta & ExportMeta;
}

/** The whole case as its files hold it (parsed, defaults filled in); the folder path is left out. */
export function toCaseJsonExport(data: CaseData, meta: ExportMeta): CaseJsonExport {
  return {
    meta: { ...data.meta, ...meta },
    parties: data.parties,
    places: Object.fromEntries(data.meta.levels.map((level) => [level.key, data.places[level.key] ?? []])),
    people: data.people,
    switches: data.switches,
    tallies: data.tallies,
    events: data.events,
    changes: data.changes
  };
}

export function toCaseJson(data: CaseData, meta: ExportMeta): string {
  return formatJson(toCaseJsonExport(data, meta));
}

// ——— places.geojson ———

export interface CasePlaceProperties {
  code: string;
  name: string;
  name_local?: string;
  /** People with a counted switch in the place (each once). */
  people: number;
  /** Counted switches in the place. */
  switches: number;
  /** Switches shown but not counted (a status the counting rule leaves out). */
  not_counted: number;
}

export type CasePlacesGeoJson = FeatureCollection<Geometry | null, CasePlaceProperties> & { metadata: ExportMeta & { level: string; counting: string } };

/**
 * Every place of the map level with its counts; `shapes` are the level's boundaries by place code (the features of its
 * TopoJSON), and a place without one, or every place when the file is absent, has a null geometry (RFC 7946 §3.2).
 */
export function toCasePlacesGeoJson(data: CaseData, rows: readonly SwitchRow[], meta: ExportMeta, shapes: ReadonlyMap<string, Geometry> = new Map()): CasePlacesGeoJson {
  const level = mapLevelOf(data.meta);
  const features = [...(data.places[level.key] ?? [])]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((place): Feature<Geometry | null, CasePlaceProperties> => {
      const here = rows.filter((row) => row.places[level.key] === place.code);
      const counted = here.filter((row) => row.counted);
      return {
        type: 'Feature',
        id: place.code,
        properties: {
          code: place.code,
          name: place.name,
          ...(place.name_local && { name_local: place.name_local }),
          people: new Set(counted.map((row) => row.person)).size,
          switches: counted.length,
          not_counted: here.length - counted.length
        },
        geometry: shapes.get(place.code) ?? null
      };
    });
  return {
    type: 'FeatureCollection',
    metadata: { ...meta, level: level.key, counting: `${textOf(data.meta.counting.rule, data.meta)} Places are those of the seat held while switching; claimed tallies are not included.` },
    features
  };
}

export function toCasePlacesGeo(data: CaseData, rows: readonly SwitchRow[], meta: ExportMeta, shapes?: ReadonlyMap<string, Geometry>): string {
  return formatFeatureCollection(toCasePlacesGeoJson(data, rows, meta, shapes));
}

// ——— popolo.json ———

/** Popolo, with two members Popolo 1.0 does not define: posts (the seats of the mandates) and a membership's end_reason. */
export type CasePopoloMembership = PopoloMembership & { end_reason?: string };
export interface CasePopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id: string;
  area_id: string;
}
export interface CasePopoloExport {
  meta: ExportMeta & { note: string };
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  memberships: CasePopoloMembership[];
  posts: CasePopoloPost[];
  areas: PopoloArea[];
}

const linksOf = (sources: readonly CaseSource[]): PopoloLink[] =>
  webSources(sources).map((source) => ({ url: source.url, note: [source.outlet, source.title].filter(Boolean).join(': ') }));

/** A membership is a fact: a disputed switch (sources disagree it happened) gives none, as Cambodia's disputed records give none. */
export const isPopoloSwitch = (record: Switch) => record.status !== 'disputed';

/**
 * The coalition a party is in as a Popolo parent_id, when that is simple: it names one coalition and has not left it.
 * A party that changed coalitions has no parent here; its dated coalitions are in case.json (parties).
 */
export function coalitionParent(party: CaseData['parties'][number]): string | undefined {
  return party.coalitions.length === 1 && !party.coalitions[0].to ? party.coalitions[0].coalition : undefined;
}

export function toCasePopoloDocument(data: CaseData, meta: ExportMeta): CasePopoloExport {
  const levelOf = new Map<string, { level: string; place: CasePlace }>();
  for (const level of data.meta.levels) for (const place of data.places[level.key] ?? []) levelOf.set(place.code, { level: level.key, place });
  const offices = new Map(data.meta.offices.map((office) => [office.id, office]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  const partyCodes = new Set(data.parties.map((party) => party.code));
  const seatOf = (person: string, office: string) => {
    const mandates = people.get(person)?.mandates ?? [];
    return (mandates.find((mandate) => mandate.office === office) ?? mandates[0])?.place;
  };

  const persons = data.people.map((person): PopoloPerson => {
    const otherNames: PopoloOtherName[] = person.other_spellings.filter((spelling) => spelling !== person.name).map((spelling) => ({ name: spelling, note: 'Spelling used by a source' }));
    return { id: person.id, name: person.name, ...(otherNames.length > 0 && { other_names: otherNames }), sources: linksOf(person.sources) };
  });

  const organizations: PopoloOrganization[] = [
    ...data.parties.map((party): PopoloOrganization => {
      const otherNames: PopoloOtherName[] = [
        ...(party.name_local ? [{ name: party.name_local, note: 'Local name' }] : []),
        ...(party.short_name && party.short_name !== party.name ? [{ name: party.short_name, note: 'Short name' }] : []),
        ...party.aliases.filter((alias) => alias !== party.name && alias !== party.short_name).map((alias) => ({ name: alias }))
      ];
      const parent = coalitionParent(party);
      return {
        id: party.code,
        name: party.name,
        classification: party.kind,
        ...(otherNames.length > 0 && { other_names: otherNames }),
        ...(parent && partyCodes.has(parent) && { parent_id: parent }),
        ...(party.founded && { founding_date: party.founded }),
        ...(party.dissolved && { dissolution_date: party.dissolved }),
        ...(party.sources.length > 0 && { sources: linksOf(party.sources) })
      };
    }),
    ...data.meta.offices.map((office): PopoloOrganization => ({ id: office.id, name: textOf(office.chamber ?? office.name, data.meta), classification: 'legislature' }))
  ];

  const posts = new Map<string, CasePopoloPost>();
  const mandates = data.people.flatMap((person) =>
    person.mandates.map((mandate, index): CasePopoloMembership => {
      const office = offices.get(mandate.office);
      const officeName = office ? textOf(office.name, data.meta) : mandate.office;
      const postId = `${mandate.office}/${mandate.place}`;
      posts.set(postId, { id: postId, label: `${officeName} for ${levelOf.get(mandate.place)?.place.name ?? mandate.place}`, role: officeName, organization_id: mandate.office, area_id: mandate.place });
      const party = mandate.elected_as?.party;
      return {
        id: `${person.id}/mandate-${index + 1}`,
        person_id: person.id,
        organization_id: mandate.office,
        post_id: postId,
        role: officeName,
        area_id: mandate.place,
        ...(party && partyCodes.has(party) && { on_behalf_of_id: party }),
        ...(mandate.from && { start_date: mandate.from }),
        ...(mandate.to && { end_date: mandate.to }),
        sources: linksOf(person.sources)
      };
    })
  );

  const included = data.switches.filter(isPopoloSwitch);
  const switchMemberships = included.flatMap((record): CasePopoloMembership[] => {
    const area = seatOf(record.person, record.office);
    const shared = { person_id: record.person, role: 'member', ...(area && { area_id: area }), sources: linksOf(record.sources) };
    return [
      { id: `${record.id}/left-${record.left.party}`, organization_id: record.left.party, ...shared, ...(record.left.date.value && { end_date: record.left.date.value }), end_reason: record.left.how },
      ...(record.joined ? [{ id: `${record.id}/joined-${record.joined.party}`, organization_id: record.joined.party, ...shared, ...(record.joined.date.value && { start_date: record.joined.date.value }) }] : [])
    ];
  });

  // The places memberships name, with every enclosing place so each parent_id resolves.
  const codes = new Set([...mandates, ...switchMemberships].flatMap((membership) => membership.area_id ?? []));
  for (const code of [...codes]) for (let at = levelOf.get(code)?.place.parent; at && !codes.has(at); at = levelOf.get(at)?.place.parent) codes.add(at);
  const areas = [...codes]
    .filter((code) => levelOf.has(code))
    .sort()
    .map((code): PopoloArea => {
      const { level, place } = levelOf.get(code)!;
      return { id: code, name: place.name, identifier: code, classification: level, ...(place.parent && { parent_id: place.parent }) };
    });

  return {
    meta: {
      ...meta,
      note: `Persons are the ${data.people.length} people of the case; each switch is a membership in the party left, ending on the leaving date (end_reason: how it came about), and, when the destination is known, one in the party joined, starting on the joining date. ${data.switches.length - included.length} disputed switch(es) give no membership (all switches are in case.json). Mandates are memberships of the office's organization, with a post per seat. A party's parent_id is its coalition when it names one it has not left; dated coalition histories are in case.json. Area ids are the case's place codes.`
    },
    persons,
    organizations,
    memberships: [...mandates, ...switchMemberships],
    posts: [...posts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    areas
  };
}

export function toCasePopolo(data: CaseData, meta: ExportMeta): string {
  return formatJson(toCasePopoloDocument(data, meta));
}

// ——— feed.xml ———

/** The names the feed gives records: a person by name, a switch by the person's name and the party left. */
function changedRecords(data: CaseData): Map<string, ChangedRecord> {
  const names = new Map(data.people.map((person) => [person.id, person.name]));
  return new Map<string, ChangedRecord>([
    ...data.people.map((person): [string, ChangedRecord] => [person.id, { id: person.id, name: person.name }]),
    ...data.switches.map((record): [string, ChangedRecord] => [record.id, { id: record.id, name: `${names.get(record.person) ?? record.person} leaving ${record.left.party}` }])
  ]);
}

/** The page a record of a change is on: a person's page, or a switch's anchor on its person's page. */
export function recordUrl(data: CaseData, id: string, origin: string): string | undefined {
  if (data.people.some((person) => person.id === id)) return `${origin}${personPath(data.meta.id, id)}`;
  const record = data.switches.find((candidate) => candidate.id === id);
  return record && `${origin}${switchPath(data.meta.id, record.person, record.id)}`;
}

export function toCaseAtom(data: CaseData, meta: ExportMeta, origin: string): string {
  const page = `${origin}${casePath(data.meta.id)}`;
  const entries = changeLogOf(data.changes, changedRecords(data));
  const title = textOf(data.meta.title, data.meta);
  return writeAtom({
    id: page,
    title: `${SITE.name}: ${title}: changes and corrections`,
    subtitle: 'Switches and people added, amended, retracted or disputed, with the reason and the evidence.',
    updated: feedUpdated(entries, meta),
    self: `${page}feed.xml`,
    alternate: page,
    authorUri: `${origin}/`,
    rights: `Data licence: ${meta.licence.name}. Cite as: ${meta.citation}`,
    entries: entries.map((entry) => {
      const records = entry.records.flatMap((record) => {
        const href = recordUrl(data, record.id, origin);
        return href ? [{ href, title: record.name }] : [];
      });
      return {
        id: `${page}#change-${entry.anchor}`,
        title: entryTitle(entry),
        date: entry.date,
        alternate: records[0]?.href ?? page,
        related: [...records.slice(1).map((record) => ({ type: 'text/html', ...record })), ...entry.sources.filter((source) => isWebUrl(source.url)).map(sourceLink)],
        category: { term: entry.kind, label: entry.kindLabel },
        summary: entryText(entry)
      };
    })
  });
}
