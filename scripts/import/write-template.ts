// `npx tsx scripts/import/write-template.ts`: rewrites data/templates/defections.csv from the column table and a real record.
import { writeFileSync } from 'node:fs';
import { placeIndex } from '../../src/lib/export/columns';
import { TEMPLATE_FILE, toTemplateCsv } from '../../src/lib/export/template';
import { loadDataset } from '../../src/lib/server/read-data';

const { dataset, issues } = loadDataset();
if (issues.length > 0) {
  console.error(`✗ data/ has ${issues.length} problem(s): run npm run validate first.`);
  process.exit(1);
}
writeFileSync(TEMPLATE_FILE, toTemplateCsv(dataset.defections, placeIndex(dataset)));
console.log(`✓ Wrote ${TEMPLATE_FILE}`);
