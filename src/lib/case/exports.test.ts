// A case's published files, built from the fictitious test case (tests/fixtures/cases/examplia-2011/): one row and
// memberships per switch, an unknown destination left empty, spreadsheet formulas and markup neutralised, only web
// links, one column pair per declared level, and the same bytes from the same case.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { parseCsv } from '$lib/csv/csv';
import { splitCsvComments } from '$lib/export/csv';
import { TabularDataPackage } from '$lib/export/datapackage-schema';
import type { ExportMeta } from '$lib/export/meta';
import { PopoloDocument } from '$lib/export/popolo-schema';
import { readCase } from '$lib/server/read-case';
import type { CaseData } from './schema';
import { caseColumns, isWebUrl } from './switch-columns';
import {
  caseExportMeta,
  toCaseAtom,
  toCaseCsv,
  toCaseDatapackage,
  toCaseDatapackageDescriptor,
  toCaseJson,
  toCaseJsonExport,
  toCasePlacesGeo,
  toCasePlacesGeoJson,
  toCasePopolo,
  toCasePopoloDocument
} from './exports';
import { switchRows } from './view';

const FIXTURE = 'tests/fixtures/cases/examplia-2011';
const ORIGIN = 'https://tracker.example';

let data: CaseData;
let meta: ExportMeta;

function load(): CaseData {
  const { data: parsed, issues } = readCase(FIXTURE);
  expect(issues).toEqual([]);
  return parsed!;
}

beforeAll(() => {
  data = load();
  meta = caseExportMeta(data.meta, data.changes, { origin: ORIGIN });
});

const buildAll = (d: CaseData, m: ExportMeta, shapes?: Map<string, Geometry>) => {
  const rows = switchRows(d);
  return [toCaseCsv(d, rows, m), toCaseDatapackage(d, m), toCaseJson(d, m), toCasePlacesGeo(d, rows, m, shapes), toCasePopolo(d, m), toCaseAtom(d, m, ORIGIN)];
};

function csvTable(d: CaseData, m: ExportMeta = meta): Record<string, string>[] {
  const [header, ...rows] = parseCsv(splitCsvComments(toCaseCsv(d, switchRows(d), m)).body);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]])));
}

/** The fixture with Bo Sample's switch no longer disputed: a counted switch whose destination is unknown. */
function withUnknownDestination(d: CaseData): CaseData {
  return { ...d, switches: d.switches.map((record) => (record.person === 'bo-sample' ? { ...record, status: 'reported' as const } : record)) };
}

/** The fixture with texts a spreadsheet would run and markup a feed reader would read. */
function hostile(d: CaseData): CaseData {
  return {
    ...d,
    people: d.people.map((person) => (person.id === 'ada-example' ? { ...person, name: '=HYPERLINK("https://evil.example","Ada")' } : person)),
    switches: d.switches.map((record) =>
      record.id === 'ada-example-2011-06-01'
        ? { ...record, reason: { summary: '@SUM(A1:A9)', quote: { text: '+1 </summary><script>alert(1)</script>', speaker: '-Ada & "co"' } } }
        : record
    ),
    changes: d.changes.map((change) => ({ ...change, summary: '<b>bold</b> & "quoted" \'text\'', reason: ']]><x/>' }))
  };
}

describe('case meta', () => {
  it('dates the files by the case’s changes.yaml, cites its title and points at its folder', () => {
    expect(meta.generated).toBe('2012-06-30T00:00:00Z');
    expect(meta.url).toBe(`${ORIGIN}/cases/examplia-2011/`);
    expect(meta.citation).toContain('Examplia (fictitious): deputies who left their party');
    expect(caseExportMeta(data.meta, data.changes, { sourceDateEpoch: '1800000000' }).generated).toBe('2027-01-15T08:00:00Z');
  });
});

describe('switches.csv', () => {
  it('has three "#" lines and one row per switch; a person with two switches has two rows', () => {
    const { comments } = splitCsvComments(toCaseCsv(data, switchRows(data), meta));
    expect(comments).toHaveLength(3);
    expect(comments[0]).toContain(`${ORIGIN}/cases/examplia-2011/datapackage.json`);
    const table = csvTable(data);
    expect(table.map((row) => row.id)).toEqual(['ada-example-2011-06-01', 'ada-example-2012-02', 'bo-sample-2012-05-10']);
    expect(table.filter((row) => row.person === 'ada-example')).toHaveLength(2);
    expect(table[0]).toMatchObject({
      name: 'Ada Example',
      office: 'deputy',
      region: 'XX-N',
      region_name: 'North Region (fictitious)',
      district: 'D01',
      district_name: 'Harbour (fictitious)',
      from_party: 'GREEN',
      to_party: 'BLUE',
      how: 'quit',
      left_date: '2011-06-01',
      left_date_precision: 'day',
      left_first_day: '2011-06-01',
      left_last_day: '2011-06-01',
      joined_date: '2011-09',
      joined_date_precision: 'month',
      joined_first_day: '2011-09-01',
      joined_last_day: '2011-09-30',
      status: 'confirmed',
      counted: 'yes',
      reason_quote: 'We were promised a harbour.',
      reason_quote_speaker: 'Ada Example',
      sources: 'https://example.org/examplia/ada-quits | https://example.org/examplia/times/ada'
    });
    expect(table[1]).toMatchObject({ from_party: 'BLUE', to_party: 'IND', to_party_name: 'Independent', how: 'sacked', left_first_day: '2012-02-01', left_last_day: '2012-02-29', counted: 'yes' });
  });

  it('leaves the destination cells empty while it is unknown', () => {
    const bo = csvTable(data).find((row) => row.person === 'bo-sample')!;
    expect(bo).toMatchObject({ to_party: '', to_party_name: '', joined_date: '', joined_date_precision: '', joined_first_day: '', joined_last_day: '', counted: 'no', status: 'disputed' });
  });

  it('has one code and one name column per declared level, in the declared order', () => {
    const names = caseColumns(data).map((column) => column.name);
    expect(names.filter((name) => /^(region|district)(_name)?$/.test(name))).toEqual(['region', 'region_name', 'district', 'district_name']);
    const threeLevels: CaseData = {
      ...data,
      meta: { ...data.meta, levels: [...data.meta.levels, { key: 'ward', name: { en: 'Ward', fr: 'Quartier' }, plural: { en: 'Wards', fr: 'Quartiers' }, map: false, parent: 'district', electoral: false }] },
      places: { ...data.places, ward: [] }
    };
    const [header] = parseCsv(splitCsvComments(toCaseCsv(threeLevels, switchRows(threeLevels), meta)).body);
    expect(header.filter((name) => /^(region|district|ward)(_name)?$/.test(name))).toEqual(['region', 'region_name', 'district', 'district_name', 'ward', 'ward_name']);
    expect(parseCsv(splitCsvComments(toCaseCsv(threeLevels, switchRows(threeLevels), meta)).body)[1][header.indexOf('ward')]).toBe('');
  });

  it('guards every cell a spreadsheet would run as a formula, as the Cambodian CSV does', () => {
    const table = csvTable(hostile(data));
    const ada = table.find((row) => row.id === 'ada-example-2011-06-01')!;
    expect(ada.name).toBe('\'=HYPERLINK("https://evil.example","Ada")');
    expect(ada.reason_summary).toBe("'@SUM(A1:A9)");
    expect(ada.reason_quote).toBe("'+1 </summary><script>alert(1)</script>");
    expect(ada.reason_quote_speaker).toBe('\'-Ada & "co"');
    for (const row of table) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('datapackage.json', () => {
  it('is a valid Tabular Data Package describing every column of switches.csv, with the licence', () => {
    const descriptor = toCaseDatapackageDescriptor(data, meta);
    expect(TabularDataPackage.safeParse(descriptor).success).toBe(true);
    const [header] = parseCsv(splitCsvComments(toCaseCsv(data, switchRows(data), meta)).body);
    expect(descriptor.resources[0].schema!.fields.map((field) => field.name)).toEqual(header);
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'CC BY 4.0' }]);
    const counted = descriptor.resources[0].schema!.fields.find((field) => field.name === 'counted')!;
    expect(counted).toMatchObject({ type: 'boolean', trueValues: ['yes'], falseValues: ['no'] });
  });
});

describe('case.json', () => {
  it('holds the whole case, with the export date, and not the folder path', () => {
    const document = toCaseJsonExport(data, meta);
    expect(Object.keys(document)).toEqual(['meta', 'parties', 'places', 'people', 'switches', 'tallies', 'events', 'changes']);
    expect(document.meta).toMatchObject({ id: 'examplia-2011', generated: meta.generated, citation: meta.citation });
    expect(document.switches).toHaveLength(3);
    expect(Object.keys(document.places)).toEqual(['region', 'district']);
    expect(toCaseJson(data, meta)).not.toContain('tests/fixtures');
  });
});

describe('places.geojson', () => {
  it('has every place of the map level with its counts; null geometry when the boundaries are absent', () => {
    const collection = toCasePlacesGeoJson(data, switchRows(withUnknownDestination(data)), meta);
    expect(collection.features.map((feature) => feature.properties)).toEqual([
      { code: 'XX-N', name: 'North Region (fictitious)', name_local: 'Région du Nord', people: 1, switches: 2, not_counted: 0 },
      { code: 'XX-S', name: 'South Region (fictitious)', people: 1, switches: 1, not_counted: 0 }
    ]);
    expect(collection.features.every((feature) => feature.geometry === null)).toBe(true);
    expect(toCasePlacesGeoJson(data, switchRows(data), meta).features[1].properties).toMatchObject({ people: 0, switches: 0, not_counted: 1 });
  });

  it('draws a place from its boundary when one is given', () => {
    const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
    const collection = toCasePlacesGeoJson(data, switchRows(data), meta, new Map([['XX-N', square]]));
    expect(collection.features[0].geometry).toEqual(square);
    expect(collection.features[1].geometry).toBeNull();
  });
});

describe('popolo.json', () => {
  /** Popolo 1.0 defines no end_reason: the rest must be valid as Cambodia's is. */
  const strict = (document: ReturnType<typeof toCasePopoloDocument>) => ({
    ...document,
    memberships: document.memberships.map(({ end_reason: _, ...membership }) => membership)
  });

  it('gives a person with two switches a membership ending in each party left and starting in each party joined', () => {
    const document = toCasePopoloDocument(data, meta);
    expect(PopoloDocument.safeParse(strict(document)).error).toBeUndefined();
    const ada = document.memberships.filter((membership) => membership.person_id === 'ada-example' && membership.role === 'member');
    expect(ada).toEqual([
      expect.objectContaining({ id: 'ada-example-2011-06-01/left-GREEN', organization_id: 'GREEN', end_date: '2011-06-01', end_reason: 'quit', area_id: 'D01' }),
      expect.objectContaining({ id: 'ada-example-2011-06-01/joined-BLUE', organization_id: 'BLUE', start_date: '2011-09' }),
      expect.objectContaining({ id: 'ada-example-2012-02/left-BLUE', organization_id: 'BLUE', end_date: '2012-02', end_reason: 'sacked' }),
      expect.objectContaining({ id: 'ada-example-2012-02/joined-IND', organization_id: 'IND', start_date: '2012-02' })
    ]);
    expect(document.persons.find((person) => person.id === 'ada-example')?.other_names).toEqual([{ name: 'Ada Exemple', note: 'Spelling used by a source' }]);
  });

  it('gives a switch with no known destination no joined membership, and a disputed switch none at all', () => {
    expect(toCasePopoloDocument(data, meta).memberships.filter((membership) => membership.id?.startsWith('bo-sample-'))).toEqual([]);
    const bo = toCasePopoloDocument(withUnknownDestination(data), meta).memberships.filter((membership) => membership.id?.startsWith('bo-sample-'));
    expect(bo.map((membership) => membership.id)).toEqual(['bo-sample-2012-05-10/left-RED']);
    expect(bo[0]).toMatchObject({ end_date: '2012-05-10', end_reason: 'disputed' });
  });

  it('has the mandates as memberships of the office with a post per seat, and the areas they name with their parents', () => {
    const document = toCasePopoloDocument(data, meta);
    expect(document.memberships.find((membership) => membership.id === 'ada-example/mandate-1')).toMatchObject({
      organization_id: 'deputy',
      post_id: 'deputy/D01',
      area_id: 'D01',
      on_behalf_of_id: 'GREEN',
      start_date: '2011-03-01'
    });
    expect(document.posts.map((post) => post.id)).toEqual(['deputy/D01', 'deputy/D03', 'regional-councillor/XX-N']);
    expect(document.areas.map((area) => [area.id, area.parent_id])).toEqual([['D01', 'XX-N'], ['D03', 'XX-S'], ['XX-N', undefined], ['XX-S', undefined]]);
    expect(document.organizations.find((organization) => organization.id === 'deputy')).toMatchObject({ name: 'National Assembly of Examplia', classification: 'legislature' });
    expect(document.organizations.find((organization) => organization.id === 'GREEN')).toMatchObject({ parent_id: 'UNITY', classification: 'party', other_names: [{ name: 'Greens' }] });
    expect(document.organizations.find((organization) => organization.id === 'UNITY')).toMatchObject({ classification: 'coalition' });
  });
});

describe('feed.xml', () => {
  it('is an Atom feed whose entries link the person pages and the switches’ anchors', () => {
    const feed = toCaseAtom(data, meta, ORIGIN);
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${ORIGIN}/cases/examplia-2011/feed.xml"/>`);
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${ORIGIN}/cases/examplia-2011/person/ada-example/"/>`);
    expect(feed).toContain(`href="${ORIGIN}/cases/examplia-2011/person/bo-sample/"`);
    expect(feed).toContain(`href="${ORIGIN}/cases/examplia-2011/person/ada-example/#ada-example-2011-06-01"`);
    expect(feed).toContain(`href="${ORIGIN}/cases/examplia-2011/person/bo-sample/#bo-sample-2012-05-10"`);
    expect(feed).toContain('<updated>2012-06-30T00:00:00Z</updated>');
  });

  it('escapes every text', () => {
    const feed = toCaseAtom(hostile(data), meta, ORIGIN);
    expect(feed).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &apos;text&apos;');
    expect(feed).toContain(']]&gt;&lt;x/&gt;');
    expect(feed).toContain('=HYPERLINK(&quot;https://evil.example&quot;,&quot;Ada&quot;)');
    expect(feed).not.toContain('<b>');
    expect(feed).not.toContain('<x/>');
    // Only the feed's own elements remain once the escaped text is taken out.
    const tags = new Set([...feed.matchAll(/<\/?([a-zA-Z?]+)/g)].map((match) => match[1]));
    expect([...tags].sort()).toEqual(['?xml', 'author', 'category', 'entry', 'feed', 'id', 'link', 'name', 'published', 'rights', 'subtitle', 'summary', 'title', 'updated', 'uri']);
  });
});

describe('links', () => {
  it('every address a file gives is http(s)', () => {
    for (const body of buildAll(data, meta)) {
      const urls = [...body.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>|,]+/gi)].map((match) => match[0]);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^https?:\/\//);
    }
    expect(['https://a.example/', 'http://a.example/'].every(isWebUrl)).toBe(true);
    expect(['javascript:alert(1)', 'data:text/html,x', 'ftp://a.example/', '//a.example/'].some(isWebUrl)).toBe(false);
  });

  it('a source that is not a web link is left out of every file that links it', () => {
    const unsafe: CaseData = {
      ...data,
      switches: data.switches.map((record) => ({ ...record, sources: [...record.sources, { ...record.sources[0], url: 'javascript:alert(1)' }] })),
      changes: data.changes.map((change) => ({ ...change, sources: [{ outlet: 'x', url: 'javascript:alert(2)', language: 'en' }] }))
    };
    const rows = switchRows(unsafe);
    for (const body of [toCaseCsv(unsafe, rows, meta), toCasePopolo(unsafe, meta), toCaseAtom(unsafe, meta, ORIGIN)]) expect(body).not.toContain('javascript:');
  });
});

describe('determinism', () => {
  it('the same case gives the same bytes, built twice or read again', () => {
    const again = load();
    expect(buildAll(again, caseExportMeta(again.meta, again.changes, { origin: ORIGIN }))).toEqual(buildAll(data, meta));
    expect(buildAll(data, meta)).toEqual(buildAll(data, meta));
  });

  it('every file carries the date, the licence and the citation', () => {
    for (const body of buildAll(data, meta)) {
      expect(body).toContain(meta.generated);
      expect(body).toContain('CC');
    }
    for (const body of buildAll(data, meta).filter((_, index) => index !== 5)) expect(body).toContain(meta.citation.slice(0, 40));
  });
});
