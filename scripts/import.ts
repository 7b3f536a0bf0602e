// `npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]`:
// adds or updates defection records from a contributor's file, all or nothing, after the same checks as `npm run validate`.
import { runImport } from './import/run';
import { parseCommandLine } from './cli';
import { watchSignals } from './signals';

const USAGE = `Usage: npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]

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
  const result = await runImport({
    file: positionals[0],
    dataDir: values['data-dir'] ?? 'data',
    dryRun: Boolean(values['dry-run']),
    reason: values.reason,
    notDuplicates: values['not-duplicate'],
    cancelled: signals.cancelled,
    onCommitted: signals.onCommitted
  });
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
