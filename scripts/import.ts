// `npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]`:
// adds or updates defection records from a contributor's file, all or nothing, after the same checks as `npm run validate`.
// With --case <id>: adds switches (and new people) to data/cases/<id>/ from a CSV in the layout of its switches.csv.
import { runCaseImport } from './import/case-run';
import { runImport } from './import/run';
import { parseCommandLine } from './cli';
import { watchSignals } from './signals';

const USAGE = `Usage: npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]
       npm run import -- --case <id> <file.csv> [--dry-run] [--data-dir <dir>] [--reason "<why>"]

  --case <id>           add switches to the case data/cases/<id>/ from a CSV laid out as its switches.csv
                        (docs/track-another-wave.md, "Add switches from a spreadsheet")
  --dry-run             check the file and print what would be added or changed; write nothing
  --data-dir <dir>      the data directory to import into (default: ./data)
  --reason "<why>"      why the records are added or changed, for data/changes.yaml (required to change existing records)
  --not-duplicate <id>  add the new record <id> although it resembles an existing one, or let a row under an existing
                        id name another person (checked by a person); repeatable

The CSV template is data/templates/defections.csv; the columns are documented in docs/data-in-out.md.`;

const signals = watchSignals();

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    {
      case: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'data-dir': { type: 'string' },
      reason: { type: 'string' },
      'not-duplicate': { type: 'string', multiple: true }
    },
    USAGE
  );
  if (parsed.exit !== undefined) return parsed.exit;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    console.error(`✗ Give exactly one file to import.\n\n${USAGE}`);
    return 2;
  }
  if (values.case !== undefined && values['not-duplicate']) {
    console.error(`✗ --not-duplicate is for Cambodia's records; a case's import refuses a duplicate switch outright.\n\n${USAGE}`);
    return 2;
  }
  const common = {
    file: positionals[0],
    dataDir: values['data-dir'] ?? 'data',
    dryRun: Boolean(values['dry-run']),
    reason: values.reason,
    cancelled: signals.cancelled,
    onCommitted: signals.onCommitted
  };
  const result = values.case !== undefined ? await runCaseImport({ ...common, caseId: values.case }) : await runImport({ ...common, notDuplicates: values['not-duplicate'] });
  if (result.ok) console.log(result.output);
  else console.error(result.output);
  const { code, note } = signals.outcome(result.ok ? 0 : 1);
  if (note) console.log(note);
  return code;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bug, not a bad file: say so plainly instead of printing a stack trace at a contributor.
    console.error(`✗ The import stopped on an unexpected error: ${(error as Error).message}\nNothing was written. Please report this, with the file you tried to import.`);
    process.exitCode = 2;
  }
);
