// The Khmer catalogue every page loads: the same shape as en.ts (type-checked), from the Khmer half of each section.
import { km as common } from './common.km';
import { km as dashboard } from './dashboard.km';
import type { en } from './en';
import { km as sitePages } from './site-pages.km';
import { km as vocabulary } from './vocabulary.km';

export const km: typeof en = { ...common, dashboard, pages: sitePages, vocabulary };
