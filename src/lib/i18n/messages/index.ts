// The message catalogue: English is the reference; the Khmer catalogue must have the same shape (type-checked).
// Each language loads on its own, so a page never carries the other language's words, and the profile pages' words
// (pages.en.ts, pages.km.ts: most of the catalogue) load only on the routes that show them. The root layout's load
// awaits loadMessages before anything renders, so no text is ever missing on hydration.
import { LOCALES, type Locale } from '../locale';
import type { en as base } from './en';
import type { en as pages } from './pages.en';
import type { ContributeMessages } from './contribute.en';

type Base = typeof base;
export type Messages = Omit<Base, 'pages'> & { pages: typeof pages };

const LOAD_BASE: Record<Locale, () => Promise<Base>> = {
  en: () => import('./en').then((module) => module.en),
  km: () => import('./km').then((module) => module.km)
};
const LOAD_PAGES: Record<Locale, () => Promise<Messages['pages']>> = {
  en: () => import('./pages.en').then((module) => module.en),
  km: () => import('./pages.km').then((module) => module.km)
};

const LOAD_CONTRIBUTE: Record<Locale, () => Promise<ContributeMessages>> = {
  en: () => import('./contribute.en').then((module) => module.en),
  km: () => import('./contribute.km').then((module) => module.km)
};

/** The /contribute/ form's words (contribute.en.ts, contribute.km.ts): only that page loads them, from its own load. */
export function loadContributeMessages(locale: Locale): Promise<ContributeMessages> {
  return LOAD_CONTRIBUTE[locale]();
}

/**
 * Every catalogue loaded so far, for code that runs once the layout has loaded (the dashboard's summary, search
 * results) and for the profile builders on the server, where both languages are loaded in full up front.
 */
export const MESSAGES = {} as Record<Locale, Messages>;
const withPages = new Set<Locale>();

/** The dashboard and the embeds show none of the profile pages' words. */
export function needsPageWords(routeId: string | null): boolean {
  return !(routeId === '/[[lang=locale]]' || routeId?.startsWith('/[[lang=locale]]/embed/'));
}

export async function loadMessages(locale: Locale, pageWords = true): Promise<Messages> {
  if (withPages.has(locale) || (!pageWords && MESSAGES[locale])) return MESSAGES[locale];
  const [loaded, loadedPages] = await Promise.all([LOAD_BASE[locale](), pageWords ? LOAD_PAGES[locale]() : undefined]);
  // Without the profile pages' words, `pages` holds the site-wide ones only (search box, error pages): the routes
  // that skip them (needsPageWords) read nothing else from it.
  MESSAGES[locale] = { ...loaded, pages: loadedPages ?? (loaded.pages as Messages['pages']) };
  if (loadedPages) withPages.add(locale);
  return MESSAGES[locale];
}

// Prerendering builds every page in both languages, and the profile builders read MESSAGES synchronously.
if (import.meta.env.SSR) await Promise.all(LOCALES.map((locale) => loadMessages(locale)));
