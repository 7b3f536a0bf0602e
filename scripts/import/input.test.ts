// Reading contributors' files: what is tolerated, and the plain message for what cannot be read (never a stack trace).
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/lib/export/columns';
import { decodeText, kindOf, readCsvInput, readInput, readJsonInput } from './input';
import { ImportError } from './issues';

const encode = (text: string) => new TextEncoder().encode(text);
const SOURCES = '"[{""outlet"": ""Khmer Times"", ""url"": ""https://www.khmertimeskh.com/1/""}]"';
const HEADER = 'id,wave,status,person_name,people,role,role_in_source,province,date_value,date_precision,from_party,to_party,sources';
const ROW = `sok-san,win-win-2017,reported,Sok San,1,commune-chief,commune chief,06,2017-11-01,day,CNRP,CPP,${SOURCES}`;

function importError(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
    return (error as Error).message;
  }
  throw new Error('expected an ImportError');
}

describe('tolerated', () => {
  it('a UTF-8 byte-order mark, CRLF line ends, extra whitespace and any column order', () => {
    const columns = HEADER.split(',');
    const cells = ROW.match(/("(?:[^"]|"")*"|[^,]+)/g)!;
    const order = columns.map((_, i) => i).reverse();
    const text = `\uFEFF${order.map((i) => ` ${columns[i].toUpperCase()} `).join(',')}\r\n${order.map((i) => (cells[i].startsWith('"') ? cells[i] : ` ${cells[i]}  `)).join(',')}\r\n\r\n`;
    const { rows, issues } = readCsvInput(decodeText(encode(text)));
    expect(issues).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0].input).toMatchObject({ id: 'sok-san', person: { name: 'Sok San' }, place: { province: '06' }, people: 1 });
  });

  it('quoted line breaks (kept as written: LF, CRLF or CR) and Khmer text', () => {
    const text = `${HEADER},person_name_km,notes,context,place_note\r\n${ROW},សុខ សាន,"first line\r\nsecond line, with a comma","a\rb","c\nd"\r\n`;
    const [row] = readCsvInput(text).rows;
    expect(row.input).toMatchObject({ person: { name: 'Sok San', name_km: 'សុខ សាន' }, notes: 'first line\r\nsecond line, with a comma', context: 'a\rb', place: { note: 'c\nd' } });
  });

  it('the "#" lines at the top of an exported CSV', () => {
    const text = `# Defection records, generated …\n# Licence: CC BY 4.0\n${HEADER}\n${ROW}\n`;
    expect(readCsvInput(text).rows).toHaveLength(1);
  });

  it('rows left empty by a spreadsheet', () => {
    expect(readCsvInput(`${HEADER}\n${ROW}\n,,,,,,,,,,,,\n`).rows.map((row) => row.row)).toEqual([2]);
  });

  it('a JSON list of records, or a whole defections.json export', () => {
    expect(readJsonInput('[{"id": "a"}]').rows[0].input).toEqual({ id: 'a' });
    expect(readJsonInput('{"meta": {}, "defections": [{"id": "a"}, {"id": "b"}]}').rows).toHaveLength(2);
  });
});

describe('unreadable files get one clear message', () => {
  it.each([
    ['an empty file', new Uint8Array(), /empty/],
    ['only whitespace', encode(' \n\r\n\t'), /empty/],
    ['a byte-order mark only', encode('\uFEFF'), /empty/],
    ['Windows-1252 text', new Uint8Array([0x69, 0x64, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]), /not UTF-8 text \(the first invalid byte is on line 2\).*CSV UTF-8/],
    ['UTF-16 text', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), /UTF-16/],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /spreadsheet workbook/],
    ['binary data', new Uint8Array([0x69, 0x64, 0x00, 0x01]), /binary/]
  ])('%s', (_, bytes, message) => {
    expect(importError(() => readInput(bytes, 'csv'))).toMatch(message);
  });

  it.each([
    ['unbalanced quotes', `${HEADER}\nsok-san,"win-win-2017,reported\n`, /malformed at line 2: a quoted field is never closed/],
    ['a stray quote', `${HEADER}\nsok-san,win"win\n`, /malformed at line 2: a quote inside an unquoted field/],
    ['text after a closing quote', `${HEADER}\n"sok"san,x\n`, /malformed at line 2: text after a closing quote/],
    ['semicolons between columns', 'id;wave;status\nsok;win-win-2017;reported\n', /semicolons/],
    ['a header without rows', `${HEADER}\n`, /^The file has a header row but no records: add one row per record below the header\.$/],
    ['a header and only blank rows', `${HEADER}\n,,,,,,,,,,,,\n   \n\n, ,\r\n`, /^The file has a header row but no records/]
  ])('CSV with %s', (_, text, message) => {
    expect(importError(() => readCsvInput(text))).toMatch(message);
  });

  it.each([
    ['broken JSON', '[{"id": "a",}]', /not valid JSON \(line 1, column \d+\)/],
    ['a JSON object that is not an export', '{"id": "a"}', /JSON list of records/],
    ['an empty JSON list', '[]', /empty/],
    ['a JSON list nested 100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000), /^The JSON is nested more than \d+ levels deep \(from line 1, column \d+\)/],
    ['a record with a field nested 100,000 levels deep', `[{"id": "a",\n "sources": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]`, /^The JSON is nested more than \d+ levels deep \(from line 2, column \d+\)/]
  ])('%s', (_, text, message) => {
    expect(importError(() => readJsonInput(text))).toMatch(message);
  });

  it('a file that is neither .csv nor .json', () => {
    expect(importError(() => kindOf('records.xlsx'))).toMatch(/\.csv or \.json/);
  });

  it('10 MB of random bytes', () => {
    const bytes = new Uint8Array(10 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    expect(importError(() => readInput(bytes, 'csv'))).toMatch(/not UTF-8|UTF-16|binary|workbook/);
  }, 60_000);

  it('10 MB of printable junk: one message about the header, found quickly', () => {
    const alphabet = encode('abcdefghij ,;xyz0123456789\n');
    const junk = new Uint8Array(10 * 1024 * 1024);
    let state = 42;
    for (let i = 0; i < junk.length; i++) junk[i] = alphabet[(state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % alphabet.length];
    const started = performance.now();
    const { rows, issues } = readInput(junk, 'csv');
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(rows).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.row === 1)).toBe(true);
  }, 60_000);

  it('10 MB of junk with quotes in it', () => {
    const junk = `${'x,"y"z,'.repeat(1_500_000)}`;
    expect(importError(() => readCsvInput(junk))).toMatch(/malformed at line 1/);
  }, 60_000);
});

describe('header problems are reported before any row', () => {
  it('names unknown columns with a suggestion, and missing required ones', () => {
    const { issues } = readCsvInput(`${HEADER.replace('province', 'provnce').replace(',status', '')}\n${ROW}\n`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: '"provnce"', fix: expect.stringContaining('Did you mean "province"?') }),
        expect.objectContaining({ row: 1, column: 'status', value: 'missing' })
      ])
    );
  });

  it('accepts every column of the template', () => {
    const text = `${COLUMNS.map((column) => column.name).join(',')}\n`;
    expect(() => readCsvInput(text)).toThrow(/no records/);
  });

  it('a missing header row is said once, not as one unknown column per cell', () => {
    const { rows, issues } = readCsvInput(`${ROW}\n${ROW.replace('sok-san', 'sok-san-2')}\n`);
    expect(rows).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        row: 1,
        value: expect.stringMatching(/^values, not column names: "sok-san", "win-win-2017"/),
        expected: expect.stringMatching(/the header row.*data\/templates\/defections\.csv/),
        fix: expect.stringMatching(/The header row is missing/)
      })
    ]);
  });

  it('a header with a few misspelt names is still a header', () => {
    const { issues } = readCsvInput(`${HEADER.replace('province', 'provnce').replace('wave', 'wav')}\n${ROW}\n`);
    expect(issues.map((issue) => issue.column)).toEqual(['"wav"', '"provnce"', 'wave']);
  });
});
