// Writes docs/vocabularies.md from the schema's vocabularies and conventions (src/lib/export/vocabularies.ts).
import { writeFileSync } from 'node:fs';
import { VOCABULARIES_DOC, vocabulariesMarkdown } from '../src/lib/export/vocabularies';

writeFileSync(VOCABULARIES_DOC, vocabulariesMarkdown());
console.log(`Wrote ${VOCABULARIES_DOC}.`);
