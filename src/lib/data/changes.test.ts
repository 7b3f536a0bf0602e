import { beforeAll, describe, expect, it } from 'vitest';
import { Change, type Dataset, type Defection } from '$lib/schema';
import { loadDataset } from '$lib/server/read-data';
import { checkChanges, retractedRecords, toChangeLog } from './changes';

let real: Dataset;
let fileOf: ReadonlyMap<string, string>;
beforeAll(() => {
  ({ dataset: real, fileOf } = loadDataset());
});

const change = (fields: Partial<Change> & Pick<Change, 'kind' | 'records'>): Change => Change.parse({ date: '2017-12-01', summary: 'Something changed.', reason: 'Because.', ...fields });
const withChanges = (changes: Change[], defections?: Defection[]): Dataset => ({ ...real, changes, defections: defections ?? real.defections });
/** Every real record logged as added, then the given entries: what is left to check is those entries. */
const check = (changes: Change[], defections?: Defection[]) =>
  checkChanges(withChanges([change({ kind: 'added', records: [...real.defections, ...real.refusals].map((record) => record.id) }), ...changes], defections), fileOf);

describe('the changelog is checked against the records', () => {
  it('the real changelog names only real records, and every real record', () => {
    expect(checkChanges(real, fileOf)).toEqual([]);
    expect(real.changes[0]).toMatchObject({ kind: 'added', date: '2026-11-25' });
  });

  it('an unknown record id', () => {
    expect(check([change({ kind: 'added', records: ['ul-pov', 'nobody'] })])).toEqual([
      expect.objectContaining({ file: 'data/changes.yaml', record: '#2', field: 'records[1]', found: '"nobody"' })
    ]);
  });

  it('a retracted record must have a public retracted entry, dated as the record says', () => {
    const [first, ...rest] = real.defections;
    const retracted = { ...first, retracted: { date: '2017-12-01', reason: 'The source withdrew its report.' } };
    expect(check([], [retracted, ...rest])).toEqual([expect.objectContaining({ found: `no "retracted" entry for ${first.id}` })]);
    expect(check([change({ kind: 'retracted', records: [first.id] })], [retracted, ...rest])).toEqual([]);
    expect(check([change({ kind: 'retracted', records: [first.id], date: '2017-12-02' })], [retracted, ...rest])).toEqual([
      expect.objectContaining({ field: 'date', expected: "the record's retraction date (2017-12-01)" })
    ]);
    expect(check([change({ kind: 'retracted', records: [first.id] })])).toEqual([expect.objectContaining({ field: 'records[0]', expected: 'a record marked retracted: {date, reason}' })]);
  });

  it('a record no "added" entry names is reported against its own file, with the entry to append', () => {
    const [first] = real.defections;
    const today = new Date().toISOString().slice(0, 10);
    const others = [...real.defections, ...real.refusals].map((record) => record.id).filter((id) => id !== first.id);
    const issues = checkChanges(withChanges([change({ kind: 'added', records: others }), change({ kind: 'disputed', records: [first.id] })]), fileOf);
    expect(issues).toEqual([
      {
        file: fileOf.get(first.id),
        record: first.id,
        found: `no "added" entry in data/changes.yaml naming ${first.id}`,
        expected: expect.stringContaining('kind added'),
        fix: `Append an entry to data/changes.yaml: {date: ${today}, kind: added, records: [${first.id}], summary: …, reason: …}, or run npm run change -- ${first.id} added "<why>" (npm run import writes it for you when it adds records).`
      }
    ]);
    expect(checkChanges(withChanges([]), fileOf).map((issue) => issue.record).sort()).toEqual([...real.defections, ...real.refusals].map((record) => record.id).sort());
  });

  it('a change dated in the future', () => {
    expect(check([change({ kind: 'disputed', records: ['ul-pov'], date: '2999-01-01' })])).toEqual([expect.objectContaining({ field: 'date', expected: 'a date that is not in the future' })]);
  });

  it('an amendment names the fields it changed', () => {
    expect(Change.safeParse({ date: '2017-12-01', kind: 'amended', records: ['ul-pov'], summary: 'x', reason: 'y' }).success).toBe(false);
    expect(Change.safeParse({ date: '2017-12-01', kind: 'amended', records: ['ul-pov'], summary: 'x', reason: 'y', fields: ['status'] }).success).toBe(true);
  });
});

describe('the log as readers see it', () => {
  it('lists the newest first, with stable, unique anchors and record names', () => {
    const log = toChangeLog(
      withChanges([
        change({ kind: 'added', records: ['ul-pov'], date: '2017-11-01' }),
        change({ kind: 'amended', records: ['ul-pov'], fields: ['notes'] }),
        change({ kind: 'amended', records: ['ul-pov'], fields: ['status'] })
      ])
    );
    expect(log.map((entry) => entry.anchor)).toEqual(['2017-12-01-amended-ul-pov-2', '2017-12-01-amended-ul-pov', '2017-11-01-added-ul-pov']);
    expect(log[0]).toMatchObject({ kindLabel: 'Amended', fields: ['status'], records: [{ id: 'ul-pov', name: 'Ul Pov' }] });
  });

  it('keeps retracted records listed, with their reason', () => {
    const [first, ...rest] = real.defections;
    const retraction = { date: '2017-12-01', reason: 'The source withdrew its report.' };
    expect(retractedRecords(withChanges([], [{ ...first, retracted: retraction }, ...rest]))).toEqual([expect.objectContaining({ id: first.id, retracted: retraction })]);
  });
});
