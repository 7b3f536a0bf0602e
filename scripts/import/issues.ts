// Import problems as values: row, column, value, what was expected, how to fix it. File-level failures are ImportErrors.
import type { ValidationIssue } from '../../src/lib/data/issues';
import { columnForPath, parseFieldPath } from '../../src/lib/export/columns';
import { numberedColumnFor } from '../../src/lib/export/template-sheet';

export type InputKind = 'csv' | 'json';

export interface ImportIssue {
  /** CSV: the spreadsheet row, the header being row 1. JSON: the record's position in the list, from 1. Absent: the whole file. */
  row?: number;
  /** CSV column name (with the path inside a JSON cell, e.g. "sources[0].url"), or the JSON field path. */
  column?: string;
  value: string;
  expected: string;
  fix: string;
}

/** A problem with the file as a whole (unreadable, wrong encoding, no header): the message is shown as is, without a stack trace. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Where a field of a record is, in the contributor's terms: a CSV column or a JSON path. */
export function locateField(field: string | undefined, kind: InputKind, numbered = false): string | undefined {
  if (!field || kind === 'json') return field;
  // A row of the spreadsheet template: sources[1].url is the cell source_2_url.
  const cell = numbered ? numberedColumnFor(field) : undefined;
  if (cell) return cell;
  const owner = columnForPath(parseFieldPath(field));
  return owner ? `${owner.column.name}${owner.inner}` : field;
}

export function fromValidationIssue(issue: ValidationIssue, row: number | undefined, kind: InputKind, numbered = false): ImportIssue {
  return { row, column: locateField(issue.field, kind, numbered), value: issue.found, expected: issue.expected, fix: issue.fix };
}

const MAX_SHOWN = 200;

export function formatImportIssues(issues: readonly ImportIssue[], kind: InputKind): string {
  const unit = kind === 'csv' ? 'row' : 'record';
  const shown = [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)).slice(0, MAX_SHOWN);
  const lines = shown.map((issue) => {
    const where = [issue.row === undefined ? 'file' : `${unit} ${issue.row}`, issue.column && `${kind === 'csv' ? 'column' : 'field'} ${issue.column}`].filter(Boolean).join(', ');
    return `${where}: ${issue.value}\n  expected: ${issue.expected}\n  fix:      ${issue.fix}`;
  });
  if (issues.length > MAX_SHOWN) lines.push(`… and ${issues.length - MAX_SHOWN} more problems (fix those above first).`);
  return lines.join('\n\n');
}
