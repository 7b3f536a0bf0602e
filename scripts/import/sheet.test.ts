// The spreadsheet template through the importer: every real record round-trips, and a problem is named by its cell.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyProject, realProject, removeProjects, snapshot, writeInput } from '../../tests/fixtures/import/data-dir';
import { formatCsv } from '../../src/lib/csv/csv';
import { placeIndex } from '../../src/lib/export/columns';
import { SHEET_COLUMNS, toSheetCsv } from '../../src/lib/export/template-sheet';
import { loadDataset } from '../../src/lib/server/read-data';
import type { Dataset } from '../../src/lib/schema';
import { runImport } from './run';

const TODAY = new Date().toISOString().slice(0, 10);
let real: Dataset;
beforeAll(() => {
  real = loadDataset().dataset;
});
afterAll(removeProjects);

function importInto(root: string, content: string, dryRun = false) {
  const file = writeInput(root, 'sheet.csv', content);
  return runImport({ file, dataDir: join(root, 'data'), dryRun, today: TODAY, reason: 'Round trip test.' });
}

describe('every real record → spreadsheet template → import', () => {
  it('into a copy of data/ changes nothing, byte for byte', async () => {
    const root = realProject();
    const before = snapshot(root);
    const result = await importInto(root, toSheetCsv(real.defections, placeIndex(real)));
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('Nothing to write');
    expect(snapshot(root)).toEqual(before);
  });

  it('into an empty data/ gives the same records', async () => {
    const root = emptyProject();
    const result = await importInto(root, toSheetCsv(real.defections, placeIndex(real)));
    expect(result.ok, result.output).toBe(true);
    const back = loadDataset(root);
    expect(back.issues).toEqual([]);
    expect(back.dataset.defections).toEqual(real.defections);
  });
});

describe('a reporter’s row', () => {
  const row = (cells: Record<string, string>) => formatCsv([SHEET_COLUMNS.map((column) => column.name), SHEET_COLUMNS.map((column) => cells[column.name] ?? '')]);
  const base = {
    wave: 'win-win-2017',
    status: 'reported',
    person_name: 'Example Sheet Person',
    role: 'commune-councillor',
    role_in_source: 'commune councillor',
    commune_name: 'Srak',
    province: 'Kompong Cham',
    date_value: '2017-11-03',
    date_precision: 'day',
    from_party: 'CNRP',
    to_party: 'CPP',
    source_1_outlet: 'Example Daily',
    source_1_url: 'https://example.org/news/1',
    reaction_1_stance: 'critical',
    reaction_1_quote: 'He betrayed us.',
    reaction_1_source: '1'
  };

  it('is added with its numbered source and reaction', async () => {
    const root = realProject();
    const result = await importInto(root, row(base), true);
    expect(result.ok, result.output).toBe(true);
    expect(result.output).toContain('+ example-sheet-person (row 2)');
    expect(result.output).toContain('commune: "030613"');
  });

  it('with a bad link is refused, naming the cell', async () => {
    const root = realProject();
    const before = snapshot(root);
    const result = await importInto(root, row({ ...base, source_1_url: 'javascript:alert(1)' }));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('row 2, column source_1_url: "javascript:alert(1)"');
    expect(snapshot(root)).toEqual(before);
  });

  it('with a reaction citing a source the row does not have is refused, naming the cell', async () => {
    const result = await importInto(realProject(), row({ ...base, reaction_1_source: '3' }));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('row 2, column reaction_1_source');
  });
});
