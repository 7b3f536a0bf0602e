// `npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]`:
// adds or updates defection records from a contributor's file, all or nothing, after the same checks as `npm run validate`.
import { parseArgs } from 'node:util';
import { runImport } from './import/run';

const USAGE = `Usage: npm run import -- <file.csv|file.json> [--dry-run] [--data-dir <dir>] [--reason "<why>"] [--not-duplicate <id>]

  --dry-run             check the file and print what would be added or changed; write nothing
  --data-dir <dir>      the data directory to import into (default: ./data)
  --reason "<why>"      why the records are added or changed, for data/changes.yaml (required to change existing records)
  --not-duplicate <id>  add the new record <id> although it resembles an existing one (checked by a person); repeatable

The CSV template is data/templates/defections.csv; the columns are documented in docs/data-in-out.md.`;

// A signal before the commit point cancels the import (nothing written); after it, the import completes and says so.
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
let received: string | undefined;
let committed = false;
for (const signal of Object.keys(SIGNAL_EXIT)) process.on(signal, () => (received ??= signal));

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        'data-dir': { type: 'string' },
        reason: { type: 'string' },
        'not-duplicate': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    console.error(`✗ ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
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
    cancelled: () => received,
    onCommitted: () => (committed = true)
  });
  if (result.ok) console.log(result.output);
  else console.error(result.output);
  if (received && committed) console.log(`(${received} arrived after the commit point: the import was completed.)`);
  if (received && !committed) return SIGNAL_EXIT[received];
  return result.ok ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bug, not a bad file: say so plainly instead of printing a stack trace at a contributor.
    console.error(`✗ The import stopped on an unexpected error: ${(error as Error).message}\nNothing was written. Please report this, with the file you tried to import.`);
    process.exitCode = 2;
  }
);
