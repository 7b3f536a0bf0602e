// Labels for the controlled vocabularies in English: they live with the vocabularies themselves.
import { DATE_PRECISIONS, REASON_TAGS, ROLES, STANCES, STATUSES } from '$lib/schema/vocabulary';

type Labels<T> = { [K in keyof T]: string };

const label = <T extends Record<string, string | { label: string }>>(vocabulary: T): Labels<T> =>
  Object.fromEntries(Object.entries(vocabulary).map(([code, value]) => [code, typeof value === 'string' ? value : value.label])) as Labels<T>;

export const en = {
  roles: label(ROLES),
  tags: label(REASON_TAGS),
  stances: label(STANCES),
  statuses: label(STATUSES),
  precisions: label(DATE_PRECISIONS)
};
