// How records write dates, ages and groups: the rules the schema cannot say on its own, documented beside the
// vocabularies (the /data/ page and docs/vocabularies.md). `code` marks field names, as in the catalogues.

export interface Convention {
  title: string;
  /** One rule per line. */
  rules: string[];
}

export const CONVENTIONS = {
  dates: {
    title: 'Dates',
    rules: [
      '`date` is the day of the defection itself (the event), not the day it was reported; each source’s own date goes in its `published`.',
      'When a source gives only the date of its report, work the day out if its words allow (“on Saturday” in a Monday article: precision `day`); otherwise give the report date with precision `approximate` and `not_after` set to it.',
      '`not_before` and `not_after` are the earliest and latest possible days (YYYY-MM-DD) when sources bound the date; precision `range` needs at least one of them, and no `value`.',
      'The site reads every date as the days it allows (a month is all its days), narrowed by `not_before` and `not_after`.',
      '`date.note` says how the date was established; it is required when there is no `value`.'
    ]
  },
  ages: {
    title: 'Ages',
    rules: [
      '`person.age.years` is the age a source gives, never one we work out; leave it out when no source gives one.',
      '`person.age.as_of` is when the source gave that age, usually its publication date (YYYY, YYYY-MM or YYYY-MM-DD), so readers know when the age applied.'
    ]
  },
  groups: {
    title: 'Group records',
    rules: [
      'One record may stand for several people a source counts together: `people` is their number (1 for one person).',
      '`person` then holds the one member the source names, if any, and the age is that person’s; `notes` say who the group is and, when the source mixes roles, which role is shown.',
      'A group counts once as a record and as its `people` in the people count.'
    ]
  }
} as const satisfies Record<string, Convention>;

export type ConventionKey = keyof typeof CONVENTIONS;
