// `npx tsx scripts/import/write-template.ts`: rewrites the import templates (data/templates/defections.csv, and the
// spreadsheet template and codes sheet in docs/templates/) from the column table, the vocabularies and a real record.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { templateFiles } from '../../src/lib/export/template';
import { loadDataset } from '../../src/lib/server/read-data';

const { dataset, issues } = loadDataset();
if (issues.length > 0) {
  console.error(`✗ data/ has ${issues.length} problem(s): run npm run validate first.`);
  process.exit(1);
}
for (const { file, text } of templateFiles(dataset)) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`✓ Wrote ${file}`);
}
