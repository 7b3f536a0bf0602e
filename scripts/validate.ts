// `npm run validate [-- <project dir>]`: finishes any interrupted write to data/, then checks every file in data/ (the
// Cambodian case, its words in data/case.yaml included) and every case under data/cases/<id>/, and prints each problem
// with its fix, naming its case. With CASES set (a build of some cases only), it checks those cases only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssue } from '../src/lib/data/issues';
import { readCambodiaCase } from '../src/lib/server/cambodia-case';
import { DataLockedError, lockData } from '../src/lib/server/data-lock';
import { describeRecovery, recoverUnfinishedWrite } from '../src/lib/server/data-journal';
import { CAMBODIA, selectedCases } from '../src/lib/server/case-selection.js';
import { readCases } from '../src/lib/server/read-case';
import { loadDataset } from '../src/lib/server/read-data';

const root = process.argv[2] ?? process.cwd();

let selected: string[];
try {
  selected = selectedCases({ ...process.env, DATA_ROOT: root });
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
const checksCambodia = selected.includes(CAMBODIA);

/** The cases CASES selects: Cambodia's data/ (with its words), and the folders of data/cases/. */
function readSelected() {
  const cases = new Map([...readCases(root)].filter(([id]) => selected.includes(id)));
  if (!checksCambodia) return { cambodia: undefined, cases };
  return { ...loadDataset(root), cambodia: readCambodiaCase(root), cases };
}

function readSettled() {
  if (!existsSync(join(root, 'data'))) return readSelected();
  // Under the lock: a running import is waited for, not read half-way through its moves.
  const lock = lockData(root, { purpose: 'npm run validate' });
  try {
    const recovery = recoverUnfinishedWrite(root);
    if (recovery) console.log(describeRecovery(recovery));
    return readSelected();
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
const { cambodia, cases } = loaded;
const dataset = 'dataset' in loaded ? loaded.dataset : undefined;
// data/case.yaml is Cambodia's, as the rest of data/ is: its problems count among data/'s.
const issues = cambodia && 'issues' in loaded ? [...cambodia.issues, ...loaded.issues] : [];
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const AGAIN = 'nothing was built. Fix them and run npm run validate again.';
for (const issue of issues) console.error(`${formatIssue(issue)}\n`);
// Each case's messages name the case first: the file path alone reads like any other case's.
for (const [id, result] of cases) for (const issue of result.issues) console.error(`[case ${id}] ${formatIssue(issue)}\n`);
if (issues.length > 0) console.error(`✗ ${count(issues.length, 'problem')} in data/ — ${AGAIN}`);
for (const [id, result] of cases) {
  if (result.issues.length > 0) console.error(`✗ ${count(result.issues.length, 'problem')} in case ${id} (data/cases/${id}/) — ${AGAIN}`);
}
if (issues.length > 0 || [...cases.values()].some((result) => result.issues.length > 0)) process.exit(1);
if (dataset) {
  const people = dataset.defections.reduce((sum, record) => sum + record.people, 0);
  console.log(
    `✓ data/ is valid: ${dataset.defections.length} defection records (${people} people), ${dataset.refusals.length} refusals, ` +
      `${dataset.tallies.length} claimed tallies, ${dataset.events.length} events, ${dataset.parties.length} parties, ` +
      `${dataset.provinces.length} provinces, ${dataset.districts.length} districts, ${dataset.communes.length} communes.`
  );
} else {
  console.log(`· Cambodia's data (the top of data/) not checked: CASES=${process.env.CASES} leaves it out.`);
}
for (const [id, { data }] of cases) {
  if (!data) continue;
  const language = data.meta.languages[0];
  const places = data.meta.levels.map((level) => `${data.places[level.key]?.length ?? 0} ${(level.plural[language] ?? level.key).toLowerCase()}`);
  console.log(
    `✓ case ${id} is valid: ${count(data.people.length, 'person', 'people')}, ${count(data.switches.length, 'switch', 'switches')}, ` +
      `${data.tallies.length} claimed tallies, ${count(data.events.length, 'event')}, ${count(data.parties.length, 'party', 'parties')}, ${places.join(', ')}.`
  );
}
