// A case's published files (data/cases/<id>/ → /cases/<id>/…): switches.csv and its datapackage.json, case.json,
// places.geojson, popolo.json and feed.xml. Pure builders from the parsed case and its rows (./view switchRows); the
// routes under src/routes/cases/[case]/ serve them. They share Cambodia's writers ($lib/export: CSV cells and the
// formula guard, the "#" lines, JSON, the one-feature-a-line GeoJSON, the Atom writer, the licence), so every file
// says when its data last changed and how to cite it, and the same case always gives the same bytes.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { formatCsv, neutraliseFormula } from '$lib/csv/csv';
import { changeLogOf, type ChangedRecord } from '$lib/data/changes';
import { entryText, entryTitle, feedUpdated, sourceLink, writeAtom } from '$lib/export/atom';
import { joinList, LIST_JOINER } from '$lib/export/columns';
import { csvComments } from '$lib/export/csv';
import { csvPackage } from '$lib/export/datapackage';
import type { TableSchemaField, TabularDataPackage } from '$lib/export/datapackage-schema';
import { formatFeatureCollection } from '$lib/export/geojson';
import { formatJson } from '$lib/export/json';
import { exportMeta, type ExportMeta } from '$lib/export/meta';
import type { PopoloArea, PopoloLink, PopoloMembership, PopoloOrganization, PopoloOtherName, PopoloPerson } from '$lib/export/popolo-schema';
import { codesOf } from '$lib/schema/vocabulary';
import { SITE } from '$lib/site';
import type { CaseData, CaseMeta, CasePlace, CaseSource, Switch } from './schema';
import { mapLevelOf, textOf, type SwitchRow } from './view';
import { CASE_STATUSES, SWITCH_HOWS } from './vocabulary';

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

/** Only web links leave the site (the schema already refuses others; this holds if a file is built from unchecked data). */
export const isWebUrl = (url: string) => /^https?:\/\/[^\s]/i.test(url);
const webSources = (sources: readonly CaseSource[]) => sources.filter((source) => isWebUrl(source.url));

// ——— switches.csv ———

interface CaseColumn {
  name: string;
  type: 'string' | 'date' | 'boolean' | 'integer';
  description: string;
  required?: boolean;
  pattern?: string;
  values?: readonly string[];
  write: (row: SwitchRow, record: Switch, index: CaseIndex) => string;
}

interface CaseIndex {
  parties: Map<string, string>;
  /** level key → code → place. */
  places: Map<string, Map<string, CasePlace>>;
}

function indexOf(data: CaseData): CaseIndex {
  return {
    parties: new Map(data.parties.map((party) => [party.code, party.name])),
    places: new Map(data.meta.levels.map((level) => [level.key, new Map((data.places[level.key] ?? []).map((place) => [place.code, place]))]))
  };
}

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const YES = 'yes';
const NO = 'no';

/** The columns of switches.csv: fixed ones, with one code and one name column per place level the case declares. */
export function caseColumns(data: CaseData): CaseColumn[] {
  const parties = data.parties.map((party) => party.code);
  const levelColumns = data.meta.levels.flatMap((level): CaseColumn[] => {
    const name = textOf(level.name, data.meta);
    return [
      { name: level.key, type: 'string', description: `${name}: the code of the ${name.toLowerCase()} of the seat held while switching (places/${level.key}s.csv); empty when the seat has none.`, write: (row) => row.places[level.key] ?? '' },
      { name: `${level.key}_name`, type: 'string', description: `${name}: its name.`, write: (row, _record, index) => index.places.get(level.key)?.get(row.places[level.key] ?? '')?.name ?? '' }
    ];
  });
  return [
    { name: 'id', type: 'string', required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Switch id: <person>-<left date>, also the file name in switches/ and the anchor on the person’s page.', write: (row) => row.id },
    { name: 'person', type: 'string', required: true, description: 'Person id: the file name in people/ and the person page’s address.', write: (row) => row.person },
    { name: 'name', type: 'string', required: true, description: 'The person’s name as sources write it, honorifics dropped.', write: (row) => row.name },
    { name: 'office', type: 'string', required: true, values: data.meta.offices.map((office) => office.id), description: `The office of the mandate held while switching: ${data.meta.offices.map((office) => `${office.id} (${textOf(office.name, data.meta)})`).join(', ')}.`, write: (row) => row.office },
    ...levelColumns,
    { name: 'from_party', type: 'string', required: true, values: parties, description: 'The party left: a code from parties.yaml.', write: (row) => row.from },
    { name: 'from_party_name', type: 'string', description: 'The party left: its name.', write: (row, _record, index) => index.parties.get(row.from) ?? '' },
    { name: 'to_party', type: 'string', values: parties, description: 'The party joined (IND: sat as an independent); empty while the destination is unknown.', write: (row) => row.to ?? '' },
    { name: 'to_party_name', type: 'string', description: 'The party joined: its name.', write: (row, _record, index) => (row.to ? (index.parties.get(row.to) ?? '') : '') },
    { name: 'how', type: 'string', required: true, values: codesOf(SWITCH_HOWS), description: `How the leaving came about: ${codesOf(SWITCH_HOWS).join(', ')}.`, write: (_row, record) => record.left.how },
    { name: 'left_date', type: 'string', pattern: PARTIAL_DATE_PATTERN, description: 'The day the person left, as sources give it: YYYY-MM-DD, YYYY-MM or YYYY; empty for precision range or unknown.', write: (_row, record) => record.left.date.value ?? '' },
    { name: 'left_date_precision', type: 'string', required: true, description: 'day, approximate, month, year, range (see the first and last possible days) or unknown.', write: (_row, record) => record.left.date.precision },
    { name: 'left_first_day', type: 'date', description: 'The first day the leaving can have happened on (YYYY-MM-DD); empty when unbounded.', write: (row) => row.left.start ?? '' },
    { name: 'left_last_day', type: 'date', description: 'The last day the leaving can have happened on (YYYY-MM-DD); empty when unbounded.', write: (row) => row.left.end ?? '' },
    { name: 'joined_date', type: 'string', pattern: PARTIAL_DATE_PATTERN, description: 'The day the person joined to_party, as sources give it; empty while unknown.', write: (_row, record) => record.joined?.date.value ?? '' },
    { name: 'joined_date_precision', type: 'string', description: 'The joining date’s precision; empty when nothing is known of the joining.', write: (_row, record) => record.joined?.date.precision ?? '' },
    { name: 'joined_first_day', type: 'date', description: 'The first day the joining can have happened on.', write: (row) => row.joined?.start ?? '' },
    { name: 'joined_last_day', type: 'date', description: 'The last day the joining can have happened on.', write: (row) => row.joined?.end ?? '' },
    { name: 'status', type: 'string', required: true, values: codesOf(CASE_STATUSES), description: `How sure the switch is: ${codesOf(CASE_STATUSES).join(', ')}.`, write: (row) => row.status },
    { name: 'counted', type: 'boolean', required: true, description: `"yes" when the case’s headline counts this switch (its status is one of ${data.meta.counting.statuses.join(', ')}), else "no".`, write: (row) => (row.counted ? YES : NO) },
    { name: 'reason_summary', type: 'string', description: 'The reason given, in our words.', write: (_row, record) => record.reason.summary ?? '' },
    { name: 'reason_quote', type: 'string', description: 'A short verbatim quote giving the reason.', write: (_row, record) => record.reason.quote?.text ?? '' },
    { name: 'reason_quote_speaker', type: 'string', description: 'Who said the quote.', write: (_row, record) => record.reason.quote?.speaker ?? '' },
    { name: 'sources', type: 'string', required: true, description: `The sources’ addresses, separated by "${LIST_JOINER}" (a JSON list if an address holds "|"); outlets and titles are in case.json.`, write: (_row, record) => joinList(webSources(record.sources).map((source) => source.url)) }
  ];
}

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
  const index = indexOf(data);
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
