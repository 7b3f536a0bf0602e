import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defectionBatch } from '../../../tests/fixtures/import/arbitraries';
import { formatCsv, parseCsv } from '$lib/csv/csv';
import { Defection } from '$lib/schema';
import { defectionInput } from '../../../tests/fixtures/records';
import { cellsToRecord, COLUMNS, columnForPath, joinList, parseFieldPath, placeIndex, recordToCells, splitList } from './columns';

const noPlaces = placeIndex({ provinces: [], districts: [], communes: [] });
/** A small valid record to vary one field of. */
const record = Defection.parse(
  defectionInput({ id: 'sok-san', person: { name: 'Sok San' }, role: 'commune-chief', role_in_source: 'commune chief', place: { province: '06' } })
);

describe('list cells', () => {
  it('join with " | " and split back, whatever the items hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).map((item) => item.trim()).filter(Boolean)), (items) => {
        expect(splitList(joinList(items)) ?? []).toEqual(items);
      })
    );
    expect(joinList(['Ul Pov', 'Oul Pov'])).toBe('Ul Pov | Oul Pov');
    expect(joinList(['a|b', 'c'])).toBe('["a|b","c"]');
    expect(joinList(['[x]'])).toBe('["[x]"]');
  });

  it('accept the spacing contributors type', () => {
    expect(splitList('keep-position|  party-dissolution ')).toEqual(['keep-position', 'party-dissolution']);
  });
});

describe('one record, one row', () => {
  it('turns every field of any valid record into cells and back, losslessly', () => {
    fc.assert(
      fc.property(defectionBatch(1), ([record]) => {
        const cells = Object.fromEntries(COLUMNS.map((column, i) => [column.name, recordToCells(record, noPlaces)[i]]));
        const { input, problems } = cellsToRecord(cells);
        expect(problems).toEqual([]);
        expect(Defection.parse(input)).toEqual(record);
      }),
      { numRuns: 200 }
    );
  });

  it('reports cells it cannot read, by column', () => {
    const { problems } = cellsToRecord({ people: 'two', person_romanisation_tentative: 'maybe', sources: '[{"outlet": }', reason_tags: '["a", 1]' });
    expect(problems.map((problem) => problem.column)).toEqual(['person_romanisation_tentative', 'people', 'reason_tags', 'sources']);
  });

  it('keeps a CR or CRLF inside a cell exactly as written, through a whole CSV round trip', () => {
    expect(cellsToRecord({ notes: 'a\rb' }).input.notes).toBe('a\rb');
    expect(cellsToRecord({ notes: 'a\r\nb' }).input.notes).toBe('a\r\nb');
    for (const notes of ['a\rb', 'a\r\nb', 'one\rtwo\r\nthree\nfour']) {
      const [header, row] = parseCsv(formatCsv([COLUMNS.map((column) => column.name), recordToCells({ ...record, notes }, noPlaces)]));
      const { input, problems } = cellsToRecord(Object.fromEntries(header.map((name, i) => [name, row[i]])));
      expect(problems).toEqual([]);
      expect(Defection.parse(input)).toEqual({ ...record, notes });
    }
  });

  it('reports a JSON cell nested too deep to read as a problem of its column, without overflowing the stack', () => {
    for (const cell of ['['.repeat(100_000) + ']'.repeat(100_000), `[{"outlet": "X", "url": ${'['.repeat(100_000)}"https://x.org"${']'.repeat(100_000)}}]`]) {
      const { problems } = cellsToRecord({ sources: cell, reactions: cell });
      expect(problems.map((problem) => problem.column)).toEqual(['sources', 'reactions']);
      expect(problems[0].fix).toMatch(/nested more than \d+ levels deep/);
    }
  });

  it('names the column a validation problem belongs to', () => {
    expect(columnForPath(['sources', 0, 'url'])).toMatchObject({ column: { name: 'sources' }, inner: '[0].url' });
    expect(columnForPath(['place', 'province'])?.column.name).toBe('province');
    expect(columnForPath(['person', 'age'])?.column.name).toBe('person_age_years');
    expect(columnForPath(['date'])?.column.name).toBe('date_value');
    expect(parseFieldPath('reactions[1].source')).toEqual(['reactions', 1, 'source']);
  });

  it('has one column per name, and one per record field', () => {
    const names = COLUMNS.map((column) => column.name);
    expect(new Set(names).size).toBe(names.length);
    const paths = COLUMNS.flatMap((column) => (column.kind === 'record' ? [column.path.join('.')] : []));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('documentation', () => {
  it('docs/data-in-out.md lists every column', () => {
    const docs = readFileSync('docs/data-in-out.md', 'utf8');
    expect(COLUMNS.filter((column) => !docs.includes(`| \`${column.name}\` |`)).map((column) => column.name)).toEqual([]);
  });
});
