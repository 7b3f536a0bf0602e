// `npm run change -- <id>[,<id>…] <added|amended|retracted|disputed> "<reason>" [--summary "…"] [--field f]… [--source <url> --outlet <name>]`:
// appends the changelog entry for records edited by hand, under the data lock and through the journal, as the import does.
import { basename } from 'node:path';
import { DataLockedError, lockData } from '../src/lib/server/data-lock';
import { describeRecovery, recoverUnfinishedWrite, WriteCancelled, writeDataFiles } from '../src/lib/server/data-journal';
import { readDataFiles } from '../src/lib/server/read-data';
import { planChange } from './change/plan';
import { parseCommandLine } from './cli';
import { watchSignals } from './signals';

const USAGE = `Usage: npm run change -- <id>[,<id>…] <added|amended|retracted|disputed> "<reason>" [options]

  --summary "<what>"   what changed, for readers (required for amended; otherwise a default is written)
  --field <path>       a changed field, e.g. place.commune (required for amended); repeatable
  --source <url>       the evidence for the change, with --outlet <name>; repeatable in pairs
  --outlet <name>      the outlet of the --source at the same position
  --data-dir <dir>     the data directory (default: ./data)

Appends one entry dated today to data/changes.yaml, after checking it as npm run validate does.`;

const signals = watchSignals();

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    {
      summary: { type: 'string' },
      field: { type: 'string', multiple: true },
      source: { type: 'string', multiple: true },
      outlet: { type: 'string', multiple: true },
      'data-dir': { type: 'string' }
    },
    USAGE
  );
  if (parsed.exit !== undefined) return parsed.exit;
  const { values, positionals } = parsed;
  const urls = values.source ?? [];
  const outlets = values.outlet ?? [];
  if (positionals.length !== 3 || urls.length !== outlets.length) {
    console.error(`✗ Give the record id(s), the kind and the reason${urls.length !== outlets.length ? ', and one --outlet for each --source' : ''}.\n\n${USAGE}`);
    return 2;
  }
  const [ids, kind, reason] = positionals;
  const dataDir = values['data-dir'] ?? 'data';
  if (basename(dataDir.replace(/\/+$/, '')) !== 'data') {
    console.error(`✗ --data-dir must be a directory named "data" (got ${dataDir}).`);
    return 2;
  }
  const root = `${dataDir.replace(/\/+$/, '')}/..`;
  const lock = lockData(root, { purpose: `npm run change -- ${ids} ${kind}` });
  try {
    const recovery = recoverUnfinishedWrite(root);
    if (recovery) console.log(describeRecovery(recovery));
    const plan = planChange(readDataFiles(root), {
      ids: ids.split(',').map((id) => id.trim()).filter(Boolean),
      kind,
      reason,
      summary: values.summary,
      fields: values.field ?? [],
      sources: urls.map((url, index) => ({ outlet: outlets[index], url })),
      today: new Date().toISOString().slice(0, 10)
    });
    if (!plan.ok) {
      console.error(`${plan.problems.join('\n\n')}\n\n✗ Nothing was written.`);
      return 1;
    }
    await writeDataFiles(root, [plan.file], { purpose: `npm run change -- ${ids} ${kind}`, cancelled: signals.cancelled, onCommitted: signals.onCommitted });
    console.log(`✓ Appended to data/changes.yaml: ${plan.entry.date} ${plan.entry.kind} ${plan.entry.records.join(', ')} — ${plan.entry.summary}`);
    return 0;
  } finally {
    lock.release();
  }
}

main().then(
  (code) => {
    const { code: exitCode, note } = signals.outcome(code);
    if (note) console.log(note);
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    if (error instanceof DataLockedError || error instanceof WriteCancelled) console.error(`✗ ${error.message}`);
    else console.error(`✗ npm run change stopped on an unexpected error: ${(error as Error).message}\nNothing was written.`);
    process.exitCode = error instanceof WriteCancelled ? (signals.outcome(1).code) : 1;
  }
);
