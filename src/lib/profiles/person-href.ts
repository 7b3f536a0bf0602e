// The one function every link to a person goes through.
import { personHrefFor } from './person-pages';

/**
 * Whether this build prerenders a page per record. Links are written while pages are prerendered and again in the
 * browser, so both need the answer before any data is loaded: vite.config.ts counts the record files once and
 * defines it for both bundles (the same count the records/[chunk].json entries use, without parsing the dataset).
 */
export const PERSON_PAGES_PRERENDERED: boolean = __PERSON_PAGES_PRERENDERED__;

export function personHref(id: string): string {
  return personHrefFor(id, PERSON_PAGES_PRERENDERED);
}
