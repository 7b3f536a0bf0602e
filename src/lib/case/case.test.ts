// The case format (docs/track-another-wave.md) on the fictitious case in tests/fixtures/cases/examplia-2011, and on
// broken copies of it made in a temporary folder.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Source } from '$lib/schema/common';
import { readCase } from '$lib/server/read-case';
import { CaseSource, type CaseData, type Switch } from './schema';
import { countOf, sequenceOf, switchRows } from './view';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = 'tests/fixtures/cases/examplia-2011';
const ID = 'examplia-2011';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fictitious case in a temporary folder, edited; issues name its files as "examplia-2011/…". */
function brokenCopy(edits: Record<string, (text: string) => string>) {
  const root = mkdtempSync(join(tmpdir(), 'case-'));
  copies.push(root);
  cpSync(join(ROOT, FIXTURE), join(root, ID), { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(root, ID, file);
    const text = edit(readFileSync(path, 'utf8'));
    if (text === '') rmSync(path);
    else writeFileSync(path, text);
  }
  return readCase(ID, root);
}
const remove = () => '';

describe('the fictitious case (tests/fixtures/cases/examplia-2011)', () => {
  const { data, issues } = readCase(FIXTURE, ROOT);

  it('validates clean', () => {
    expect(issues).toEqual([]);
    expect(data?.people.map((person) => person.id)).toEqual(['ada-example', 'bo-sample']);
    expect(data?.switches).toHaveLength(3);
    expect(data?.places.region.map((place) => place.code)).toEqual(['XX-N', 'XX-S']);
    expect(data?.places.district[0]).toEqual({ code: 'D01', name: 'Harbour (fictitious)', name_local: undefined, parent: 'XX-N', aliases: ['Old Harbour'], note: 'Renamed in 2010 (fictitious).' });
    expect(data?.tallies).toHaveLength(1);
    expect(data?.events.map((event) => event.id)).toEqual(['election-2011', 'harbour-walkout-2011']);
  });

  it('sequence: a person’s switches in date order, whatever their ids', () => {
    const sequence = (of: CaseData, person: string) => sequenceOf(switchRows(of), person).map((row) => row.id);
    expect(sequence(data!, 'ada-example')).toEqual(['ada-example-2011-06-01', 'ada-example-2012-02']);
    const [first, second] = data!.switches;
    const renamed: Switch[] = [
      { ...second, id: 'ada-example-a' },
      { ...first, id: 'ada-example-b' },
      { ...first, id: 'ada-example-c', left: { ...first.left, date: { precision: 'unknown', note: 'not given' } } }
    ];
    expect(sequence({ ...data!, switches: renamed }, 'ada-example')).toEqual(['ada-example-b', 'ada-example-a', 'ada-example-c']);
    expect(sequence(data!, 'nobody')).toEqual([]);
  });

  it('count: people once each or every switch, per counting.unit, only counted statuses', () => {
    // Ada Example's two switches are confirmed and reported; Bo Sample's only switch is disputed, not counted.
    const countCase = (of: CaseData, only?: (row: ReturnType<typeof switchRows>[number]) => boolean) =>
      countOf(switchRows(of).filter(only ?? (() => true)), of.meta.counting.unit).counted;
    expect(countCase(data!)).toBe(1);
    const bySwitch: CaseData = { ...data!, meta: { ...data!.meta, counting: { ...data!.meta.counting, unit: 'switches' } } };
    expect(countCase(bySwitch)).toBe(2);
    const withDisputed: CaseData = { ...data!, meta: { ...data!.meta, counting: { ...data!.meta.counting, statuses: ['confirmed', 'disputed'] } } };
    expect(countCase(withDisputed)).toBe(2);
    expect(countCase(data!, (row) => row.person === 'bo-sample')).toBe(0);
  });
});

describe('a broken copy of the case gives exact messages', () => {
  it('a switch whose person is missing (and the changelog naming that person)', () => {
    const { issues } = brokenCopy({ 'people/bo-sample.yaml': remove });
    expect(issues).toEqual([
      {
        file: `${ID}/switches/bo-sample-2012-05-10.yaml`,
        record: 'bo-sample-2012-05-10',
        field: 'person',
        found: '"bo-sample"',
        expected: `the id of a person in ${ID}/people/`,
        fix: `Create ${ID}/people/bo-sample.yaml (name, mandates, sources), or correct the id.`
      },
      {
        file: `${ID}/changes.yaml`,
        record: '#1',
        field: 'records[1]',
        found: '"bo-sample"',
        expected: `the id of a person in ${ID}/people/ or a switch in ${ID}/switches/`,
        fix: 'Correct the id; records are never deleted, so an old id stays valid.'
      }
    ]);
  });

  it('an unknown party', () => {
    const { issues } = brokenCopy({ 'switches/bo-sample-2012-05-10.yaml': (text) => text.replace('party: RED', 'party: PURPLE') });
    expect(issues).toEqual([
      {
        file: `${ID}/switches/bo-sample-2012-05-10.yaml`,
        record: 'bo-sample-2012-05-10',
        field: 'left.party',
        found: '"PURPLE"',
        expected: `a party code from ${ID}/parties.yaml (GREEN, BLUE, RED, UNITY, IND)`,
        fix: 'Use a listed code, or add the party to parties.yaml first.'
      }
    ]);
  });

  it('IND as a destination needs its declaration, with kind independent', () => {
    const { issues } = brokenCopy({ 'parties.yaml': (text) => text.replace(/- code: IND[\s\S]*$/, '') });
    expect(issues).toEqual([
      {
        file: `${ID}/switches/ada-example-2012-02.yaml`,
        record: 'ada-example-2012-02',
        field: 'joined.party',
        found: '"IND"',
        expected: `a party code from ${ID}/parties.yaml (GREEN, BLUE, RED, UNITY)`,
        fix: 'Declare IND in parties.yaml: { code: IND, name: Independent, kind: independent }.'
      }
    ]);
  });

  it('a joining dated before the leaving', () => {
    const { issues } = brokenCopy({ 'switches/ada-example-2011-06-01.yaml': (text) => text.replace('value: 2011-09, precision: month', 'value: 2011-05, precision: month') });
    expect(issues).toEqual([
      {
        file: `${ID}/switches/ada-example-2011-06-01.yaml`,
        record: 'ada-example-2011-06-01',
        field: 'joined.date',
        found: '"2011-05", before left.date "2011-06-01"',
        expected: 'a joining date on or after the leaving date',
        fix: 'Check both dates: a switch joins the new party on or after leaving the old one (if the person joined first, the leaving date is when the old membership ended).'
      }
    ]);
  });

  it('a date outside the case’s period, unless its note says why', () => {
    const outside = brokenCopy({ 'switches/bo-sample-2012-05-10.yaml': (text) => text.replace('value: 2012-05-10', 'value: 2010-05-10') });
    expect(outside.issues).toEqual([
      {
        file: `${ID}/switches/bo-sample-2012-05-10.yaml`,
        record: 'bo-sample-2012-05-10',
        field: 'left.date.value',
        found: '"2010-05-10"',
        expected: "a date within the case's period (2011-03-01 to 2013-12-31)",
        fix: 'Correct the date, or say in left.date.note why it falls outside the period.'
      }
    ]);
    const explained = brokenCopy({
      'switches/bo-sample-2012-05-10.yaml': (text) => text.replace('value: 2012-05-10, precision: day', 'value: 2010-05-10, precision: day, note: Left before the election and sat on (fictitious).')
    });
    expect(explained.issues).toEqual([]);
  });

  it('a translation missing from a map', () => {
    const { issues } = brokenCopy({ 'events.yaml': (text) => text.replace(", fr: Le départ du Port (fictif) }", ' }') });
    expect(issues).toEqual([
      {
        file: `${ID}/events.yaml`,
        record: 'harbour-walkout-2011',
        field: 'title',
        found: 'no "fr" text (has en)',
        expected: 'a text in each language the case declares (en, fr)',
        fix: 'Add fr: "…" to title (case.yaml declares languages: [en, fr]).'
      }
    ]);
  });

  it('a text in a language the case does not declare, and a plain string where a map is expected', () => {
    const { issues } = brokenCopy({
      'case.yaml': (text) => text.replace('short_title: { en: "Examplia 2011–2013 (fictitious)",', 'short_title: { km: "x", en: "Examplia 2011–2013 (fictitious)",').replace(/^summary:\n(?: {2}.*\n)+/m, 'summary: A plain string.\n')
    });
    expect(issues.map((issue) => [issue.file, issue.field, issue.found, issue.expected, issue.fix])).toEqual([
      [`${ID}/case.yaml`, 'summary', '"A plain string."', 'a map from language code to text, e.g. { en: "…" }', 'Write the text under each language the case declares in case.yaml (languages), e.g. title: { en: "…" }.']
    ]);
    const fixed = brokenCopy({ 'case.yaml': (text) => text.replace('short_title: { en: "Examplia 2011–2013 (fictitious)",', 'short_title: { km: "x", en: "Examplia 2011–2013 (fictitious)",') });
    expect(fixed.issues).toEqual([
      {
        file: `${ID}/case.yaml`,
        record: ID,
        field: 'short_title',
        found: 'a text in "km", which case.yaml does not declare',
        expected: 'texts in the case\'s languages only (en, fr)',
        fix: 'Remove the km text, or add km to languages in case.yaml.'
      }
    ]);
  });

  it('a switch and a person with no added entry in changes.yaml', () => {
    const { issues } = brokenCopy({ 'changes.yaml': (text) => text.replace('bo-sample, ', '').replace(', bo-sample-2012-05-10', '') });
    const today = new Date().toISOString().slice(0, 10);
    expect(issues).toEqual([
      {
        file: `${ID}/people/bo-sample.yaml`,
        record: 'bo-sample',
        found: `no "added" entry in ${ID}/changes.yaml naming bo-sample`,
        expected: `every person logged in public when it was added: an entry of kind added naming its id in ${ID}/changes.yaml`,
        fix: `Add bo-sample to the records of an added entry in ${ID}/changes.yaml, or append one: {date: ${today}, kind: added, records: [bo-sample], summary: …, reason: …}.`
      },
      {
        file: `${ID}/switches/bo-sample-2012-05-10.yaml`,
        record: 'bo-sample-2012-05-10',
        found: `no "added" entry in ${ID}/changes.yaml naming bo-sample-2012-05-10`,
        expected: `every switch logged in public when it was added: an entry of kind added naming its id in ${ID}/changes.yaml`,
        fix: `Add bo-sample-2012-05-10 to the records of an added entry in ${ID}/changes.yaml, or append one: {date: ${today}, kind: added, records: [bo-sample-2012-05-10], summary: …, reason: …}.`
      }
    ]);
  });

  it('a place whose parent code is not in the parent level’s file', () => {
    const { issues } = brokenCopy({ 'places/districts.csv': (text) => text.replace('D03,Riverside (fictitious),,XX-S', 'D03,Riverside (fictitious),,XX-W') });
    expect(issues).toEqual([
      {
        file: `${ID}/places/districts.csv`,
        record: 'D03',
        field: 'region',
        found: '"XX-W"',
        expected: `a code from ${ID}/places/regions.csv`,
        fix: 'Use the code of the region this district lies in, as written in regions.csv.'
      }
    ]);
  });

  it('a person with no switch', () => {
    const { issues } = brokenCopy({
      'switches/bo-sample-2012-05-10.yaml': remove,
      'changes.yaml': (text) => text.replace(', bo-sample-2012-05-10', '')
    });
    expect(issues).toEqual([
      {
        file: `${ID}/people/bo-sample.yaml`,
        record: 'bo-sample',
        found: `no switch in ${ID}/switches/ with person: bo-sample`,
        expected: 'every person to have at least one switch',
        fix: "Add the person's switch (switches/bo-sample-<left date>.yaml), or delete this file if the person did not switch."
      }
    ]);
  });

  it('a switch office the person held no mandate in, and a mandate in an unknown place', () => {
    const { issues } = brokenCopy({
      'switches/bo-sample-2012-05-10.yaml': (text) => text.replace('office: deputy', 'office: regional-councillor'),
      'people/ada-example.yaml': (text) => text.replace('place: XX-N', 'place: XX-Q')
    });
    expect(issues.map((issue) => [issue.file, issue.field, issue.found, issue.expected])).toEqual([
      [`${ID}/people/ada-example.yaml`, 'mandates[1].place', '"XX-Q"', `a code from ${ID}/places/regions.csv (the seat level of regional-councillor)`],
      [`${ID}/switches/bo-sample-2012-05-10.yaml`, 'office', '"regional-councillor"', "an office of one of bo-sample's mandates (deputy)"]
    ]);
  });

  it('case.yaml: the folder name is the id, one map level, a denominator’s office exists', () => {
    const { issues } = brokenCopy({
      'case.yaml': (text) => text.replace('id: examplia-2011', 'id: examplia-2012').replace('    parent: region', '    parent: region\n    map: true').replace('    office: deputy', '    office: senator')
    });
    expect(issues.map((issue) => [issue.field, issue.found, issue.expected, issue.fix])).toEqual([
      ['id', '"examplia-2012"', '"examplia-2011" (the folder name)', 'Change the id to "examplia-2011", or rename the folder to examplia-2012/.'],
      ['levels', '"map: true" on 2 levels (region, district)', 'exactly one level with "map: true": the level the dashboard map draws', 'Keep "map: true" on one level only.'],
      ['denominators[0].office', '"senator"', 'an office id from offices (deputy, regional-councillor)', 'Name the office whose seats the denominator counts.']
    ]);
  });

  it('two files with the same switch id', () => {
    const root = mkdtempSync(join(tmpdir(), 'case-'));
    copies.push(root);
    cpSync(join(ROOT, FIXTURE), join(root, ID), { recursive: true });
    cpSync(join(root, ID, 'switches/ada-example-2012-02.yaml'), join(root, ID, 'switches/ada-example-2012-02.yml'));
    const { issues } = readCase(ID, root);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: `${ID}/switches/ada-example-2012-02.yml`, record: 'ada-example-2012-02', field: 'id', found: `"ada-example-2012-02", already used by ${ID}/switches/ada-example-2012-02.yaml`, expected: 'an id used by one record only' });
  });

  it('a claims series no tally has', () => {
    const { issues } = brokenCopy({ 'case.yaml': (text) => text.replace('claims_series: switches-since-2011', 'claims_series: nothing-such') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: `${ID}/case.yaml`, field: 'claims_series', found: '"nothing-such", the series of no tally' });
  });

  it('a status outside the vocabulary names partly-verified in its fix', () => {
    const { issues } = brokenCopy({ 'switches/bo-sample-2012-05-10.yaml': (text) => text.replace('status: disputed', 'status: verified') });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'status', found: '"verified"', expected: 'one of: confirmed, reported, partly-verified, disputed' });
    expect(issues[0].fix).toContain('partly-verified');
  });

  it('a missing case.yaml is the only message: nothing else can be read without it', () => {
    expect(brokenCopy({ 'case.yaml': remove }).issues).toEqual([
      { file: `${ID}/case.yaml`, found: 'no such file', expected: 'case.yaml: the case’s title, languages, period, levels, offices and counting rule', fix: `Create ${ID}/case.yaml as docs/track-another-wave.md describes.` }
    ]);
  });
});

describe('sources of a case', () => {
  it('accept any ISO 639-1 language (e.g. ms) while Cambodia’s records keep en, km and fr', () => {
    const source = { outlet: 'Examplia Gazette (fictitious)', url: 'https://example.org/', language: 'ms' };
    expect(CaseSource.parse(source).language).toBe('ms');
    expect(CaseSource.parse({ ...source, language: undefined }).language).toBe('en');
    expect(CaseSource.safeParse({ ...source, language: 'malay' }).success).toBe(false);
    expect(Source.safeParse(source).success).toBe(false);
    expect(CaseSource.safeParse({ ...source, lang: 'ms' }).success).toBe(false);
  });
});
