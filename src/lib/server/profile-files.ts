// The profile.json files of commune and province pages (see $lib/profiles/page-data), as text.
import type { Locale } from '$lib/i18n/locale';
import { communeProfile, type CommunePage } from '$lib/profiles/commune';
import type { ProfileContext } from '$lib/profiles/context';
import { provinceProfile, type ProvincePage } from '$lib/profiles/province';
import { locatorFor } from './geo';

/** Undefined for an unknown commune. */
export function communePageFile(ctx: ProfileContext, slug: string, locale: Locale): string | undefined {
  const profile = communeProfile(ctx, slug, locale);
  return profile && JSON.stringify({ profile, locator: locatorFor(profile.province.iso) } satisfies CommunePage);
}

/** Undefined for an unknown province. */
export function provincePageFile(ctx: ProfileContext, iso: string, locale: Locale): string | undefined {
  const profile = provinceProfile(ctx, iso, locale);
  return profile && JSON.stringify({ profile, locator: locatorFor(profile.province.iso) } satisfies ProvincePage);
}
