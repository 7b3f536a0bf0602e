// `npm run validate [-- <project dir>]`: finishes any interrupted write to data/, then checks every file in data/ and
// prints each problem with its fix.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../src/lib/data/issues';
import { DataLockedError, lockData } from '../src/lib/server/data-lock';
import { describeRecovery, recoverUnfinishedWrite } from '../src/lib/server/data-journal';
import { loadDataset } from '../src/lib/server/read-data';

const root = process.argv[2] ?? process.cwd();

function readSettled() {
  if (!existsSync(join(root, 'data'))) return loadDataset(root);
  // Under the lock: a running import is waited for, not read half-way through its moves.
  const lock = lockData(root, { purpose: 'npm run validate' });
  try {
    const recovery = recoverUnfinishedWrite(root);
    if (recovery) console.log(describeRecovery(recovery));
    return loadDataset(root);
  } finally {
    lock.release();
  }
}

let loaded;
try {
  loaded = readSettled();
} catch (error) {
  if (!(error instanceof DataLockedError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
const { dataset, issues } = loaded;
if (issues.length > 0) {
  for (const issue of issues) console.error(`${formatIssue(issue)}\n`);
  console.error(`✗ ${issues.length} problem${issues.length === 1 ? '' : 's'} in data/ — nothing was built. Fix them and run npm run validate again.`);
  process.exit(1);
}
const people = dataset.defections.reduce((sum, record) => sum + record.people, 0);
console.log(
  `✓ data/ is valid: ${dataset.defections.length} defection records (${people} people), ${dataset.refusals.length} refusals, ` +
    `${dataset.tallies.length} claimed tallies, ${dataset.events.length} events, ${dataset.parties.length} parties, ` +
    `${dataset.provinces.length} provinces, ${dataset.districts.length} districts, ${dataset.communes.length} communes.`
);
