// `npm run validate [-- <project dir>]`: checks every file in data/ and prints each problem with its fix.
import { formatIssue } from '../src/lib/data/issues';
import { loadDataset } from '../src/lib/server/read-data';

const root = process.argv[2] ?? process.cwd();
const { dataset, issues } = loadDataset(root);

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
