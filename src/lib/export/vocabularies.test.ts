import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOCABULARIES } from '../schema/vocabulary';
import { VOCABULARIES_DOC, vocabulariesMarkdown } from './vocabularies';

describe('docs/vocabularies.md', () => {
  it('is the text the schema generates (regenerate: npx tsx scripts/write-vocabularies.ts)', () => {
    expect(readFileSync(VOCABULARIES_DOC, 'utf8')).toBe(vocabulariesMarkdown());
  });

  it('defines every code of every vocabulary in one line', () => {
    const markdown = vocabulariesMarkdown();
    for (const vocabulary of Object.values(VOCABULARIES)) {
      for (const [code, term] of Object.entries(vocabulary.terms)) {
        expect(term.description, code).toMatch(/^\S.*\.$/);
        expect(markdown).toContain(`| \`${code}\` | ${term.label} | ${term.description} |`);
      }
    }
    expect(markdown).toContain('| `reported` | Reported | Reported by one outlet only; not yet corroborated. |');
    expect(markdown).toContain('### Dates');
  });
});
