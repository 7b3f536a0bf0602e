// The sentence at the top of the dashboard, built from counts: pure, so its wording is tested.
// It says what is shown (the period and every active filter, in words) and what is counted: records confirmed by two
// outlets or reported by one. Disputed records are shown when asked for, never counted nor set against a claim.
import type { FilterState } from '$lib/filters/state';
import { formatDay, formatNumber, listJoin } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';
import type { Status } from '$lib/schema';
import { STATUSES } from '$lib/schema/vocabulary';
import type { DashboardData } from './view-data';
import type { SummaryCounts } from './view';

export interface Summary {
  headline: string;
  countingRule: string;
  /** The counting rule in one line (embeds). */
  shortRule: string;
  claim?: string;
  /** For a view of officials whose posts a tally counts: the counted people as a share of those seats, and its source. */
  seats?: { text: string; outlet: string; url: string };
}

/** The statuses counted as defections; the others are only shown. */
export const COUNTED_STATUSES = (Object.keys(STATUSES) as Status[]).filter((status) => status !== 'disputed');

type SummaryMessages = Pick<Messages, 'dashboard' | 'vocabulary'>;
type SummaryData = Pick<DashboardData, 'claims' | 'waves' | 'provinces' | 'seats'>;

export function summarise(
  counts: SummaryCounts,
  state: FilterState,
  data: SummaryData,
  /** The page's own catalogue (useI18n), in `locale`. */
  messages: SummaryMessages,
  locale: Locale = 'en',
  /** Records left out of a date window because their known span only overlaps it (the view's `datesUncertain`). */
  mayFallInWindow = 0
): Summary {
  const m = messages.dashboard.summary;
  const day = (value: string) => formatDay(value, locale);
  const { records, people, provinces, first, last } = counts;
  const byStatus = counts.byStatus ?? {};
  const disputed = byStatus.disputed ?? 0;
  // The counts are of the counted records when any is shown, else of the disputed ones (see SummaryCounts).
  const countedRecords = COUNTED_STATUSES.reduce((sum, status) => sum + (byStatus[status] ?? 0), 0);
  const countedPeople = countedRecords ? people : 0;
  const wave = data.waves.find((w) => w.id === state.wave);
  const span =
    state.from || state.to
      ? (state.dates === 'overlap' ? m.overlapping : m.between)(state.from ? day(state.from) : m.theStart, state.to ? day(state.to) : m.theLatest) +
        (state.dates === 'within' && mayFallInWindow > 0 ? m.mayFall(mayFallInWindow) : '')
      : first === undefined || last === undefined
        ? ''
        : first === last
          ? m.datedOn(day(first))
          : m.datedFromTo(day(first), day(last));
  const scope = m.scope(scopeOf(state, data, messages, locale));
  const headline =
    records === 0
      ? m.none(scope, span)
      : countedRecords === 0
        ? m.onlyDisputed(scope, records, people, provinces, span)
        : m.headline(
            scope,
            countedRecords,
            COUNTED_STATUSES.filter((status) => byStatus[status]).map((status) => m.statusCount[status](byStatus[status]!)).join(', '),
            countedPeople,
            provinces,
            span
          ) + (disputed ? m.alsoDisputed(disputed) : '');
  const counted = COUNTED_STATUSES.filter((status) => state.status.includes(status));
  const countingRule = counted.length
    ? m.countingRule(orJoin(counted.map((status) => messages.vocabulary.statuses[status].toLowerCase()), messages, locale))
    : m.nothingCounted;
  const shortRule = counted.length ? m.shortRule(orJoin(counted.map((status) => m.statusMeaning[status]), messages, locale)) : m.nothingCountedShort;
  const largestClaim = [...data.claims]
    .filter((claim) => !wave?.end || claim.day <= wave.end)
    .sort((a, b) => b.count - a.count || (a.day < b.day ? 1 : -1))[0];
  // Claims are national totals: the gap is only meaningful against an unfiltered national count of every counted status.
  const national =
    state.province.length === 0 && !state.q && !state.role.length && !state.from && !state.to && !state.reason.length &&
    !state.stance.length && !state.voice.length && !state.fromParty.length && !state.toParty.length && counted.length === COUNTED_STATUSES.length;
  const claim = largestClaim
    ? m.claim(largestClaim.countText, largestClaim.claimedBy, day(largestClaim.day)) +
      (!counted.length ? m.noGapDisputed : national ? m.gap(countedPeople, formatNumber(Math.max(0, largestClaim.count - countedPeople), locale)) : m.noGap)
    : undefined;
  return { headline, countingRule, shortRule, claim, seats: countedRecords ? seatsOf(countedPeople, state, data, messages, locale) : undefined };
}

const orJoin = (items: string[], messages: SummaryMessages, locale: Locale) =>
  items.length > 1 ? `${listJoin(items.slice(0, -1), locale)} ${messages.dashboard.summary.or} ${items.at(-1)}` : (items[0] ?? '');

/** The period and each active filter but the dates (the headline's span names those), in words. */
export function scopeOf(state: FilterState, data: Pick<SummaryData, 'waves' | 'provinces'>, messages: SummaryMessages, locale: Locale): string[] {
  const m = messages.dashboard.summary;
  const vocabulary = messages.vocabulary;
  const or = (items: string[]) => orJoin(items, messages, locale);
  const lower = (label: string) => label.toLowerCase();
  const wave = data.waves.find((w) => w.id === state.wave);
  const parts: string[] = [];
  if (wave) parts.push(locale === 'km' ? (wave.titleKm ?? wave.title) : wave.title);
  if (state.province.length) {
    const names = state.province.map((iso) => data.provinces.find((p) => p.iso === iso)).map((p) => (p ? (locale === 'km' ? p.nameKm : p.name) : ''));
    parts.push(m.inProvinces(or(names.filter(Boolean))));
  }
  if (state.role.length) parts.push(m.roles(or(state.role.map((role) => lower(vocabulary.roles[role])))));
  if (state.fromParty.length) parts.push(m.fromParties(or(state.fromParty)));
  if (state.toParty.length) parts.push(m.toParties(or(state.toParty)));
  if (state.reason.length) parts.push(m.tags(or(state.reason.map((tag) => lower(vocabulary.tags[tag])))));
  if (state.stance.length || state.voice.length) {
    const stances = or(state.stance.map((stance) => lower(vocabulary.stances[stance])));
    parts.push(m.reactions(stances, or(state.voice.map((voice) => lower(messages.dashboard.filters.voices[voice])))));
  }
  if (state.q.trim()) parts.push(m.search(state.q.trim()));
  return parts;
}

/**
 * A view of officials of some roles, nationally, set against the seats a party won in those roles (the narrowest
 * tally covering every chosen role): people who could have defected. None for a province, whose seats are not known.
 */
function seatsOf(people: number, state: FilterState, data: Pick<SummaryData, 'seats'>, messages: SummaryMessages, locale: Locale): Summary['seats'] {
  if (!state.role.length || state.province.length) return undefined;
  const base = data.seats
    .filter((seats) => state.role.every((role) => seats.roles.includes(role)))
    .filter((seats) => !state.fromParty.length || (state.fromParty.length === 1 && state.fromParty[0] === seats.party))
    .sort((a, b) => a.count - b.count)[0];
  if (!base) return undefined;
  const share = Math.round((people / base.count) * 1000) / 10;
  return {
    text: messages.dashboard.summary.seats(people, formatNumber(base.count, locale), share, base.party, formatDay(base.day, locale)),
    outlet: base.outlet,
    url: base.url
  };
}
