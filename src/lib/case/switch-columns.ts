// The columns of a case's switches.csv: name, type, description and how each is written from a switch. Kept apart from
// ./exports (which needs the build's site settings) so the per-case import (scripts/import/case-plan.ts) reads the same
// columns as the export writes.
import { joinList, LIST_JOINER } from '$lib/export/columns';
import { codesOf } from '$lib/schema/vocabulary';
import type { CaseData, CasePlace, CaseSource, Switch } from './schema';
import { textOf, type SwitchRow } from './view';
import { CASE_STATUSES, SWITCH_HOWS } from './vocabulary';

/** Only web links leave the site (the schema already refuses others; this holds if a file is built from unchecked data). */
export const isWebUrl = (url: string) => /^https?:\/\/[^\s]/i.test(url);
export const webSources = (sources: readonly CaseSource[]) => sources.filter((source) => isWebUrl(source.url));

export interface CaseColumn {
  name: string;
  type: 'string' | 'date' | 'boolean' | 'integer';
  description: string;
  required?: boolean;
  pattern?: string;
  values?: readonly string[];
  write: (row: SwitchRow, record: Switch, index: CaseIndex) => string;
}

export interface CaseIndex {
  parties: Map<string, string>;
  /** level key → code → place. */
  places: Map<string, Map<string, CasePlace>>;
}

export function caseIndexOf(data: CaseData): CaseIndex {
  return {
    parties: new Map(data.parties.map((party) => [party.code, party.name])),
    places: new Map(data.meta.levels.map((level) => [level.key, new Map((data.places[level.key] ?? []).map((place) => [place.code, place]))]))
  };
}

const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
/** How switches.csv writes its boolean column (`counted`), as its data package declares. */
export const YES = 'yes';
export const NO = 'no';

/** The columns of switches.csv: fixed ones, with one code and one name column per place level the case declares. */
export function caseColumns(data: CaseData): CaseColumn[] {
  const parties = data.parties.map((party) => party.code);
  const levelColumns = data.meta.levels.flatMap((level): CaseColumn[] => {
    const name = textOf(level.name, data.meta);
    return [
      { name: level.key, type: 'string', description: `${name}: the code of the ${name.toLowerCase()} of the seat held while switching (places/${level.key}s.csv); empty when the seat has none.`, write: (row) => row.places[level.key] ?? '' },
      { name: `${level.key}_name`, type: 'string', description: `${name}: its name.`, write: (row, _record, index) => index.places.get(level.key)?.get(row.places[level.key] ?? '')?.name ?? '' }
    ];
  });
  return [
    { name: 'id', type: 'string', required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Switch id: <person>-<left date>, also the file name in switches/ and the anchor on the person’s page.', write: (row) => row.id },
    { name: 'person', type: 'string', required: true, description: 'Person id: the file name in people/ and the person page’s address.', write: (row) => row.person },
    { name: 'name', type: 'string', required: true, description: 'The person’s name as sources write it, honorifics dropped.', write: (row) => row.name },
    { name: 'office', type: 'string', required: true, values: data.meta.offices.map((office) => office.id), description: `The office of the mandate held while switching: ${data.meta.offices.map((office) => `${office.id} (${textOf(office.name, data.meta)})`).join(', ')}.`, write: (row) => row.office },
    ...levelColumns,
    { name: 'from_party', type: 'string', required: true, values: parties, description: 'The party left: a code from parties.yaml.', write: (row) => row.from },
    { name: 'from_party_name', type: 'string', description: 'The party left: its name.', write: (row, _record, index) => index.parties.get(row.from) ?? '' },
    { name: 'to_party', type: 'string', values: parties, description: 'The party joined (IND: sat as an independent); empty while the destination is unknown.', write: (row) => row.to ?? '' },
    { name: 'to_party_name', type: 'string', description: 'The party joined: its name.', write: (row, _record, index) => (row.to ? (index.parties.get(row.to) ?? '') : '') },
    { name: 'how', type: 'string', required: true, values: codesOf(SWITCH_HOWS), description: `How the leaving came about: ${codesOf(SWITCH_HOWS).join(', ')}.`, write: (_row, record) => record.left.how },
    { name: 'left_date', type: 'string', pattern: PARTIAL_DATE_PATTERN, description: 'The day the person left, as sources give it: YYYY-MM-DD, YYYY-MM or YYYY; empty for precision range or unknown.', write: (_row, record) => record.left.date.value ?? '' },
    { name: 'left_date_precision', type: 'string', required: true, description: 'day, approximate, month, year, range (see the first and last possible days) or unknown.', write: (_row, record) => record.left.date.precision },
    { name: 'left_first_day', type: 'date', description: 'The first day the leaving can have happened on (YYYY-MM-DD); empty when unbounded.', write: (row) => row.left.start ?? '' },
    { name: 'left_last_day', type: 'date', description: 'The last day the leaving can have happened on (YYYY-MM-DD); empty when unbounded.', write: (row) => row.left.end ?? '' },
    { name: 'joined_date', type: 'string', pattern: PARTIAL_DATE_PATTERN, description: 'The day the person joined to_party, as sources give it; empty while unknown.', write: (_row, record) => record.joined?.date.value ?? '' },
    { name: 'joined_date_precision', type: 'string', description: 'The joining date’s precision; empty when nothing is known of the joining.', write: (_row, record) => record.joined?.date.precision ?? '' },
    { name: 'joined_first_day', type: 'date', description: 'The first day the joining can have happened on.', write: (row) => row.joined?.start ?? '' },
    { name: 'joined_last_day', type: 'date', description: 'The last day the joining can have happened on.', write: (row) => row.joined?.end ?? '' },
    { name: 'status', type: 'string', required: true, values: codesOf(CASE_STATUSES), description: `How sure the switch is: ${codesOf(CASE_STATUSES).join(', ')}.`, write: (row) => row.status },
    { name: 'counted', type: 'boolean', required: true, description: `"yes" when the case’s headline counts this switch (its status is one of ${data.meta.counting.statuses.join(', ')}), else "no".`, write: (row) => (row.counted ? YES : NO) },
    { name: 'reason_summary', type: 'string', description: 'The reason given, in our words.', write: (_row, record) => record.reason.summary ?? '' },
    { name: 'reason_quote', type: 'string', description: 'A short verbatim quote giving the reason.', write: (_row, record) => record.reason.quote?.text ?? '' },
    { name: 'reason_quote_speaker', type: 'string', description: 'Who said the quote.', write: (_row, record) => record.reason.quote?.speaker ?? '' },
    { name: 'sources', type: 'string', required: true, description: `The sources’ addresses, separated by "${LIST_JOINER}" (a JSON list if an address holds "|"); outlets and titles are in case.json.`, write: (_row, record) => joinList(webSources(record.sources).map((source) => source.url)) }
  ];
}
