// RFC 4180 CSV: a strict reader that reports where a file is malformed, and a writer that quotes only when needed.

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** Parses CSV text into rows of fields. Accepts a UTF-8 BOM, CRLF or LF, and quoted fields spanning lines. */
export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let quotedFieldStartLine = 0;
  let inQuotes = false;
  let fieldWasQuoted = false;

  const endField = () => {
    row.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRow = () => {
    endField();
    // A blank line is not a record.
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inQuotes) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      if (field.trim() !== '' || fieldWasQuoted) {
        throw new CsvSyntaxError('a quote inside an unquoted field; wrap the field in quotes and double any quote inside it', line);
      }
      field = '';
      inQuotes = true;
      fieldWasQuoted = true;
      quotedFieldStartLine = line;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
    } else if (fieldWasQuoted) {
      if (char.trim() !== '') {
        throw new CsvSyntaxError('text after a closing quote; a quote inside a quoted field must be doubled ("")', line);
      }
    } else {
      field += char;
    }
  }
  if (inQuotes) {
    throw new CsvSyntaxError('a quoted field is never closed (unbalanced quotes)', quotedFieldStartLine);
  }
  if (field !== '' || row.length > 0 || fieldWasQuoted) endRow();
  return rows;
}

/** Parses CSV with a header row into objects keyed by the (trimmed) header names. */
export function parseCsvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header = [], ...body] = parseCsv(text);
  const names = header.map((name) => name.trim());
  const records = body.map((fields) => Object.fromEntries(names.map((name, i) => [name, fields[i] ?? ''])));
  return { header: names, records };
}

function quoteField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes rows as CSV with LF line ends and a trailing newline, so output is byte-stable. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\n') + '\n';
}

// CSV injection (OWASP): Excel, LibreOffice and Google Sheets run a cell starting with =, +, - or @ as a formula (tab and CR
// are the same attack behind whitespace). A leading ' makes the spreadsheet show the text as text. A cell that already
// starts with quotes before such a character gets one more, so removing exactly one quote on reading is always exact.
const RUNS_AS_FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** The cell as a spreadsheet may safely open it: "=1+1" → "'=1+1", "'=x" → "''=x"; any other text is unchanged. */
export function neutraliseFormula(cell: string): string {
  return RUNS_AS_FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The text neutraliseFormula was given: one leading ' is removed, and only before a formula character. */
export function restoreFormula(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
