import { redirect } from '@sveltejs/kit';
import { toDashboardData } from '$lib/dashboard/view-data';
import { currentExportMeta } from '$lib/export/files.server';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { wavesSideBySide } from '$lib/server/case-page';
import { casesHome } from '$lib/server/cases';
import { CAMBODIA } from '$lib/server/case-selection.js';
import { getDashboardRows, getDataset } from '$lib/server/dataset';
import { dashboardMapShapes } from '$lib/server/geo';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage([{}]));

// The other cases' pages are in English, and so is what the home page says of them, as /cases/ words it.
function homeCases() {
  const { waves, panels, intro, daysAxis } = wavesSideBySide();
  const others = waves.filter((wave) => wave.id !== CAMBODIA);
  return {
    otherCases: others.map((wave) => ({ href: wave.href, title: wave.title, figure: wave.figure.text })),
    sideBySide: others.length > 0 ? { intro, daysAxis, panels } : undefined
  };
}

export function load() {
  // A build of other cases alone (CASES) has no Cambodian dashboard: its home leads to its case, or to the list of cases.
  if (!__CAMBODIA_BUILT__) redirect(307, casesHome());
  const data = getDataset();
  // When the data last changed: the date every export carries (the newest changelog entry).
  return {
    ...toDashboardData(data, getDashboardRows()),
    mapShapes: dashboardMapShapes(),
    dataAsOf: currentExportMeta(data).generated,
    // The home page lists every wave the site tracks, this one first, and sets them side by side.
    ...homeCases()
  };
}
