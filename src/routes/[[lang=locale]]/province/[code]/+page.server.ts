import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getProfileContext } from '$lib/server/profiles';
import type { EntryGenerator } from './$types';

/** All 25 provinces, including those with no record, in both languages. */
export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage(getProfileContext().data.provinces.map((province) => ({ code: province.iso }))));
