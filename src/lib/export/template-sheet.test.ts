// The spreadsheet template and its codes sheet: what ships in docs/templates/ is what the generator makes, no cell holds
// JSON, and the numbered cells read back into the lists they were written from.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/csv/csv';
import type { Dataset } from '$lib/schema';
import { VOCABULARIES } from '$lib/schema/vocabulary';
import { loadDataset } from '$lib/server/read-data';
import { templateFiles } from './template';
import { codesRows } from './template-codes';
import { MAX_REACTIONS, MAX_SOURCES, numberedColumnFor, readNumberedCells, SHEET_COLUMNS } from './template-sheet';

let data: Dataset;
beforeAll(() => {
  data = loadDataset().dataset;
});

describe('the shipped templates', () => {
  it('are byte for byte what the generator makes (run npx tsx scripts/import/write-template.ts after changing the columns)', () => {
    for (const { file, text } of templateFiles(data)) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('hold no JSON: no cell of the spreadsheet template starts with [ or {', () => {
    const [header, ...rows] = parseCsv(templateFiles(data)[1].text);
    expect(header).toEqual(SHEET_COLUMNS.map((column) => column.name));
    expect(header).not.toContain('sources');
    expect(header).toContain(`source_${MAX_SOURCES}_url`);
    expect(header).toContain(`reaction_${MAX_REACTIONS}_stance`);
    expect(rows).toHaveLength(1);
    for (const cell of rows[0]) expect(cell).not.toMatch(/^[[{]/);
  });
});

describe('the codes sheet', () => {
  it('lists every code of every coded column, with both languages, and every party, wave and province', () => {
    const rows = codesRows(data);
    for (const [key, column] of [['roles', 'role'], ['reasonTags', 'reason_tags'], ['stances', 'reaction_N_stance'], ['statuses', 'status'], ['precisions', 'date_precision']] as const) {
      const listed = rows.filter((row) => row[0] === column);
      expect(listed.map((row) => row[1])).toEqual(Object.keys(VOCABULARIES[key].terms));
      for (const row of listed) {
        expect(row[2] && row[3], `${row[1]} in English`).toBeTruthy();
        expect(row[4], `${row[1]} label in Khmer`).toMatch(/[\u1780-\u17FF]/);
        expect(row[5], `${row[1]} definition in Khmer`).toMatch(/[\u1780-\u17FF]/);
      }
    }
    expect(rows.filter((row) => row[0] === 'province')).toHaveLength(data.provinces.length);
    expect(rows.filter((row) => row[0] === 'from_party, to_party').map((row) => row[1])).toEqual(data.parties.map((party) => party.code));
    expect(rows.filter((row) => row[0] === 'wave').map((row) => row[1])).toEqual(data.waves.map((wave) => wave.id));
  });
});

describe('numbered cells', () => {
  it('become the sources and reactions lists, skipping empty groups, the reaction source counted from 1', () => {
    const draft: Record<string, unknown> = {};
    const problems = readNumberedCells(
      { source_1_outlet: 'A', source_1_url: 'https://a.example/1', source_3_outlet: 'B', source_3_url: 'https://b.example/2', source_3_language: 'km', reaction_1_stance: 'critical', reaction_1_quote: 'No.', reaction_1_source: '2' },
      draft
    );
    expect(problems).toEqual([]);
    expect(draft).toEqual({
      sources: [{ outlet: 'A', url: 'https://a.example/1' }, { outlet: 'B', url: 'https://b.example/2', language: 'km' }],
      reactions: [{ stance: 'critical', quote: 'No.', source: 1 }]
    });
  });

  it('refuse a source number that is not a positive whole number, and a list given twice', () => {
    const draft: Record<string, unknown> = { sources: [{ outlet: 'A', url: 'https://a.example' }] };
    const problems = readNumberedCells({ source_1_outlet: 'B', source_1_url: 'https://b.example', reaction_1_stance: 'neutral', reaction_1_summary: 'x', reaction_1_source: '0' }, draft);
    expect(problems.map((problem) => problem.column)).toEqual(['source_1_…', 'reaction_1_source']);
  });

  it('name the cell a validation problem lies in', () => {
    expect(numberedColumnFor('sources[1].url')).toBe('source_2_url');
    expect(numberedColumnFor('reactions[0].summary')).toBe('reaction_1_summary');
    expect(numberedColumnFor('sources[0]')).toBe('source_1_outlet');
    expect(numberedColumnFor('place.commune')).toBeUndefined();
  });
});
