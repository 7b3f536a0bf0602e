// The import end to end, as an editor runs it: round trips, every kind of bad row, all-or-nothing writes, dry runs, duplicates, updates.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defectionBatch } from '../../tests/fixtures/import/arbitraries';
import { emptyProject, realProject, removeProjects, snapshot, writeInput } from '../../tests/fixtures/import/data-dir';
import { retractedRecords } from '../../src/lib/data/changes';
import { parseDataset, type DataFile } from '../../src/lib/data/dataset';
import { formatCsv } from '../../src/lib/csv/csv';
import { splitCsvComments, toCsv } from '../../src/lib/export/csv';
import { toJson } from '../../src/lib/export/json';
import { exportMeta } from '../../src/lib/export/meta';
import { loadDataset, readDataFiles } from '../../src/lib/server/read-data';
import type { Dataset, Defection } from '../../src/lib/schema';
import { readCsvInput, readJsonInput } from './input';
import { planImport } from './plan';
import { runImport, type RunOptions } from './run';
import { lockData } from '../../src/lib/server/data-lock';

const TODAY = new Date().toISOString().slice(0, 10);
let real: Dataset;
beforeAll(() => {
  real = loadDataset().dataset;
});
afterAll(removeProjects);

function importInto(root: string, name: string, content: string | Uint8Array, options: Partial<RunOptions> = {}) {
  const file = writeInput(root, name, content);
  return runImport({ file, dataDir: join(root, 'data'), dryRun: false, today: TODAY, ...options });
}

/** The files of data/ after applying a plan's writes, as the validator would read them. */
function applied(base: readonly DataFile[], written: readonly DataFile[]): DataFile[] {
  const replaced = new Set(written.map((file) => file.path));
  return [...base.filter((file) => !replaced.has(file.path)), ...written];
}

describe('export → import into an empty data/ reproduces the records', () => {
  it('for the real data, through CSV', async () => {
    const csv = toCsv(real, exportMeta(real.changes));
    const root = emptyProject();
    const result = await importInto(root, 'defections.csv', csv, { reason: 'Round trip test.' });
    expect(result.output).toContain(`Added ${real.defections.length} records`);
    const back = loadDataset(root);
    expect(back.issues).toEqual([]);
    expect(back.dataset.defections).toEqual(real.defections);
    // …and exporting the imported data gives the same rows, byte for byte.
    expect(splitCsvComments(toCsv(back.dataset, exportMeta(back.dataset.changes))).body).toBe(splitCsvComments(csv).body);
  });

  it('for the real data, through JSON', async () => {
    const root = emptyProject();
    const result = await importInto(root, 'defections.json', toJson(real, exportMeta(real.changes)));
    expect(result.ok, result.output).toBe(true);
    expect(loadDataset(root).dataset.defections).toEqual(real.defections);
  });

  it('for any valid records (property-based), through CSV and JSON', async () => {
    const base = readDataFiles(emptyProject());
    const places = parseDataset(base).dataset;
    const meta = exportMeta([]);
    const roundTrip = (records: Defection[], input: ReturnType<typeof readCsvInput>) => {
      const result = planImport(base, input, { today: TODAY, source: 'batch' });
      if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
      const back = parseDataset(applied(base, result.plan.files));
      expect(back.issues).toEqual([]);
      expect(back.dataset.defections).toEqual(records);
    };
    fc.assert(
      fc.property(defectionBatch(4), (records) => {
        roundTrip(records, readCsvInput(toCsv({ ...places, defections: records }, meta)));
        roundTrip(records, readJsonInput(JSON.stringify(records)));
      }),
      { numRuns: 30 }
    );
  }, 120_000);
});

const HEADER = ['id', 'wave', 'status', 'person_name', 'people', 'role', 'role_in_source', 'province', 'province_name', 'district', 'commune', 'date_value', 'date_precision', 'from_party', 'to_party', 'reason_tags', 'reason_quote_text', 'reason_quote_speaker', 'person_romanisation_tentative', 'person_age_years', 'retracted_date', 'retracted_reason', 'sources', 'reactions'];
const ONE_SOURCE = JSON.stringify([{ outlet: 'Khmer Times', url: 'https://www.khmertimeskh.com/50000001/' }]);

function row(n: number, changes: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    id: `test-person-${n}`,
    wave: 'win-win-2017',
    status: 'reported',
    person_name: `Testperson ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[n % 26]}${'abcdefghijklmnopqrstuvwxyz'[Math.floor(n / 26)]}`,
    people: '1',
    role: 'commune-councillor',
    role_in_source: 'commune councillor',
    province: '06',
    date_value: '2017-11-01',
    date_precision: 'day',
    from_party: 'CNRP',
    to_party: 'CPP',
    sources: ONE_SOURCE,
    ...changes
  };
  return HEADER.map((column) => values[column] ?? '');
}

/** One bad cell per row, and where its message must appear. */
const BAD_ROWS: { what: string; cells: Record<string, string>; column?: string; expected: RegExp }[] = [
  { what: 'an unknown wave', cells: { wave: 'no-such-wave' }, column: 'wave', expected: /a wave id from data\/waves.yaml/ },
  { what: 'an unknown status', cells: { status: 'verified' }, column: 'status', expected: /one of: confirmed, reported, disputed/ },
  { what: 'confirmed on one outlet', cells: { status: 'confirmed' }, column: 'status', expected: /two independent outlets/ },
  { what: 'a count in words', cells: { people: 'two' }, column: 'people', expected: /a whole number/ },
  { what: 'a count of zero', cells: { people: '0' }, column: 'people', expected: /a number ≥ 1/ },
  { what: 'an unknown role', cells: { role: 'mayor' }, column: 'role', expected: /one of: commune-chief/ },
  { what: 'a missing required cell', cells: { role_in_source: '' }, column: 'role_in_source', expected: /this required field/ },
  { what: 'an unknown province', cells: { province: 'Atlantis' }, column: 'province', expected: /a province code \("01" to "25"\) or a province name/ },
  { what: 'an unknown district', cells: { district: '0699' }, column: 'district', expected: /a district code from data\/places\/districts.csv/ },
  { what: 'a commune of another province', cells: { commune: '010201' }, column: 'commune', expected: /a commune of/ },
  { what: 'a province name that contradicts the code', cells: { province_name: 'Kampot' }, column: 'province_name', expected: /the name of province 06, Kampong Thom/ },
  { what: 'an impossible date', cells: { date_value: '2017-02-30' }, column: 'date_value', expected: /a real calendar date/ },
  { what: 'a date in a spreadsheet format', cells: { date_value: '01/11/2017' }, column: 'date_value', expected: /a date written YYYY/ },
  { what: 'a date value missing for precision day', cells: { date_value: '' }, column: 'date_value', expected: /needs a value/ },
  { what: 'an unknown precision', cells: { date_precision: 'week' }, column: 'date_precision', expected: /one of: day, approximate/ },
  { what: 'a date outside its wave', cells: { date_value: '2016-06-01' }, column: 'date_value', expected: /a date within the wave/ },
  { what: 'an unknown party', cells: { from_party: 'Blue Party' }, column: 'from_party', expected: /a party code \(CNRP/ },
  { what: 'the same party twice', cells: { to_party: 'Rescue Party' }, column: 'to_party', expected: /a different party from from_party/ },
  { what: 'no sources', cells: { sources: '' }, column: 'sources', expected: /this required field/ },
  { what: 'sources that are not JSON', cells: { sources: 'Khmer Times, 2017' }, column: 'sources', expected: /a JSON list such as/ },
  { what: 'a source link that is not http', cells: { sources: '[{"outlet": "X", "url": "javascript:alert(1)"}]' }, column: 'sources[0].url', expected: /an absolute http/ },
  { what: 'a source without its outlet', cells: { sources: '[{"url": "https://example.org/a"}]' }, column: 'sources[0].outlet', expected: /this required field/ },
  { what: 'a reaction with an unknown stance', cells: { reactions: '[{"stance": "angry", "summary": "Unhappy."}]' }, column: 'reactions[0].stance', expected: /one of: supportive/ },
  { what: 'a reaction citing a missing source', cells: { reactions: '[{"stance": "critical", "summary": "Unhappy.", "source": 4}]' }, column: 'reactions[0].source', expected: /an index into sources/ },
  { what: 'an unknown reason tag', cells: { reason_tags: 'money | keep-position' }, column: 'reason_tags[0]', expected: /one of: party-leader-prosecuted/ },
  { what: 'a quote over 300 characters', cells: { reason_quote_text: 'x'.repeat(301), reason_quote_speaker: 'Someone' }, column: 'reason_quote_text', expected: /at most 300/ },
  { what: 'a quote without its speaker', cells: { reason_quote_text: 'We had no choice.' }, column: 'reason_quote_speaker', expected: /this required field/ },
  { what: 'a yes/no cell with another word', cells: { person_romanisation_tentative: 'maybe' }, column: 'person_romanisation_tentative', expected: /true or false/ },
  { what: 'an age under 18', cells: { person_age_years: '12' }, column: 'person_age_years', expected: /a number ≥ 18/ },
  { what: 'a retraction without its reason', cells: { retracted_date: '2017-12-01' }, column: 'retracted_reason', expected: /this required field/ },
  { what: 'an id that is not a slug', cells: { id: 'Test Person' }, column: 'id', expected: /a slug of lower-case letters/ },
  { what: 'no id and no name to derive it from', cells: { id: '', person_name: '' }, column: 'id', expected: /there is no person_name/ },
  { what: 'a duplicate of an existing record, spelled differently', cells: { id: '', person_name: 'Oul Pov', province: 'Kompong Cham', commune: '30613', date_value: '2017-10-28' }, expected: /It looks like ul-pov/ }
];

describe('bad rows', () => {
  it('every problem is reported at once, each with its row number, column, value, expectation and fix', async () => {
    const root = realProject();
    const before = snapshot(root);
    const rows = BAD_ROWS.map((bad, i) => row(i + 2, bad.cells));
    const good = row(100);
    const csv = formatCsv([HEADER, ...rows, good, row(100, { person_name: 'Testperson Other' }), [...row(101), 'stray, cell']]);
    const result = await importInto(root, 'bad.csv', csv);
    expect(result.ok).toBe(false);
    const blocks = result.output.split('\n\n');
    BAD_ROWS.forEach((bad, i) => {
      const where = `row ${i + 2}${bad.column ? `, column ${bad.column}` : ''}:`;
      const block = blocks.find((candidate) => candidate.startsWith(where) && bad.expected.test(candidate));
      expect(block, `${bad.what}: no "${where}" block matching ${bad.expected}\n\n${result.output}`).toBeDefined();
      expect(block).toMatch(/\n {2}expected: .+\n {2}fix: {6}.+/);
    });
    const last = BAD_ROWS.length + 1;
    expect(result.output).toContain(`row ${last + 2}, column id: "test-person-100", also on row ${last + 1}`);
    expect(result.output).toMatch(new RegExp(`row ${last + 3}, column \\(after reactions\\): .*\\n {2}expected: at most ${HEADER.length} values`));
    expect(result.output).toMatch(/nothing was written/);
    expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(snapshot(root)).toEqual(before);
  });

  it('a JSON record is located by its position and field path', async () => {
    const root = realProject();
    const result = await importInto(root, 'bad.json', JSON.stringify([{ id: 'x' }, 'not a record']));
    expect(result.output).toMatch(/record 1, field wave: nothing\n {2}expected: this required field/);
    expect(result.output).toMatch(/record 2: "not a record"\n {2}expected: a record: a JSON object/);
  });
});

describe('all or nothing', () => {
  const twoNewRecords = () => formatCsv([HEADER, row(1), row(2)]);

  it('a signal received before the commit point cancels the import: data/ byte-identical, nothing staged, lock released', async () => {
    const root = realProject();
    const before = snapshot(root);
    let committed = false;
    const result = await importInto(root, 'batch.csv', twoNewRecords(), { cancelled: () => 'SIGINT', onCommitted: () => (committed = true) });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Cancelled by SIGINT before anything was written/);
    expect(committed).toBe(false);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(root).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('a second import waits for the first and names it when it does not finish', async () => {
    const root = realProject();
    const lock = lockData(root, { purpose: 'import of other.csv' });
    try {
      const result = await importInto(root, 'batch.csv', twoNewRecords(), { lockWaitMs: 200 });
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(new RegExp(`being written by another process: pid ${process.pid} on .*, since .* \\(import of other\\.csv\\)`));
    } finally {
      lock.release();
    }
    expect((await importInto(root, 'batch.csv', twoNewRecords())).ok).toBe(true);
  });

  it('without a crash, the same import writes both records and logs them', async () => {
    const root = realProject();
    const result = await importInto(root, 'batch.csv', twoNewRecords());
    expect(result.ok, result.output).toBe(true);
    const after = loadDataset(root);
    expect(after.issues).toEqual([]);
    expect(after.dataset.defections.map((record) => record.id)).toEqual(expect.arrayContaining(['test-person-1', 'test-person-2']));
    expect(after.dataset.changes.at(-1)).toMatchObject({ date: TODAY, kind: 'added', records: ['test-person-1', 'test-person-2'] });
    expect(readFileSync(join(root, 'data', 'changes.yaml'), 'utf8')).toMatch(/^# The public corrections log/);
  });
});

describe('dry run, updates and duplicates', () => {
  const update = (changes: Partial<Defection>) => {
    const ulPov = real.defections.find((record) => record.id === 'ul-pov')!;
    return toCsv({ ...real, defections: [{ ...ulPov, ...changes }] }, exportMeta(real.changes));
  };

  it('--dry-run prints what would be added and a field-by-field diff of updates, and writes nothing', async () => {
    const root = realProject();
    const before = snapshot(root);
    const ulPov = real.defections.find((record) => record.id === 'ul-pov')!;
    const changed = { ...ulPov, notes: 'Checked again.', place: { ...ulPov.place, as_reported: 'Srak commune' } };
    const csv = toCsv({ ...real, defections: [changed, anotherPerson(ulPov, 'new-record')] }, exportMeta(real.changes));
    const result = await importInto(root, 'batch.csv', csv, { dryRun: true });
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('Dry run: nothing was written.');
    // Each new record field by field, as it will be stored: place codes resolved to names, the date with its precision.
    expect(result.output).toContain('Would add 1 record:\n  + new-record (row 3) → data/defections/new-record.yaml\n      id: "new-record"\n');
    expect(result.output).toMatch(/\+ new-record[^~]*\n {6}district: "0306"\n {6}district_name: "Kampong Siem"\n {6}commune: "030613"\n {6}commune_name: "Srak"\n/);
    expect(result.output).toMatch(/\+ new-record[^~]*\n {6}date_value: "2017-11-10"\n {6}date_precision: "day"\n/);
    expect(result.output).toContain('Would update 1 record:\n  ~ ul-pov (row 2) → data/defections/ul-pov.yaml');
    expect(result.output).toContain('      place_as_reported: "Srak" → "Srak commune"');
    expect(result.output).toMatch(/ {6}notes: "Only the Phnom Penh Post.*→ "Checked again\."/);
    expect(snapshot(root)).toEqual(before);
  });

  it('an update needs a reason, and is logged as an amendment naming the fields', async () => {
    const root = realProject();
    const csv = update({ notes: 'Checked again.' });
    expect((await importInto(root, 'fix.csv', csv)).output).toMatch(/needs a reason/);
    const result = await importInto(root, 'fix.csv', csv, { reason: 'Editor re-read the article.' });
    expect(result.ok, result.output).toBe(true);
    const after = loadDataset(root);
    expect(after.issues).toEqual([]);
    expect(after.dataset.defections.find((record) => record.id === 'ul-pov')?.notes).toBe('Checked again.');
    expect(after.dataset.changes.at(-1)).toMatchObject({ kind: 'amended', records: ['ul-pov'], fields: ['notes'], reason: 'Editor re-read the article.' });
    expect((await importInto(root, 'fix.csv', csv)).output).toContain('Nothing to write');
  });

  it('a retraction stays in data/, is logged as retracted, and is listed as retracted', async () => {
    const root = realProject();
    const csv = update({ retracted: { date: TODAY, reason: 'The source corrected its report.' } });
    const result = await importInto(root, 'retract.csv', csv, { reason: 'The source corrected its report.' });
    expect(result.ok, result.output).toBe(true);
    const after = loadDataset(root);
    expect(after.issues).toEqual([]);
    expect(after.dataset.changes.at(-1)).toMatchObject({ kind: 'retracted', records: ['ul-pov'], date: TODAY });
    expect(retractedRecords(after.dataset)).toEqual([expect.objectContaining({ id: 'ul-pov', retracted: { date: TODAY, reason: 'The source corrected its report.' } })]);
  });

  it('a near-twin of an existing record is reported, unless a person has checked it is distinct', async () => {
    const root = realProject();
    const csv = formatCsv([HEADER, row(1, { id: 'oul-pov-2', person_name: 'Oul Pov', province: '03', commune: '030613', date_value: '2017-10-28' })]);
    expect((await importInto(root, 'twin.csv', csv, { dryRun: true })).output).toMatch(/row 2: Oul Pov \(oul-pov-2\)\n {2}expected: a defection not already in data\/\n {2}fix: {6}It looks like ul-pov/);
    expect((await importInto(root, 'twin.csv', csv, { dryRun: true, notDuplicates: ['oul-pov-2'] })).ok).toBe(true);
  });

  it('names and alternative spellings become codes', async () => {
    const root = realProject();
    const json = JSON.stringify([
      {
        id: 'json-person',
        wave: 'win-win-2017',
        person: { name: 'Jsonperson Q' },
        role: 'commune-chief',
        role_in_source: 'commune chief',
        place: { province: 'Kâmpóng Thum', commune: '60701' },
        date: { value: '2017-11-01', precision: 'day' },
        from_party: 'Rescue Party',
        to_party: "Cambodian People's Party",
        sources: JSON.parse(ONE_SOURCE),
        status: 'reported'
      }
    ]);
    const result = await importInto(root, 'names.json', json);
    expect(result.ok, result.output).toBe(true);
    expect(loadDataset(root).dataset.defections.find((r) => r.id === 'json-person')).toMatchObject({ place: { province: '06', district: '0607', commune: '060701' }, from_party: 'CNRP', to_party: 'CPP' });
  });
});

/** A different person's record, built from an existing one. */
function anotherPerson(record: Defection, id: string): Defection {
  return { ...record, id, person: { ...record.person, name: 'Someone Else Entirely' }, date: { value: '2017-11-10', precision: 'day' } };
}

describe('the command line', () => {
  it('prints a plain message and exits non-zero for a malformed file, without a stack trace', async () => {
    const root = emptyProject();
    const file = writeInput(root, 'broken.csv', `${HEADER.join(',')}\n"unclosed,win-win-2017\n`);
    const run = promisify(execFile)('npx', ['tsx', 'scripts/import.ts', file, '--data-dir', join(root, 'data')], { cwd: process.cwd() });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^✗ The CSV is malformed at line 2: a quoted field is never closed/) });
    const error = await run.catch((failure: { stderr: string }) => failure);
    expect((error as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
