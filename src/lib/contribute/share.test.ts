// What leaves the form: a CSV the importer reads back into the same record, and links that carry it, built only
// from the configured addresses.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/csv/csv';
import { SHEET_COLUMNS } from '$lib/export/template-sheet';
import { readSiteConfig } from '$lib/site-config';
import type { Defection } from '$lib/schema';
import { contributionCsv, contributionFileName, newFileLink, sendLink } from './share';

const record = {
  id: 'example-person',
  wave: 'win-win-2017',
  person: { name: 'Example Person', romanisation_tentative: false, other_spellings: [] },
  people: 1,
  role: 'commune-councillor',
  role_in_source: 'commune councillor',
  place: { province: '03', district: '0306', commune: '030613' },
  date: { value: '2017-11-03', precision: 'day' },
  from_party: 'CNRP',
  to_party: 'CPP',
  reason: { tags: [] },
  reactions: [{ voice: 'constituent', stance: 'critical', quote: '=1+1, he said', source: 0 }],
  sources: [{ outlet: 'Example Daily', url: 'https://example.org/news/1', language: 'en' }],
  status: 'reported'
} as Defection;
const places = {
  provinces: [{ code: '03', iso: 'KH-3', name: 'Kampong Cham', name_km: 'កំពង់ចាម', unit: 'Province', aliases: [], shown_with: undefined }],
  districts: [{ code: '0306', province: '03', name: 'Kampong Siem', name_km: 'កំពង់សៀម', unit: 'District', aliases: [] }],
  communes: [{ code: '030613', district: '0306', name: 'Srak', name_km: 'ស្រក', unit: 'Commune', aliases: [] }]
};

describe('the contribution file', () => {
  it('is one row of the spreadsheet template, place names written beside the codes, a formula-like text guarded', () => {
    const [header, row, ...rest] = parseCsv(contributionCsv(record, places));
    expect(header).toEqual(SHEET_COLUMNS.map((column) => column.name));
    expect(rest).toEqual([]);
    const cell = (name: string) => row[header.indexOf(name)];
    expect([cell('id'), cell('commune'), cell('commune_name'), cell('source_1_url'), cell('reaction_1_source')]).toEqual(['example-person', '030613', 'Srak', 'https://example.org/news/1', '1']);
    expect(cell('reaction_1_quote')).toBe("'=1+1, he said");
    expect(contributionFileName(record)).toBe('contribution-example-person.csv');
  });
});

describe('the links', () => {
  it('open GitHub’s new-file page on the configured repository and branch, with the file filled in', () => {
    const url = new URL(newFileLink('https://github.com/newsroom/tracker', 'contribution-x.csv', 'a,b\n1,2\n'));
    expect(url.origin + url.pathname).toBe('https://github.com/newsroom/tracker/new/HEAD');
    expect(url.searchParams.get('filename')).toBe('contributions/contribution-x.csv');
    expect(url.searchParams.get('value')).toBe('a,b\n1,2\n');
    expect(new URL(newFileLink('https://github.com/newsroom/tracker/tree/data', 'x.csv', '')).pathname).toBe('/newsroom/tracker/new/data');
  });

  it('write the record into a message to the corrections address: mailto subject and body, or an issue’s title and body', () => {
    const mail = sendLink('mailto:editors@example.org', record, 'a,b\n');
    expect(mail.startsWith('mailto:editors@example.org?subject=New%20record%3A%20example-person&body=')).toBe(true);
    expect(decodeURIComponent(mail.split('body=')[1])).toContain('a,b\n');
    const issue = new URL(sendLink('https://github.com/newsroom/tracker/issues/new', record, 'a,b\n'));
    expect(issue.searchParams.get('title')).toBe('New record: example-person');
    expect(issue.searchParams.get('body')).toContain('```csv\na,b\n```');
  });

  it('come only from a GitHub repository address; anything else is ignored with a warning', () => {
    expect(readSiteConfig({ PUBLIC_REPOSITORY_URL: 'https://github.com/newsroom/tracker/' }).repositoryUrl).toBe('https://github.com/newsroom/tracker');
    expect(readSiteConfig({}).repositoryUrl).toBeNull();
    const bad = readSiteConfig({ PUBLIC_REPOSITORY_URL: 'javascript:alert(1)' });
    expect(bad.repositoryUrl).toBeNull();
    expect(bad.warnings.join('\n')).toContain('PUBLIC_REPOSITORY_URL');
  });
});
