// The import plan's own choices, apart from the end-to-end runs in import.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { emptyProject, removeProjects } from '../../tests/fixtures/import/data-dir';
import { parseDataset } from '../../src/lib/data/dataset';
import { readDataFiles } from '../../src/lib/server/read-data';
import { readJsonInput } from './input';
import { planImport } from './plan';

afterAll(removeProjects);

const TODAY = new Date().toISOString().slice(0, 10);

const recordNamed = (name: string, id?: string) => ({
  ...(id === undefined ? {} : { id }),
  wave: 'win-win-2017',
  person: { name },
  role: 'commune-councillor',
  role_in_source: 'commune councillor',
  place: { province: '03' },
  date: { value: '2017-11-01', precision: 'day' },
  from_party: 'CNRP',
  to_party: 'CPP',
  sources: [{ outlet: 'Khmer Times', url: 'https://www.khmertimeskh.com/50000001/' }],
  status: 'reported'
});

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
