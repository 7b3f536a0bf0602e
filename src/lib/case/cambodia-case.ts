// Cambodia's case identity, data/case.yaml: its title, page title, summary, headline words and place levels, in
// English and Khmer, with the field names of a case's case.yaml (./schema.ts CaseMeta); types by z.infer.
// vite.config.ts imports this (and $lib/server/cambodia-case, which reads the file) to compile the words into both
// bundles, and its config loader resolves neither $lib nor an import without its file extension: so this module imports only files with
// neither, and ./schema.ts's pieces and $lib/schema/common's texts, which do, are not reused. The shapes are the same
// ({ en, km } maps; levels with key, name, plural and parent).
import { CORE_SCHEMA, load } from 'js-yaml';
import { z } from 'zod';
import { fromZodIssues, type ValidationIssue } from '../data/issues.ts';

/** Relative to the project root. */
export const CAMBODIA_CASE_FILE = 'data/case.yaml';

/** Cambodia's interface is in English and Khmer (its catalogues), so every phrase is written in both. */
const Phrase = z.string().trim().min(1);
const Name = z.strictObject({ en: Phrase, km: Phrase });

/** A level of Cambodia's gazetteer: its key is fixed by the place file it names (places/<key>s.csv). */
function level<const Key extends string, const Parent extends string>(key: Key, parent?: Parent) {
  return z.strictObject({
    key: z.literal(key),
    name: Name,
    plural: Name,
    ...(parent ? { parent: z.literal(parent) } : { map: z.literal(true) })
  });
}

export const CambodiaCase = z.strictObject({
  id: z.literal('cambodia-2017'),
  /** The dashboard's heading. */
  title: Name,
  /** The dashboard's <title>, and the case's title on /cases/. */
  page_title: Name,
  /** The dashboard's description. */
  summary: Name,
  languages: z.tuple([z.literal('en'), z.literal('km')]),
  /** Outermost first; the province is the level the map draws and the headline counts. */
  levels: z.tuple([level('province'), level('district', 'province'), level('commune', 'district')]),
  /** The headline's words: "12 sourced defection records (…) covering 15 people in 5 provinces". */
  strings: z.strictObject({ subject: Name, subject_one: Name, records: Name, records_one: Name })
});
export type CambodiaCase = z.infer<typeof CambodiaCase>;

/** What to write, by top-level field (the generic fixes point at src/lib/schema/ and Cambodia's record files). */
const FIX_FOR_FIELD: Record<string, string> = {
  '': `Write ${CAMBODIA_CASE_FILE} as a map with the fields id, title, page_title, summary, languages, levels and strings (see data/README.md).`,
  id: 'Write id: cambodia-2017 (the case’s id on /cases/ and in CASES).',
  title: 'Write title as { en: "…", km: "…" }: the dashboard’s heading in English and Khmer, one line each.',
  page_title: 'Write page_title as { en: "…", km: "…" }: the dashboard’s page title in English and Khmer, one line each.',
  summary: 'Write summary as { en: "…", km: "…" }: the dashboard’s description in English and Khmer.',
  languages: 'Write languages: [en, km]: Cambodia’s pages are in English and Khmer.',
  levels:
    'List the three levels outermost first, keys province, district and commune, each with name and plural as { en: "…", km: "…" }; province has map: true, district parent: province, commune parent: district.',
  strings: 'Give subject, subject_one, records and records_one, each as { en: "…", km: "…" }: the headline’s words for the people and the records.'
};

function withFix(issue: ValidationIssue): ValidationIssue {
  const top = (issue.field ?? '').split(/[.[]/)[0];
  if (issue.found.startsWith('unknown field')) return { ...issue, fix: issue.fix.replace('src/lib/schema/', 'src/lib/case/cambodia-case.ts') };
  return { ...issue, fix: FIX_FOR_FIELD[top] ?? issue.fix };
}

/** The words one language's catalogue needs, so each language's bundle carries its own only. */
export function cambodiaWordsIn(words: CambodiaCase, language: 'en' | 'km') {
  const [map] = words.levels;
  const { subject, subject_one, records, records_one } = words.strings;
  return {
    id: words.id,
    title: words.title[language],
    pageTitle: words.page_title[language],
    summary: words.summary[language],
    subject: subject[language],
    subjectOne: subject_one[language],
    records: records[language],
    recordsOne: records_one[language],
    /** The level the headline counts (the map's). */
    level: { name: map.name[language], plural: map.plural[language] }
  };
}
export type CambodiaWords = ReturnType<typeof cambodiaWordsIn>;

/** The words of a build without Cambodia's pages (CASES): none of them is shown, and data/case.yaml need not exist. */
export const NO_CAMBODIA_WORDS: CambodiaWords = {
  id: 'cambodia-2017',
  title: '',
  pageTitle: '',
  summary: '',
  subject: '',
  subjectOne: '',
  records: '',
  recordsOne: '',
  level: { name: '', plural: '' }
};

export interface CambodiaCaseResult {
  /** Undefined when the file is missing or has any problem. */
  words?: CambodiaCase;
  issues: ValidationIssue[];
}

/** Checks data/case.yaml's text (undefined: the file is missing). Never throws on bad content. */
export function parseCambodiaCase(text: string | undefined, file: string = CAMBODIA_CASE_FILE): CambodiaCaseResult {
  if (text === undefined) {
    return {
      issues: [
        {
          file,
          found: 'no such file',
          expected: 'Cambodia’s case identity: its title, page title, summary, headline words and level names in English and Khmer',
          fix: `Restore ${file} from git (git checkout -- ${file}), or write it as data/README.md describes.`
        }
      ]
    };
  }
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return {
      issues: [
        {
          file,
          line: mark ? mark.line + 1 : undefined,
          found: `YAML syntax error: ${(error as Error).message.split('\n')[0]}`,
          expected: 'valid YAML',
          fix: 'Check indentation, colons and quoting on that line; quote text containing ": " or starting with a special character.'
        }
      ]
    };
  }
  const parsed = CambodiaCase.safeParse(value, { reportInput: true });
  if (parsed.success) return { words: parsed.data, issues: [] };
  return { issues: fromZodIssues(parsed.error.issues, { file }).map(withFix) };
}
