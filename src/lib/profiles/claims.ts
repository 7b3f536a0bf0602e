// Claimed tallies that concern a province: kept apart from records, because a claim is not a count of named people.
import { partialDateInterval } from '$lib/data/dates';
import { foldDiacritics } from '$lib/data/slug';
import { formatPartialDate } from '$lib/format';
import type { Locale } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import type { Province, Tally } from '$lib/schema';

export interface ClaimSummary {
  id: string;
  date: string;
  day: string;
  countText: string;
  what: string;
  claimedBy: string;
  claimantKind: string;
  sources: { outlet: string; url: string }[];
}

function folded(text: string): string {
  return foldDiacritics(text).toLowerCase();
}

/** True when the tally is filed under the province, or its wording names the province (or one of its spellings). */
export function tallyMentions(tally: Tally, province: Province): boolean {
  if (tally.province) return tally.province === province.code;
  const text = folded(`${tally.what} ${tally.notes ?? ''}`);
  return [province.name, ...province.aliases].some((name) => new RegExp(`\\b${folded(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
}

export function summariseClaim(tally: Tally, locale: Locale = 'en'): ClaimSummary {
  return {
    id: tally.id,
    date: formatPartialDate(tally.date, 'day', locale),
    day: partialDateInterval(tally.date).start,
    countText: tally.count_text,
    what: tally.what,
    claimedBy: tally.claimed_by,
    claimantKind: MESSAGES[locale].pages.vocabulary.claimantKinds[tally.claimant_kind],
    sources: tally.sources.map(({ outlet, url }) => ({ outlet, url }))
  };
}

export function claimsAbout(tallies: readonly Tally[], province: Province, locale: Locale = 'en'): ClaimSummary[] {
  return tallies
    .filter((tally) => tallyMentions(tally, province))
    .map((tally) => summariseClaim(tally, locale))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
