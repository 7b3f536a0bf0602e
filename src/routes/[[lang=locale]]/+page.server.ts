import { redirect } from '@sveltejs/kit';
import { toDashboardData } from '$lib/dashboard/view-data';
import { currentExportMeta } from '$lib/export/files.server';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { casesOverview } from '$lib/server/case-page';
import { casesHome } from '$lib/server/cases';
import { buildsCambodia, CAMBODIA } from '$lib/server/case-selection.js';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';
import { caseWords } from '$lib/case/words';
import { formatNumber } from '$lib/format';
import type { WaveOverview } from '$lib/server/case-page';
import type { EntryGenerator } from './$types';

// The other cases' pages are in English, and so is their figure here, as their card on /cases/ words it.
const words = caseWords('en');
const figureOf = ({ counted, unit, seats }: WaveOverview) =>
  words.overview.counted(`${formatNumber(counted, 'en')} ${unit}`) +
  (seats ? `: ${words.overview.shareOfSeats(words.percent((counted / seats.count) * 100), formatNumber(seats.count, 'en'), seats.what.replace(/\.$/, ''))}` : '');

export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage([{}]));

export function load() {
  // A build of other cases alone (CASES) has no Cambodian dashboard: its home leads to its case, or to the list of cases.
  if (!buildsCambodia()) redirect(307, casesHome());
  const data = getDataset();
  // When the data last changed: the date every export carries (the newest changelog entry).
  return {
    ...toDashboardData(data, getDashboardRows()),
    mapShapes: dashboardMapShapes(),
    dataAsOf: currentExportMeta(data).generated,
    // The home page lists every wave the site tracks, this one first.
    otherCases: casesOverview()
      .filter((wave) => wave.id !== CAMBODIA)
      .map((wave) => ({ href: wave.href, title: wave.title, figure: figureOf(wave) }))
  };
}
