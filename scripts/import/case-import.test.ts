// `npm run import -- --case <id>`: switches from a CSV in the layout of the case's own switches.csv, on temporary copies
// of the fictitious case (tests/fixtures/cases/examplia-2011), never data/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv, formatCsv } from '../../src/lib/csv/csv';
import { caseExportMeta, toCaseCsv } from '../../src/lib/case/exports';
import { switchRows } from '../../src/lib/case/view';
import type { CaseData, Switch } from '../../src/lib/case/schema';
import { splitCsvComments } from '../../src/lib/export/csv';
import { TRANSACTION_DIR, settleUnfinishedWrite } from '../../src/lib/server/data-journal';
import { readCase } from '../../src/lib/server/read-case';
import { snapshot } from '../../tests/fixtures/import/data-dir';
import { carriedCells } from './case-plan';
import { runCaseImport } from './case-run';

const CASE = 'examplia-2011';
const DIR = `data/cases/${CASE}`;
const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'cases', CASE);
const TODAY = '2026-01-15';
const work = mkdtempSync(join(tmpdir(), 'case-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let made = 0;

/** A project root holding a copy of the fictitious case; `without` drops a switch and its id in changes.yaml. */
function project(without?: string): string {
  const root = join(work, `p${made++}`);
  mkdirSync(join(root, 'data', 'cases'), { recursive: true });
  cpSync(FIXTURE, join(root, DIR), { recursive: true });
  if (without) {
    rmSync(join(root, DIR, 'switches', `${without}.yaml`));
    const changes = join(root, DIR, 'changes.yaml');
    writeFileSync(changes, readFileSync(changes, 'utf8').replace(`, ${without}`, ''));
  }
  return root;
}

function caseData(root: string): CaseData {
  const result = readCase(DIR, root);
  expect(result.issues).toEqual([]);
  return result.data!;
}

/** The case's switches.csv as the site publishes it. */
function exportCsv(data: CaseData): string {
  return toCaseCsv(data, switchRows(data), caseExportMeta(data.meta, data.changes, { sourceDateEpoch: '1700000000' }));
}

/** The export's table, edited: one object per row, columns by name. */
function table(csv: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(splitCsvComments(csv).body);
  return { header, rows: rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]]))) };
}
const toCsv = (header: string[], rows: Record<string, string>[]) => formatCsv([header, ...rows.map((row) => header.map((name) => row[name] ?? ''))]);

function importInto(root: string, csv: string, extra: { dryRun?: boolean; reason?: string } = {}) {
  const file = join(root, 'switches-import.csv');
  writeFileSync(file, csv);
  return runCaseImport({ file, caseId: CASE, dataDir: join(root, 'data'), dryRun: extra.dryRun ?? false, reason: extra.reason, today: TODAY });
}

const exported = exportCsv(caseData(project()));

/** What switches.csv carries of a switch: everything else (reactions, source outlets and titles, …) is not in it. */
function carried(record: Switch) {
  const date = (d: Switch['left']['date']) => ({ value: d.value, precision: d.precision });
  return {
    id: record.id,
    person: record.person,
    office: record.office,
    left: { party: record.left.party, how: record.left.how, date: date(record.left.date) },
    joined: record.joined && { party: record.joined.party, date: date(record.joined.date) },
    reason: { summary: record.reason.summary, quote: record.reason.quote && { text: record.reason.quote.text, speaker: record.reason.quote.speaker } },
    status: record.status,
    sources: record.sources.map((source) => source.url)
  };
}

describe('import --case: round trip of the exported switches.csv', () => {
  const { header, rows } = table(exported);

  it('carries every cell the export writes for the columns it compares', () => {
    const data = caseData(project());
    for (const row of rows) {
      const record = data.switches.find((candidate) => candidate.id === row.id)!;
      for (const [column, value] of Object.entries(carriedCells(record))) expect(value, `${row.id} ${column}`).toBe(row[column]);
    }
  });

  async function roundTrip(id: string, csv: string) {
    const original = caseData(project()).switches.find((record) => record.id === id)!;
    const root = project(id);
    const result = await importInto(root, csv);
    expect(result.output).toContain(`+ ${id} (row`);
    expect(result.output).toContain('Unchanged (already in the case)');
    expect(result.ok, result.output).toBe(true);
    const data = caseData(root);
    const recreated = data.switches.find((record) => record.id === id)!;
    expect(carried(recreated)).toEqual(carried(original));
    // changes.yaml: the existing entries' bytes unchanged, one added entry after them.
    const changes = readFileSync(join(root, DIR, 'changes.yaml'), 'utf8');
    expect(changes.startsWith(readFileSync(join(FIXTURE, 'changes.yaml'), 'utf8').replace(`, ${id}`, ''))).toBe(true);
    expect(data.changes.at(-1)).toMatchObject({ date: TODAY, kind: 'added', records: [id], summary: '1 switch added from switches-import.csv.' });
    // Once more: every row is now in the case.
    const again = await importInto(root, csv);
    expect(again).toMatchObject({ ok: true });
    expect(again.output).toContain('Nothing to write: every row is already in data/cases/examplia-2011/.');
    return { original, recreated };
  }

  it('re-creates a deleted switch from the export as it is, equal to the original where the CSV carries it', async () => {
    const { original, recreated } = await roundTrip('ada-example-2012-02', exported);
    // Not carried: left.by (who sacked), the sources' outlets, titles and dates.
    expect(original.left.by).toBeDefined();
    expect(recreated.left.by).toBeUndefined();
    expect(recreated.sources).toEqual([{ outlet: 'example.org', url: original.sources[0].url, language: 'en' }]);
  });

  it('refuses a confirmed switch whose sources look like one outlet, until source_outlets names them', async () => {
    const root = project('ada-example-2011-06-01');
    const before = snapshot(root);
    const refused = await importInto(root, exported);
    expect(refused.ok).toBe(false);
    expect(refused.output).toBe(
      [
        'row 2, column status: "confirmed" with sources from one outlet',
        '  expected: sources from at least two independent outlets for "confirmed"',
        '  fix:      Add a second, independent source, or set status: reported. The outlets were taken from the addresses\' host names: if the sources are from different outlets, name them in a column source_outlets (e.g. "Outlet A | Outlet B").',
        '',
        '✗ 1 problem in 1 row of switches-import.csv: nothing was written. Fix them all and import again.'
      ].join('\n')
    );
    expect(snapshot(root)).toEqual(before);
    const withOutlets = rows.map((row) =>
      row.id === 'ada-example-2011-06-01' ? { ...row, source_outlets: 'Examplia Gazette (fictitious) | Examplia Times (fictitious)', joined_date_note: 'Only the month is given (fictitious).' } : row
    );
    const { original, recreated } = await roundTrip('ada-example-2011-06-01', toCsv([...header, 'source_outlets', 'joined_date_note'], withOutlets));
    expect(recreated.sources.map((source) => source.outlet)).toEqual(original.sources.map((source) => source.outlet));
    expect(recreated.joined?.date).toEqual(original.joined?.date);
    // Not carried: the reactions, the group, the quote's on_behalf_of, the sources' titles and languages.
    expect(original.reactions).toHaveLength(2);
    expect(recreated.reactions).toEqual([]);
    expect(recreated.group).toBeUndefined();
  });
});

describe('import --case: bad rows', () => {
  const { header, rows } = table(exported);
  const ada = rows.find((row) => row.id === 'ada-example-2011-06-01')!;
  const newSwitch = { ...ada, id: '', status: 'reported', left_date: '2012-08-01', left_first_day: '', left_last_day: '', joined_date: '2012-08-02', joined_date_precision: 'day', from_party: 'BLUE', to_party: 'RED' };

  async function refused(edit: Record<string, string>[], header2 = header) {
    const root = project();
    const before = snapshot(root);
    const result = await importInto(root, toCsv(header2, edit));
    expect(result.ok).toBe(false);
    expect(snapshot(root)).toEqual(before);
    return result.output;
  }

  it('adds a new switch for an existing person (the common case), its id from person and left date', async () => {
    const root = project();
    const result = await importInto(root, toCsv(header, [newSwitch]), { reason: 'Reported by a reader.' });
    expect(result.ok, result.output).toBe(true);
    const data = caseData(root);
    expect(data.switches.map((record) => record.id)).toContain('ada-example-2012-08-01');
    expect(data.changes.at(-1)).toMatchObject({ records: ['ada-example-2012-08-01'], reason: 'Reported by a reader.' });
  });

  it('an unknown party', async () => {
    expect(await refused([{ ...newSwitch, to_party: 'PURPLE' }])).toBe(
      [
        'row 2, column to_party: "PURPLE"',
        `  expected: a party code from ${DIR}/parties.yaml (GREEN, BLUE, RED, UNITY, IND), or a party's name`,
        '  fix:      Use a listed code, or add the party to parties.yaml first.',
        '',
        '✗ 1 problem in 1 row of switches-import.csv: nothing was written. Fix them all and import again.'
      ].join('\n')
    );
  });

  it('a party by its name or alias is its code', async () => {
    const root = project();
    expect(await importInto(root, toCsv(header, [{ ...newSwitch, from_party: 'blue party of examplia (fictitious)', to_party: 'Greens' }]))).toMatchObject({ ok: true });
    expect(caseData(root).switches.find((record) => record.id === 'ada-example-2012-08-01')).toMatchObject({ left: { party: 'BLUE' }, joined: { party: 'GREEN' } });
  });

  it('an unknown person', async () => {
    expect(await refused([{ ...newSwitch, person: 'ada-exmple' }])).toBe(
      [
        'row 2, column person: "ada-exmple"',
        `  expected: the id of a person in ${DIR}/people/`,
        '  fix:      Ada Example is ada-example: write "ada-example" in person if this is that person. Correct the id (it is the file name in people/, and the person column of the case\'s switches.csv); or, to add a new person, write yes in a column new_person and fill name, office and district (the seat’s code), with elected_as if known.',
        '',
        '✗ 1 problem in 1 row of switches-import.csv: nothing was written. Fix them all and import again.'
      ].join('\n')
    );
  });

  it('a bad date', async () => {
    expect(await refused([{ ...newSwitch, left_date: '01/08/2012' }])).toBe(
      [
        'row 2, column left_date: "01/08/2012"',
        '  expected: a date written YYYY, YYYY-MM or YYYY-MM-DD',
        '  fix:      Write the date as YYYY-MM-DD (day, approximate), YYYY-MM (month) or YYYY (year), matching its precision.',
        '',
        '✗ 1 problem in 1 row of switches-import.csv: nothing was written. Fix them all and import again.'
      ].join('\n')
    );
  });

  it('joined before left', async () => {
    expect(await refused([{ ...newSwitch, joined_date: '2012-07-01' }])).toBe(
      [
        'row 2, column joined_date: "2012-07-01", before left.date "2012-08-01"',
        '  expected: a joining date on or after the leaving date',
        '  fix:      Check both dates: a switch joins the new party on or after leaving the old one (if the person joined first, the leaving date is when the old membership ended).',
        '',
        '✗ 1 problem in 1 row of switches-import.csv: nothing was written. Fix them all and import again.'
      ].join('\n')
    );
  });

  it('every problem of every row at once, nothing written', async () => {
    const output = await refused([{ ...newSwitch, to_party: 'PURPLE' }, { ...newSwitch, person: 'nobody', left_date: '2012-09-01' }]);
    expect(output).toContain('row 2, column to_party');
    expect(output).toContain('row 3, column person');
    expect(output).toContain('2 problems in 2 rows');
  });

  it('a duplicate: the same person leaving on an overlapping date', async () => {
    const output = await refused([{ ...ada, id: '', left_date: '2011-06', left_date_precision: 'month' }]);
    expect(output).toContain('row 2, column left_date: "2011-06"');
    expect(output).toContain('expected: a switch not already in the case: ada-example-2011-06-01');
    expect(output).toContain('write "ada-example-2011-06-01" in the id column');
  });

  it('a row under an existing id that differs from it', async () => {
    const output = await refused([{ ...ada, status: 'reported' }]);
    expect(output).toContain('row 2, column status: "reported"');
    expect(output).toContain('a row with the id of an existing switch must agree with it');
  });

  it('a new person: new_person, name, office and the seat make people/<id>.yaml', async () => {
    const root = project();
    const row = { ...newSwitch, person: 'cy-new', name: 'Cy New', district: 'D02', new_person: 'yes', elected_as: 'BLUE' };
    const result = await importInto(root, toCsv([...header, 'new_person', 'elected_as'], [row]));
    expect(result.ok, result.output).toBe(true);
    const data = caseData(root);
    expect(data.people.find((person) => person.id === 'cy-new')).toMatchObject({ name: 'Cy New', mandates: [{ office: 'deputy', place: 'D02', elected_as: { party: 'BLUE' } }] });
    expect(data.changes.at(-1)?.records).toEqual(['cy-new', 'cy-new-2012-08-01']);
    const unknownSeat = await refused([{ ...row, district: 'D99' }], [...header, 'new_person', 'elected_as']);
    expect(unknownSeat).toContain('row 2, column district: "D99"');
  });

  it('--dry-run writes nothing and says what it would do', async () => {
    const root = project('ada-example-2012-02');
    const before = snapshot(root);
    const result = await importInto(root, exported, { dryRun: true });
    expect(result.ok).toBe(true);
    expect(result.output).toContain('Dry run: nothing was written.');
    expect(result.output).toContain(`+ ada-example-2012-02 (row`);
    // Each new file, field by field, as it would be written.
    expect(result.output).toMatch(/\n {6}person: ada-example\n/);
    expect(result.output).toMatch(/\n {6}status: reported\n/);
    expect(snapshot(root)).toEqual(before);
    expect(existsSync(join(root, TRANSACTION_DIR))).toBe(false);
  });

  it('an unknown case, an unknown column', async () => {
    const root = project();
    const file = join(root, 'x.csv');
    writeFileSync(file, exported);
    expect((await runCaseImport({ file, caseId: 'atlantis-2020', dataDir: join(root, 'data'), dryRun: false })).output).toBe(
      `✗ No case "atlantis-2020" (no data/cases/atlantis-2020/case.yaml). Cases: ${CASE}; Cambodia's records are imported without --case.`
    );
    expect(await refused([{ ...ada, colour: 'red' }], [...header, 'colour'])).toContain('row 1, column "colour": an unknown column');
  });
});

describe('import --case interrupted', () => {
  it('leaves the case folder byte-identical before or after the import, after SIGKILL or SIGTERM', async () => {
    const root0 = project('ada-example-2012-02');
    const csv = join(work, 'interrupted.csv');
    writeFileSync(csv, exported);
    const before = snapshot(root0);
    const reference = project('ada-example-2012-02');
    expect(await runCaseImport({ file: csv, caseId: CASE, dataDir: join(reference, 'data'), dryRun: false })).toMatchObject({ ok: true });
    const after = snapshot(reference);
    expect(after).not.toEqual(before);
    const outcomes = { before: 0, after: 0 };
    const trials: [NodeJS.Signals, number][] = [
      ['SIGKILL', 0],
      ['SIGTERM', 0],
      ['SIGKILL', 1],
      ['SIGTERM', 1],
      ['SIGKILL', 2],
      ['SIGKILL', 3]
    ];
    for (const [signal, when] of trials) {
      const root = project('ada-example-2012-02');
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--case', CASE, csv, '--data-dir', join(root, 'data')], { cwd: process.cwd(), stdio: 'ignore' });
      const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
      let ended = false;
      void done.then(() => (ended = true));
      // 0: as soon as it starts writing; 1: a moment later; 2: at once, before it has read anything; 3: once committed.
      if (when === 3) while (!ended && !existsSync(join(root, TRANSACTION_DIR, 'journal.json'))) await new Promise((resolve) => setImmediate(resolve));
      if (when < 2) while (!ended && !existsSync(join(root, TRANSACTION_DIR))) await new Promise((resolve) => setImmediate(resolve));
      if (when === 1) await new Promise((resolve) => setTimeout(resolve, 2));
      child.kill(signal);
      await done;
      settleUnfinishedWrite(root, 'test recovery');
      const state = snapshot(root);
      const outcome = JSON.stringify([...state]) === JSON.stringify([...before]) ? 'before' : JSON.stringify([...state]) === JSON.stringify([...after]) ? 'after' : 'neither';
      expect(outcome, `${signal} ${when}`).not.toBe('neither');
      if (when === 3) expect(outcome, 'a kill after the commit point: the next writer completes the import').toBe('after');
      outcomes[outcome as 'before' | 'after'] += 1;
      expect(readCase(DIR, root).issues).toEqual([]);
    }
    expect(outcomes.before + outcomes.after).toBe(trials.length);
  }, 30_000);
});
