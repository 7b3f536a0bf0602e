import { error } from '@sveltejs/kit';
import { correctionLink } from '$lib/corrections';
import { currentExportMeta } from '$lib/export/files.server';
import { localizeHref } from '$lib/i18n/locale';
import { MESSAGES } from '$lib/i18n/messages';
import { cambodiaEntries, inEveryLanguage } from '$lib/profiles/entries';
import { PERSON_PAGES_PRERENDERED, personHref } from '$lib/profiles/person-href';
import { personLookups } from '$lib/profiles/person-lookup';
import { personProfile } from '$lib/profiles/person';
import { getProfileContext } from '$lib/server/profiles';
import { locatorFor, type Locator } from '$lib/server/geo';
import { absoluteUrl } from '$lib/site';
import type { EntryGenerator, PageServerLoad } from './$types';

/**
 * /person/ (no id) in every build: it renders /person/?id=<id> in the browser from the record's chunk. A page per
 * record (ids are unique across defections and refusals) only while the dataset is small (see $lib/profiles/person-pages);
 * above that, nothing links to /person/<id>/ and the dataset is not even loaded here.
 */
export const entries: EntryGenerator = cambodiaEntries(() => {
  if (!PERSON_PAGES_PRERENDERED) return inEveryLanguage([{}]);
  const { data } = getProfileContext();
  return inEveryLanguage([{}, ...[...data.defections, ...data.refusals].map((record) => ({ id: record.id }))]);
});

export const load: PageServerLoad = ({ params }) => {
  const locale = params.lang ?? 'en';
  const ctx = getProfileContext();
  const dataAsOf = currentExportMeta(ctx.data).generated;
  if (params.id === undefined) {
    const lookups = personLookups(ctx.data);
    const locators: Record<string, Locator> = {};
    for (const { iso } of lookups.places.provinces) {
      const locator = locatorFor(iso);
      if (locator) locators[iso] = locator;
    }
    return { lookups, locators, dataAsOf };
  }
  const permalink = absoluteUrl(localizeHref(personHref(params.id), locale));
  const profile = personProfile(ctx, params.id, { siteName: MESSAGES[locale].siteName, permalink, locale });
  if (!profile) error(404, `No record has the id “${params.id}”.`);
  const iso = profile.record.place.province?.iso;
  return { profile, permalink, correctionUrl: correctionLink(params.id, permalink), dataAsOf, locator: iso ? locatorFor(iso) : undefined };
};
