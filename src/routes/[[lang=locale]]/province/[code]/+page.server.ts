import { error } from '@sveltejs/kit';
import { inEveryLanguage } from '$lib/profiles/entries';
import { provinceProfile } from '$lib/profiles/province';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import type { EntryGenerator, PageServerLoad } from './$types';

/** All 25 provinces, including those with no record, in both languages. */
export const entries: EntryGenerator = () => inEveryLanguage(getProfileContext().data.provinces.map((province) => ({ code: province.iso })));

export const load: PageServerLoad = ({ params }) => {
  const profile = provinceProfile(getProfileContext(), params.code, params.lang ?? 'en');
  if (!profile) error(404, `No province has the code “${params.code}”.`);
  return { profile, locator: locatorFor(profile.province.iso) };
};
