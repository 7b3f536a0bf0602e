// The cases under data/cases/ for build-time loads, each validated: a data error stops the build with the validator's
// messages, as for data/ itself.
import { formatIssue } from '$lib/data/issues';
import type { CaseData } from '$lib/case/schema';
import { switchRows, type SwitchRow } from '$lib/case/view';
import { caseFolders, caseIdOf, selectedCases } from './case-selection.js';
import { readCase } from './read-case';

export interface BuiltCase {
  data: CaseData;
  rows: SwitchRow[];
}

let cached: Map<string, BuiltCase> | undefined;

export function getCases(): Map<string, BuiltCase> {
  if (cached) return cached;
  const root = process.env.DATA_ROOT ?? process.cwd();
  const cases = new Map<string, BuiltCase>();
  // Only the cases this build makes (CASES): a fork's build reads, and so checks, no other case's folder.
  const selected = new Set(selectedCases());
  const folders = caseFolders().filter((folder) => selected.has(caseIdOf(folder)));
  for (const [id, { data, issues }] of folders.map((folder) => [caseIdOf(folder), readCase(folder, root)] as const)) {
    if (issues.length > 0 || !data) {
      throw new Error(`data/cases/${id} has ${issues.length} problem(s); run npm run validate.\n\n${issues.map(formatIssue).join('\n\n')}`);
    }
    cases.set(id, { data, rows: switchRows(data) });
  }
  return (cached = cases);
}

export function getCase(id: string): BuiltCase | undefined {
  return getCases().get(id);
}

/** Where a site without Cambodia's dashboard starts: its one case's dashboard, or the list of its cases. */
export function casesHome(): string {
  const ids = [...getCases().keys()];
  return ids.length === 1 ? `/cases/${ids[0]}/` : '/cases/';
}
