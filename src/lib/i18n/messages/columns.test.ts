// The data page's column reference in Khmer: every column it shows has a Khmer description and a Khmer type name.
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '$lib/export/columns';
import { parseRichText } from '$lib/components/rich-text';
import { COLUMN_NAMES, type ColumnName } from './columns';
import { km } from './pages.km';
import { en } from './pages.en';

const KHMER = /[\u1780-\u17FF]/;
/** The prose of a description, without its `code` (column names, files, codes and formats stay as written). */
const prose = (text: string) =>
  parseRichText(text)
    .filter((piece) => piece.kind !== 'code')
    .map((piece) => piece.text)
    .join('');

describe('column descriptions', () => {
  it('name exactly the columns of defections.csv, in order', () => {
    expect([...COLUMN_NAMES]).toEqual(COLUMNS.map((column) => column.name));
  });

  it('give every column on the Khmer data page a Khmer description, not the English one', () => {
    for (const column of COLUMNS) {
      const text = km.data.columnDescriptions[column.name as ColumnName];
      expect(text, column.name).toMatch(KHMER);
      expect(text, column.name).not.toBe(column.description);
      // No English prose outside code: formats (YYYY-MM-DD) and the word JSON are all the Latin left.
      const latinWords = prose(text!).match(/[A-Za-z]{2,}/g) ?? [];
      expect(latinWords.filter((word) => !/^(Y+|M+|D+|JSON)$/.test(word)), column.name).toEqual([]);
    }
  });

  it('name every type in Khmer, and keep the English names as datapackage.json writes them', () => {
    for (const column of COLUMNS) {
      if (column.type === 'array' || column.list) continue;
      expect(km.data.types[column.type], column.name).toMatch(KHMER);
      expect(en.data.types[column.type], column.name).toBe(column.type);
    }
    expect(km.data.list).toMatch(KHMER);
    expect(km.data.jsonList).toMatch(KHMER);
  });

  it('leave English pages with the export’s own descriptions', () => {
    expect(en.data.columnDescriptions).toEqual({});
  });
});
