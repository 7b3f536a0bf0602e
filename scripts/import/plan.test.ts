// The import plan's own choices, apart from the end-to-end runs in import.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyProject, realProject, removeProjects } from '../../tests/fixtures/import/data-dir';
import { formatCsv } from '../../src/lib/csv/csv';
import { parseDataset } from '../../src/lib/data/dataset';
import { toCsv } from '../../src/lib/export/csv';
import { exportMeta } from '../../src/lib/export/meta';
import { Defection } from '../../src/lib/schema';
import { readDataFiles } from '../../src/lib/server/read-data';
import { readCsvInput, readJsonInput } from './input';
import { defectionInput } from '../../tests/fixtures/records';
import { planImport } from './plan';

afterAll(removeProjects);

const TODAY = new Date().toISOString().slice(0, 10);

const recordNamed = (name: string, id?: string) => {
  const { id: _, ...record } = defectionInput({ person: { name } });
  return id === undefined ? record : { id, ...record };
};

describe('ids derived from names', () => {
  it('are never a Windows device name, so the record file can be checked out on Windows', () => {
    const base = readDataFiles(emptyProject());
    const result = planImport(base, readJsonInput(JSON.stringify([recordNamed('Nul'), recordNamed('Com1')])), { today: TODAY, source: 'devices.json' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.plan.added.map(({ record, path }) => [record.id, path])).toEqual([
      ['nul-record', 'data/defections/nul-record.yaml'],
      ['com1-record', 'data/defections/com1-record.yaml']
    ]);
    expect(result.plan.changelog[0]).toMatchObject({ kind: 'added', records: ['nul-record', 'com1-record'] });
    const replaced = new Set(result.plan.files.map((file) => file.path));
    expect(parseDataset([...base.filter((file) => !replaced.has(file.path)), ...result.plan.files]).issues).toEqual([]);
  });

  it('a device name written as the id is refused with the reason and a fix', () => {
    const base = readDataFiles(emptyProject());
    const result = planImport(base, readJsonInput(JSON.stringify([recordNamed('Con Pheap', 'con')])), { today: TODAY, source: 'devices.json' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(!result.ok && result.issues)).toContain('a file named con.yaml cannot be created on Windows');
  });
});

/** A CSV of these rows under the header of their cells' names, as a contributor's file reads. */
function csvOf(rows: Record<string, string>[]) {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return readCsvInput(formatCsv([header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]));
}

const ROW = {
  id: '',
  wave: 'win-win-2017',
  status: 'reported',
  person_name: 'Ul Pov',
  people: '1',
  role: 'commune-councillor',
  role_in_source: 'commune councillor',
  province: '03',
  commune: '030613',
  date_value: '2017-10-28',
  date_precision: 'day',
  from_party: 'CNRP',
  to_party: 'CPP',
  sources: JSON.stringify([{ outlet: 'Khmer Times', url: 'https://www.khmertimeskh.com/50000001/' }])
};

function issuesOf(rows: Record<string, string>[], notDuplicates?: string[]) {
  const result = planImport(readDataFiles(realProject()), csvOf(rows), { today: TODAY, source: 'rows.csv', reason: 'Test.', notDuplicates });
  return result.ok ? [] : result.issues;
}

describe('a row like an existing record: what to do with the id', () => {
  it('a near-twin with its own id: update that record, or confirm with --not-duplicate (no "give the row an id")', () => {
    const [issue] = issuesOf([{ ...ROW, id: 'oul-pov-2', person_name: 'Oul Pov', date_value: '2017-10-29', date_precision: 'approximate' }]);
    expect(issue).toEqual({
      row: 2,
      value: 'Oul Pov (oul-pov-2)',
      expected: 'a defection not already in data/',
      fix: 'It looks like ul-pov (data/defections/ul-pov.yaml): the same person at the same place, dated within 7 days of each other (about 2017-10-29, 2017-10-28). If it is the same defection, write "ul-pov" in the id column to update that record. If you have checked that it is a different defection, import with --not-duplicate oul-pov-2.'
    });
  });

  it('no id, and the name gives the id of the same defection: update that record', () => {
    const [issue] = issuesOf([{ ...ROW, date_value: '2017-11-01' }]);
    expect(issue).toMatchObject({ row: 2, value: 'Ul Pov (ul-pov)', expected: 'a defection not already in data/' });
    expect(issue.fix).toMatch(/^It looks like ul-pov \(data\/defections\/ul-pov.yaml\): .* If it is the same defection, write "ul-pov" in the id column to update that record\. If you have checked that it is a different defection, write a new id for this row \(e\.g\. "ul-pov-2"\) and import with --not-duplicate <that id>\.$/);
  });

  it('no id, and the name gives the id of another defection: a new id, or the same id to update', () => {
    const [issue] = issuesOf([{ ...ROW, province: '06', commune: '', date_value: '2017-12-20' }]);
    expect(issue).toEqual({
      row: 2,
      column: 'id',
      value: '"ul-pov" (derived from person_name)',
      expected: 'an id not used by another record',
      fix: 'ul-pov is already data/defections/ul-pov.yaml (Ul Pov, 2017-10-28, in Srak (030613)), a different defection by its place or date. If this row is another defection, write a new id for it, e.g. "ul-pov-2". If it is that defection, write "ul-pov" in the id column to update that record.'
    });
  });

  it("an existing record's id on a row about another person: not taken as an update silently", () => {
    const row = { ...ROW, id: 'ul-pov', person_name: 'Someone Else Entirely' };
    expect(issuesOf([row])).toEqual([
      {
        row: 2,
        column: 'id',
        value: '"ul-pov", the id of data/defections/ul-pov.yaml (Ul Pov)',
        expected: 'a row about the person of that record: a row with an existing id updates that record',
        fix: 'This row names Someone Else Entirely, not Ul Pov, and would replace that record. If it is a different defection, leave the id empty (it is then derived from person_name) or write an id not used in data/. If you are correcting the person of ul-pov, import with --not-duplicate ul-pov.'
      }
    ]);
    expect(issuesOf([row], ['ul-pov'])).toEqual([]);
    expect(issuesOf([{ ...ROW, id: 'ul-pov', person_name: 'Oul Pov', date_value: '2017-11-20' }])).toEqual([]);
  });
});

describe('cells that once crashed or lost text', () => {
  it('a JSON cell nested 100,000 levels deep is a problem of its row and column, not a stack overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const issues = issuesOf([{ ...ROW, id: 'a-b', person_name: 'A B', sources: deep }, { ...ROW, id: 'c-d', person_name: 'C D', reactions: deep }]);
    expect(issues.map(({ row, column }) => [row, column])).toEqual([
      [2, 'sources'],
      [3, 'reactions']
    ]);
    expect(issues[0].fix).toMatch(/nested more than \d+ levels deep/);
  });

  it('export → import keeps text a spreadsheet would take for a formula', () => {
    const base = readDataFiles(emptyProject());
    const data = parseDataset(base).dataset;
    const texts = ['=HYPERLINK("https://evil.example/","x")', '+1 855', '-x', '@x', "'=x", "''+x", "'-", 'first\n\nsecond'];
    const records = texts.map((text, i) =>
      Defection.parse({ ...recordNamed(`Person ${'abcdefghij'[i]}`, `record-${i}`), notes: text, place: { province: '03', as_reported: text }, person: { name: `Person ${'abcdefghij'[i]}`, other_spellings: [text] } })
    );
    const result = planImport(base, readCsvInput(toCsv({ ...data, defections: records }, exportMeta([]))), { today: TODAY, source: 'export.csv' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    const replaced = new Set(result.plan.files.map((file) => file.path));
    expect(parseDataset([...base.filter((file) => !replaced.has(file.path)), ...result.plan.files]).dataset.defections).toEqual(records);
  });

  it('a CR inside a cell is read as written, so the validator names it, rather than dropped unseen', () => {
    const issues = issuesOf([{ ...ROW, id: 'a-b', person_name: 'A B', notes: 'first\r\nsecond' }, { ...ROW, id: 'c-d', person_name: 'C D', context: 'a\rb' }]);
    expect(issues.map(({ row, column, fix }) => [row, column, fix.slice(0, 27)])).toEqual([
      [2, 'notes', 'Remove the U+000D character'],
      [3, 'context', 'Remove the U+000D character']
    ]);
  });
});
