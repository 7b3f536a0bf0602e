// The English catalogue every page loads: site chrome, dashboard, vocabularies, and the pages section's site-wide words.
// The profile pages' words (pages.en.ts) load on top of it, only where they are shown (see ../load.ts).
import { en as common } from './common.en';
import { en as dashboard } from './dashboard.en';
import { en as sitePages } from './site-pages.en';
import { en as vocabulary } from './vocabulary.en';

export const en = { ...common, dashboard, pages: sitePages, vocabulary };
