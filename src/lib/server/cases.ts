// The cases under data/cases/ for build-time loads, each validated: a data error stops the build with the validator's
// messages, as for data/ itself.
import { formatIssue } from '$lib/data/issues';
import type { CaseData } from '$lib/case/schema';
import { switchRows, type SwitchRow } from '$lib/case/view';
import { readCase, readCases } from './read-case';

export interface BuiltCase {
  data: CaseData;
  rows: SwitchRow[];
}

let cached: Map<string, BuiltCase> | undefined;

export function getCases(): Map<string, BuiltCase> {
  if (cached) return cached;
  const root = process.env.DATA_ROOT ?? process.cwd();
  const cases = new Map<string, BuiltCase>();
  // EXTRA_CASES adds case folders from outside data/cases/ (comma-separated): how a test builds the fictitious case.
  const extra = (process.env.EXTRA_CASES ?? '').split(',').filter(Boolean).map((dir) => [dir.split('/').filter(Boolean).at(-1)!, readCase(dir, root)] as const);
  for (const [id, { data, issues }] of [...readCases(root), ...extra]) {
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
