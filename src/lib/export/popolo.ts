// popolo.json: defectors as Popolo persons, parties as organizations, and each defection as a party membership
// that ends (the party left) and one that starts (the party joined) on the defection date.
import type { Dataset, Defection } from '$lib/schema';
import { formatJson } from './json';
import type { ExportMeta } from './meta';
import type { PopoloArea, PopoloDocument, PopoloLink, PopoloMembership, PopoloOtherName, PopoloPerson } from './popolo-schema';

export type PopoloExport = PopoloDocument & { meta: ExportMeta & { note: string } };

/** A Popolo person is one real, named person, and a membership a fact: groups, unnamed, retracted and disputed records stay out. */
export function isPopoloPerson(record: Defection): boolean {
  return record.people === 1 && Boolean(record.person.name || record.person.name_km) && !record.retracted && record.status !== 'disputed';
}

function linksOf(record: Defection): PopoloLink[] {
  return record.sources.map((source) => ({ url: source.url, note: [source.outlet, source.title].filter(Boolean).join(': ') }));
}

function toPerson(record: Defection): PopoloPerson {
  const { name, name_km, romanisation_tentative, other_spellings } = record.person;
  const preferred = (romanisation_tentative ? (name_km ?? name) : (name ?? name_km)) as string;
  const otherNames: PopoloOtherName[] = [
    ...(name && name !== preferred ? [{ name, note: romanisation_tentative ? 'Latin spelling (tentative, not from a source)' : 'Latin script' }] : []),
    ...(name_km && name_km !== preferred ? [{ name: name_km, note: 'Khmer script' }] : []),
    ...other_spellings.map((spelling) => ({ name: spelling, note: 'Spelling used by a source' }))
  ];
  return { id: record.id, name: preferred, ...(otherNames.length > 0 && { other_names: otherNames }), sources: linksOf(record) };
}

function toMemberships(record: Defection): PopoloMembership[] {
  const day = record.date.value;
  const shared = { person_id: record.id, role: 'member', label: record.role_in_source, area_id: record.place.commune ?? record.place.district ?? record.place.province, sources: linksOf(record) };
  return [
    { id: `${record.id}/left-${record.from_party}`, organization_id: record.from_party, ...shared, ...(day && { end_date: day }) },
    { id: `${record.id}/joined-${record.to_party}`, organization_id: record.to_party, ...shared, ...(day && { start_date: day }) }
  ];
}

/** The places memberships name, with the districts and provinces containing them so every parent_id resolves. */
function areasFor(data: Dataset, codes: Set<string>): PopoloArea[] {
  const districts = new Map(data.districts.map((d) => [d.code, d]));
  const communes = new Map(data.communes.map((c) => [c.code, c]));
  for (const code of [...codes]) {
    const district = communes.get(code)?.district;
    if (district) codes.add(district);
  }
  for (const code of [...codes]) {
    const province = districts.get(code)?.province;
    if (province) codes.add(province);
  }
  const units = [
    ...data.provinces.map((p) => ({ ...p, level: 'province', parent: undefined })),
    ...data.districts.map((d) => ({ ...d, level: 'district', parent: d.province })),
    ...data.communes.map((c) => ({ ...c, level: 'commune', parent: c.district }))
  ];
  return units
    .filter((unit) => codes.has(unit.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((unit) => ({ id: unit.code, name: unit.name, identifier: unit.code, classification: unit.level, ...(unit.parent && { parent_id: unit.parent }) }));
}

export function toPopoloDocument(data: Dataset, meta: ExportMeta): PopoloExport {
  const included = data.defections.filter(isPopoloPerson);
  const memberships = included.flatMap(toMemberships);
  return {
    meta: {
      ...meta,
      note: `Persons are the named individuals of ${included.length} of ${data.defections.length} defection records; group, unnamed, retracted and disputed records are left out (all are in defections.json). Area ids are NCDD codes.`
    },
    persons: included.map(toPerson),
    organizations: data.parties.map((party) => {
      const otherNames: PopoloOtherName[] = [
        ...(party.name_km ? [{ name: party.name_km, note: 'Khmer name' }] : []),
        ...party.aliases.filter((alias) => alias !== party.name).map((alias) => ({ name: alias }))
      ];
      return {
        id: party.code,
        name: party.name,
        classification: 'party',
        ...(otherNames.length > 0 && { other_names: otherNames }),
        ...(party.founded && { founding_date: party.founded }),
        ...(party.dissolved && { dissolution_date: party.dissolved })
      };
    }),
    memberships,
    areas: areasFor(data, new Set(memberships.flatMap((membership) => membership.area_id ?? [])))
  };
}

export function toPopolo(data: Dataset, meta: ExportMeta): string {
  return formatJson(toPopoloDocument(data, meta));
}
