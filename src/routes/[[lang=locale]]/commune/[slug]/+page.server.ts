import { error } from '@sveltejs/kit';
import { communeSlug } from '$lib/data/slug';
import { communeProfile } from '$lib/profiles/commune';
import { inEveryLanguage } from '$lib/profiles/entries';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Every one of the 1,646 communes, so anyone can find their own, in both languages. */
export const entries: EntryGenerator = () => inEveryLanguage(getProfileContext().data.communes.map((commune) => ({ slug: communeSlug(commune) })));

export const load: PageServerLoad = ({ params }) => {
  const profile = communeProfile(getProfileContext(), params.slug, params.lang ?? 'en');
  if (!profile) error(404, `No commune has the address “${params.slug}”.`);
  return { profile, locator: locatorFor(profile.province.iso) };
};
