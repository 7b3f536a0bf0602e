import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/csv/csv';
import { loadDataset } from '$lib/server/read-data';
import { SITE } from '$lib/site';
import { viewFile } from './download';
import { viewFileBase } from './view-names';
import { toJsonExport, type JsonExport } from './json';
import { exportMeta } from './meta';

const PROVINCES: Record<string, string> = { 'KH-6': 'Kampong Thom', 'KH-3': 'Kampong Cham', 'KH-17': 'Siem Reap' };
const name = (iso: string) => PROVINCES[iso];

describe('viewFileBase: a download is named after its filters', () => {
  it('names provinces, then the date window as two days', () => {
    expect(viewFileBase(new URLSearchParams('province=KH-6&from=2017-10-20&to=2017-10-31'), name)).toBe('defections_province-kampong-thom_2017-10-20_2017-10-31');
  });

  it('names a window open at one end by the end it has', () => {
    expect(viewFileBase(new URLSearchParams('from=2017-10-20'), name)).toBe('defections_from-2017-10-20');
    expect(viewFileBase(new URLSearchParams('to=2017-10-31'), name)).toBe('defections_to-2017-10-31');
  });

  it('names every other filter as parameter and value, leaves the sort order out, and says when there is none', () => {
    expect(viewFileBase(new URLSearchParams('province=KH-3,KH-17&role=commune_chief&from_party=CNRP&status=disputed&wave=all&q=Chen Choy&sort=-name'), name)).toBe(
      'defections_province-kampong-cham-siem-reap_role-commune-chief_from-party-cnrp_status-disputed_wave-all_search-chen-choy'
    );
    expect(viewFileBase(new URLSearchParams('sort=name'), name)).toBe('defections_default-view');
    expect(viewFileBase(new URLSearchParams('q=ឧត្តរមានជ័យ'), name)).toBe('defections_search-text');
  });

  it('keeps names short enough for any file system', () => {
    expect(viewFileBase(new URLSearchParams(`q=${'long '.repeat(60)}`), name).length).toBeLessThanOrEqual(120);
  });
});

describe('viewFile: what a downloaded view carries', () => {
  let document: JsonExport;
  const view = { params: new URLSearchParams('province=KH-6&from=2017-10-20&to=2017-10-31'), url: `${SITE.origin}/?province=KH-6&from=2017-10-20&to=2017-10-31` };
  beforeAll(() => {
    const data = loadDataset().dataset;
    document = JSON.parse(JSON.stringify(toJsonExport(data, exportMeta(data.changes)))) as JsonExport;
  });

  it('a CSV that is a table from its first line: the header, then one row per record', () => {
    const ids = document.defections.slice(0, 2).map((record) => record.id);
    const csv = viewFile(document, ids, 'csv', view);
    expect(csv.name).toBe('defections_province-kampong-thom_2017-10-20_2017-10-31.csv');
    expect(csv.body.startsWith('id,')).toBe(true);
    expect(csv.body).not.toMatch(/^#/m);
    expect(parseCsv(csv.body).slice(1).map((row) => row[0])).toEqual(ids);
  });

  it('beside it, "about this file": the view, its filters, the counting rule, the date of the data, licence and citation', () => {
    const about = viewFile(document, [document.defections[0].id], 'about', view);
    expect(about.name).toBe('defections_province-kampong-thom_2017-10-20_2017-10-31.about.txt');
    expect(about.body).toContain(`View: ${view.url}`);
    expect(about.body).toContain('Filters: province=KH-6 (Kampong Thom); from=2017-10-20; to=2017-10-31');
    expect(about.body).toContain('Counting rule: The dashboard counts defection records whose status is confirmed or reported');
    expect(about.body).toContain(`Data as of: ${document.meta.generated.slice(0, 10)}`);
    expect(about.body).toContain(`Cite as: ${document.meta.citation}`);
    expect(about.body).toContain(`1 of ${document.defections.length} records`);
  });

  it('a JSON whose meta says the same', () => {
    const json = viewFile(document, [document.defections[0].id], 'json', view);
    expect(json.name).toBe('defections_province-kampong-thom_2017-10-20_2017-10-31.json');
    const { meta } = JSON.parse(json.body) as JsonExport;
    expect(meta.generated).toBe(document.meta.generated);
    expect(meta.selection).toMatchObject({ records: 1, of: document.defections.length, view: view.url, filters: expect.stringContaining('Kampong Thom') });
    expect(meta.selection?.countingRule).toContain(`${SITE.origin}/about/#definition`);
    expect(meta.selection?.countingRule).toContain('listed only when its whole known date span lies inside the window');
  });

  it('states the date window’s rule only for a view with a window, and the overlap rule when asked for', () => {
    const rule = (query: string) => (JSON.parse(viewFile(document, [], 'json', { params: new URLSearchParams(query), url: `${SITE.origin}/?${query}` }).body) as JsonExport).meta.selection?.countingRule;
    expect(rule('province=KH-6')).not.toContain('Date window');
    expect(rule('from=2017-10-20&dates=overlap')).toContain('listed when its known date span reaches into the window');
  });
});
