// The sentence at the top of the dashboard, built from counts: pure, so its wording is tested.
import type { FilterState } from '$lib/filters/state';
import { formatDay, formatNumber, listJoin } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';
import type { DashboardData } from './view-data';
import type { SummaryCounts } from './view';

export interface Summary {
  headline: string;
  countingRule: string;
  claim?: string;
}

export function summarise(
  counts: SummaryCounts,
  state: FilterState,
  data: Pick<DashboardData, 'claims' | 'waves'>,
  /** The page's own catalogue (useI18n), in `locale`. */
  messages: Pick<Messages, 'dashboard' | 'vocabulary'>,
  locale: Locale = 'en'
): Summary {
  const m = messages.dashboard.summary;
  const statusLabels = messages.vocabulary.statuses;
  const day = (value: string) => formatDay(value, locale);
  const { records, people, provinces, first, last } = counts;
  const wave = data.waves.find((w) => w.id === state.wave);
  const span =
    state.from || state.to
      ? m.between(state.from ? day(state.from) : m.theStart, state.to ? day(state.to) : m.theLatest)
      : first === undefined || last === undefined
        ? ''
        : first === last
          ? m.datedOn(day(first))
          : m.datedFromTo(day(first), day(last));
  const headline = records === 0 ? m.none : m.headline(wave && (locale === 'km' ? (wave.titleKm ?? wave.title) : wave.title), records, people, provinces, span);
  const levels = state.statuses.map((status) => statusLabels[status].toLowerCase());
  const joinedLevels = levels.length > 1 ? `${listJoin(levels.slice(0, -1), locale)} ${m.or} ${levels.at(-1)}` : (levels[0] ?? '');
  const largestClaim = [...data.claims]
    .filter((claim) => !wave?.end || claim.day <= wave.end)
    .sort((a, b) => b.count - a.count || (a.day < b.day ? 1 : -1))[0];
  // Claims are national totals: the gap is only meaningful against an unfiltered national count.
  const national =
    state.provinces.length === 0 && !state.q && !state.roles.length && !state.from && !state.to && !state.tags.length &&
    !state.stances.length && !state.fromParties.length && !state.toParties.length;
  const claim = largestClaim
    ? m.claim(largestClaim.countText, largestClaim.claimedBy, day(largestClaim.day)) +
      (national ? m.gap(people, formatNumber(Math.max(0, largestClaim.count - people), locale)) : m.noGap)
    : undefined;
  return { headline, countingRule: m.countingRule(joinedLevels), claim };
}
