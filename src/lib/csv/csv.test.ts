import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, formatCsv, neutraliseFormula, parseCsv, parseCsvRecords, restoreFormula } from './csv';

function syntaxErrorOf(text: string): CsvSyntaxError {
  try {
    parseCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CsvSyntaxError);
    return error as CsvSyntaxError;
  }
  throw new Error(`expected a CsvSyntaxError for ${JSON.stringify(text)}`);
}

describe('parseCsv', { timeout: 30_000 }, () => {
  it('splits rows and fields', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3']
    ]);
  });

  it('strips a UTF-8 byte-order mark at the start only', () => {
    expect(parseCsv('\uFEFFcode,name\n03,Kampong Cham\n')).toEqual([
      ['code', 'name'],
      ['03', 'Kampong Cham']
    ]);
    expect(parseCsv('a,\uFEFFb\n')).toEqual([['a', '\uFEFFb']]);
  });

  it('accepts CRLF, LF and lone CR line ends alike', () => {
    const expected = [
      ['a', 'b'],
      ['c', 'd']
    ];
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual(expected);
    expect(parseCsv('a,b\nc,d\n')).toEqual(expected);
    expect(parseCsv('a,b\rc,d')).toEqual(expected);
    expect(parseCsv('a,b\r\nc,d\n')).toEqual(expected);
  });

  it('keeps newlines (LF and CRLF) inside quoted fields', () => {
    expect(parseCsv('"line 1\nline 2",x\n')).toEqual([['line 1\nline 2', 'x']]);
    expect(parseCsv('"line 1\r\nline 2",x\r\n')).toEqual([['line 1\r\nline 2', 'x']]);
  });

  it('reads doubled quotes as one quote', () => {
    expect(parseCsv('"He said ""no""",b\n')).toEqual([['He said "no"', 'b']]);
    expect(parseCsv('""""\n')).toEqual([['"']]);
    expect(parseCsv('"",x\n')).toEqual([['', 'x']]);
  });

  it('keeps commas inside quoted fields', () => {
    expect(parseCsv('"Banteay Mean Choăy, Bântéay Méanchey",2\n')).toEqual([['Banteay Mean Choăy, Bântéay Méanchey', '2']]);
  });

  it('reads Khmer text unchanged', () => {
    const text = 'code,name_km\n030613,ស្រក\n210202,"ចំប៉ី, តាកែវ"\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'name_km'],
      ['030613', 'ស្រក'],
      ['210202', 'ចំប៉ី, តាកែវ']
    ]);
  });

  it('gives the same rows with or without a trailing newline', () => {
    expect(parseCsv('a,b\nc,d')).toEqual(parseCsv('a,b\nc,d\n'));
    expect(parseCsv('a,"b"')).toEqual([['a', 'b']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('keeps empty fields, including a last empty field', () => {
    expect(parseCsv('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', '']
    ]);
  });

  it('blank lines are not records (nor is a lone quoted empty field)', () => {
    expect(parseCsv('a\n\n\nb\n')).toEqual([['a'], ['b']]);
    expect(parseCsv('""\n')).toEqual([]);
    expect(parseCsv('"",""\n')).toEqual([['', '']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\n\r\n')).toEqual([]);
  });

  it('keeps spaces in unquoted fields and ignores them around quoted ones', () => {
    expect(parseCsv(' a , b \n')).toEqual([[' a ', ' b ']]);
    expect(parseCsv('  "a"  ,b\n')).toEqual([['a', 'b']]);
  });

  it('unbalanced quote → CsvSyntaxError with the line the field opened on', () => {
    const error = syntaxErrorOf('code,name\n030613,"Srak\n030614,x\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/^line 2: .*never closed/);
  });

  it('a quote inside an unquoted field → CsvSyntaxError with its line', () => {
    const error = syntaxErrorOf('a,b\nc,d\ne,f"g\n');
    expect(error.line).toBe(3);
    expect(error.message).toContain('line 3');
  });

  it('text after a closing quote → CsvSyntaxError; line counts newlines inside quoted fields', () => {
    const error = syntaxErrorOf('"multi\nline",ok\n"a"b,c\n');
    expect(error.line).toBe(3);
  });

  it('line numbers count CRLF as one line end', () => {
    expect(syntaxErrorOf('a\r\nb\r\n"c\r\n').line).toBe(3);
  });

  it('CsvSyntaxError is an Error with its line', () => {
    const error = new CsvSyntaxError('bad', 7);
    expect(error).toBeInstanceOf(Error);
    expect(error.line).toBe(7);
    expect(error.message).toBe('line 7: bad');
  });

  it('never throws anything but CsvSyntaxError, and gives rows of strings', () => {
    const csvChar = fc.constantFrom(',', '"', '\n', '\r', ' ', 'a', 'ស', '\uFEFF');
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: csvChar, maxLength: 60 }));
    fc.assert(
      fc.property(text, (input) => {
        let rows: string[][];
        try {
          rows = parseCsv(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvSyntaxError);
          const { line } = error as CsvSyntaxError;
          expect(Number.isInteger(line) && line >= 1).toBe(true);
          expect(line).toBeLessThanOrEqual(input.split(/\r\n|\r|\n/).length);
          return;
        }
        for (const row of rows) {
          expect(row.length).toBeGreaterThan(0);
          expect(row).not.toEqual(['']);
          for (const field of row) expect(typeof field).toBe('string');
        }
      }),
      { numRuns: 2000 }
    );
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by trimmed header names and fills missing fields with ""', () => {
    const { header, records } = parseCsvRecords('\uFEFFcode , name,aliases\n03,Kampong Cham\n21,Takeo,Takéo|Takêv\n');
    expect(header).toEqual(['code', 'name', 'aliases']);
    expect(records).toEqual([
      { code: '03', name: 'Kampong Cham', aliases: '' },
      { code: '21', name: 'Takeo', aliases: 'Takéo|Takêv' }
    ]);
  });

  it('an empty text has no header and no records', () => {
    expect(parseCsvRecords('')).toEqual({ header: [], records: [] });
  });
});

describe('formatCsv', { timeout: 30_000 }, () => {
  it('quotes only when needed and ends with one newline', () => {
    expect(formatCsv([
      ['plain', 'with,comma', 'with "quote"', 'multi\nline', ' lead', 'trail ', '', 'ស្រក']
    ])).toBe('plain,"with,comma","with ""quote""","multi\nline"," lead","trail ",,ស្រក\n');
    expect(formatCsv([['a'], ['b']])).toBe('a\nb\n');
  });

  it('round-trips through parseCsv (rows ≥ 1 column; a lone empty field would be a blank line, dropped by design)', () => {
    const field = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ' ', '\t', 'a', 'ស', '\uFEFF'), maxLength: 8 })
    );
    const row = fc.array(field, { minLength: 1, maxLength: 6 }).filter((r) => !(r.length === 1 && r[0] === ''));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        expect(parseCsv(formatCsv(rows))).toEqual(rows);
      }),
      { numRuns: 2000, examples: [[[['\uFEFFstarts with a BOM']]], [[[' ']]], [[['', '']]], [[['"']]]] }
    );
  });

  it('a lone empty field is written as a blank line, which parseCsv drops', () => {
    expect(formatCsv([['a'], [''], ['b']])).toBe('a\n\nb\n');
    expect(parseCsv(formatCsv([['a'], [''], ['b']]))).toEqual([['a'], ['b']]);
  });
});

describe('neutraliseFormula / restoreFormula (CSV injection)', () => {
  it("prefixes ' to a cell a spreadsheet would run: =, +, -, @, tab, CR, and to one already so prefixed", () => {
    const cases = [
      ['=HYPERLINK("https://evil.example")', '\'=HYPERLINK("https://evil.example")'],
      ['+1', "'+1"],
      ['-x', "'-x"],
      ['@x', "'@x"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ["'=x", "''=x"],
      ["''@x", "'''@x"],
      ["'x", "'x"],
      ["'", "'"],
      ['x=1', 'x=1'],
      ['', ''],
      ['2017-11-01', '2017-11-01'],
      ['[{"outlet": "x"}]', '[{"outlet": "x"}]']
    ];
    for (const [cell, written] of cases) {
      expect(neutraliseFormula(cell)).toBe(written);
      expect(restoreFormula(written)).toBe(cell);
    }
  });

  it('restores any text exactly', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' '), maxLength: 8 });
    fc.assert(
      fc.property(text, (cell) => {
        expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
      }),
      { numRuns: 2000 }
    );
  });
});
