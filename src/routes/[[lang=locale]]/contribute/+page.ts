// The form's words load with the page, in its language only, before it renders (as the layout loads the rest).
import { localeFromPath } from '$lib/i18n/locale';
import { loadContributeMessages } from '$lib/i18n/messages';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, url }) => ({ ...data, words: await loadContributeMessages(localeFromPath(url.pathname)) });
