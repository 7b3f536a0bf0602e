import { error } from '@sveltejs/kit';
import { correctionLink } from '$lib/corrections';
import { localizeHref } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import { inEveryLanguage } from '$lib/profiles/entries';
import { personProfile } from '$lib/profiles/person';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor } from '$lib/server/geo';
import { absoluteUrl } from '$lib/site-origin';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per defection record and per refusal (ids are unique across both), in both languages. */
export const entries: EntryGenerator = () => {
  const { data } = getProfileContext();
  return inEveryLanguage([...data.defections, ...data.refusals].map((record) => ({ id: record.id })));
};

export const load: PageServerLoad = ({ params }) => {
  const locale = params.lang ?? 'en';
  const permalink = absoluteUrl(localizeHref(`/person/${params.id}/`, locale));
  const profile = personProfile(getProfileContext(), params.id, { siteName: MESSAGES[locale].siteName, permalink, locale });
  if (!profile) error(404, `No record has the id “${params.id}”.`);
  const iso = profile.record.place.province?.iso;
  return { profile, permalink, correctionUrl: correctionLink(params.id, permalink), locator: iso ? locatorFor(iso) : undefined };
};
