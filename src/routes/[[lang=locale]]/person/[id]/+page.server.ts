import { error } from '@sveltejs/kit';
import { correctionLink } from '$lib/corrections';
import { personProfile } from '$lib/profiles/person';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import { SITE } from '$lib/site';
import { absoluteUrl } from '$lib/site-origin';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per defection record and per refusal (ids are unique across both). */
export const entries: EntryGenerator = () => {
  const { data } = getProfileContext();
  return [...data.defections, ...data.refusals].map((record) => ({ id: record.id }));
};

export const load: PageServerLoad = ({ params }) => {
  const permalink = absoluteUrl(`/person/${params.id}/`);
  const profile = personProfile(getProfileContext(), params.id, { siteName: SITE.name, permalink });
  if (!profile) error(404, `No record has the id “${params.id}”.`);
  const iso = profile.record.place.province?.iso;
  return { profile, permalink, correctionUrl: correctionLink(params.id, permalink), locator: iso ? locatorFor(iso) : undefined };
};
