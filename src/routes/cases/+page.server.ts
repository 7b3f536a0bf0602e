import { caseWords } from '$lib/case/words';
import { waveFigure, wavePanels } from '$lib/case/waves-chart';
import { casesOverview } from '$lib/server/case-page';

export function load() {
  const cases = casesOverview();
  // The page of all cases is the site's English page (its address has no Khmer twin).
  const words = caseWords('en');
  return { cases: cases.map((wave) => ({ ...wave, figure: waveFigure(wave, words) })), panels: wavePanels(cases, words) };
}
