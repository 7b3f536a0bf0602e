import { communeSlug } from '$lib/data/slug';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { getProfileContext } from '$lib/server/profiles';
import type { EntryGenerator } from './$types';

/** Every one of the 1,646 communes, so anyone can find their own, in both languages. */
export const entries: EntryGenerator = cambodiaEntries(() => inEveryLanguage(getProfileContext().data.communes.map((commune) => ({ slug: communeSlug(commune) }))));
