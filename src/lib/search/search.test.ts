import { describe, expect, it } from 'vitest';
import { createProfileContext } from '$lib/profiles/context';
import { loadDataset } from '$lib/server/read-data';
import { buildSearchIndex } from './build';
import { caseSearchEntries } from '$lib/server/case-page';
import { searchIndex, type SearchEntry } from './search';

const index = buildSearchIndex(createProfileContext(loadDataset().dataset));

function top(query: string): { kind: string; label: string; url: string } | undefined {
  const hit = searchIndex(index, query)[0]?.hits[0];
  return hit && { kind: hit.kind, label: hit.label, url: hit.url };
}

describe('buildSearchIndex', () => {
  it('has every province, district and commune, and a page for each person', () => {
    const count = (kind: string) => index.filter((entry) => entry[0] === kind).length;
    expect(count('p')).toBe(25);
    expect(count('d')).toBe(197);
    expect(count('c')).toBe(1646);
    expect(count('r')).toBeGreaterThanOrEqual(29);
  });

  it('leaves people out when records have no page of their own (large datasets)', () => {
    const places = buildSearchIndex(createProfileContext(loadDataset().dataset), { people: false });
    expect(places.filter((entry) => entry[0] === 'r')).toEqual([]);
    expect(places).toHaveLength(index.filter((entry) => entry[0] !== 'r').length);
  });

  it('points each entry at its parent place', () => {
    const srak = index.find((entry) => entry[4] === '/commune/srak-030613/')!;
    const district = index[srak[5]];
    expect(district[0]).toBe('d');
    expect(index[district[5]][1]).toBe('Kampong Cham');
  });

  it('stays small: under 200 kB of JSON', () => {
    expect(JSON.stringify(index).length).toBeLessThan(200_000);
  });
});

describe('searchIndex', () => {
  it('finds a province by a Kompong spelling and without diacritics', () => {
    expect(top('Kompong Cham')).toMatchObject({ kind: 'p', url: '/province/KH-3/' });
    expect(top('kratie')).toMatchObject({ kind: 'p', url: '/province/KH-10/' });
    expect(top('Sihanoukville')).toMatchObject({ kind: 'p', url: '/province/KH-18/' });
  });

  it('finds people by another spelling a source uses', () => {
    expect(top('Chin Choy')).toMatchObject({ kind: 'r', url: '/person/chen-choy/' });
    expect(top('keo eath')).toMatchObject({ kind: 'r', url: '/person/keo-eat/' });
  });

  it('finds communes by press spellings, joined words and Khmer script', () => {
    expect(top('Damrei Choankhla')).toMatchObject({ kind: 'c', url: '/commune/damrei-choan-khla-060301/' });
    expect(top('damreichoankhla')).toMatchObject({ kind: 'c', url: '/commune/damrei-choan-khla-060301/' });
    expect(top('Boeung Touk')).toMatchObject({ kind: 'c', url: '/commune/boeng-tuk-070701/' });
    expect(top('ស្រក')).toMatchObject({ kind: 'c', url: '/commune/srak-030613/' });
    expect(top('ឃុំស្រក')).toMatchObject({ kind: 'c', url: '/commune/srak-030613/' });
  });

  it('tells namesakes apart by their district and province', () => {
    const communes = searchIndex(index, 'champei').find((group) => group.kind === 'c')!;
    expect(communes.hits.map((hit) => hit.context)).toEqual(expect.arrayContaining([expect.stringContaining('Takeo'), expect.stringContaining('Kampot')]));
    expect(top('champei takeo')).toMatchObject({ url: '/commune/champei-210202/' });
  });

  it('groups results by kind and limits each group', () => {
    const groups = searchIndex(index, 'kampong', 3);
    expect(new Set(groups.map((group) => group.kind)).size).toBe(groups.length);
    for (const group of groups) expect(group.hits.length).toBeLessThanOrEqual(3);
    expect(groups.find((group) => group.kind === 'c')!.total).toBeGreaterThan(3);
  });

  it('ranks an exact name above names that merely contain it', () => {
    const fixture: SearchEntry[] = [
      ['c', 'Kraya Thmei', '', '', '/a/', -1, ''],
      ['c', 'Kraya', '', '', '/b/', -1, ''],
      ['c', 'Prey Kraya', '', '', '/c/', -1, '']
    ];
    expect(searchIndex(fixture, 'kraya')[0].hits.map((hit) => hit.url)).toEqual(['/b/', '/a/', '/c/']);
  });

  it('answers Khmer pages with Khmer group titles, Khmer context and /km/ addresses', () => {
    const [communes] = searchIndex(index, 'srak', 6, 'km');
    expect(communes).toMatchObject({ kind: 'c', title: 'ឃុំ សង្កាត់' });
    expect(communes.hits[0]).toMatchObject({ labelKm: 'ស្រក', url: '/km/commune/srak-030613/', context: 'ស្រុកកំពង់សៀម ខេត្តកំពង់ចាម' });
    const [people] = searchIndex(index, 'Chin Choy', 6, 'km');
    expect(people.hits[0]).toMatchObject({ url: '/km/person/chen-choy/', context: 'ជំទប់ទី១ · ចំប៉ី ស្រុកបាទី ខេត្តតាកែវ' });
    expect(searchIndex(index, 'Chin Choy')[0].hits[0].context).toBe('First deputy commune chief · Champei, Bati district, Takeo');
  });

  it('finds unnamed officials by their Khmer description', () => {
    const people = searchIndex(index, 'តំណាងរាស្ត្រ', 6, 'km').find((group) => group.kind === 'r')!;
    expect(people.hits.map((hit) => hit.url)).toContain('/km/person/cnrp-lawmaker-unnamed/');
  });

  it('lists the officials of a commune, named or not, when the query names it (Damrei Choankhla)', () => {
    const people = searchIndex(index, 'Damrei Choankhla').find((group) => group.kind === 'r' && !group.near)!;
    expect(people.hits.map((hit) => hit.url)).toEqual(
      expect.arrayContaining(['/person/chheng-chantha/', '/person/damrei-choankhla-commune-chief/', '/person/damrei-choankhla-commune-councillor/'])
    );
    // After the people whose own names hold the words.
    expect(people.hits.at(-1)!.url).toBe('/person/chheng-chantha/');
    const khmer = searchIndex(index, 'ដំរីជាន់ខ្លា', 6, 'km').find((group) => group.kind === 'r')!;
    expect(khmer.hits.map((hit) => hit.url)).toContain('/km/person/chheng-chantha/');
    expect(searchIndex(index, 'Takeo').find((group) => group.kind === 'r')!.hits.map((hit) => hit.url)).toContain('/person/chen-choy/');
  });

  it('gives each province, district and commune found its records, not retracted, and none to people', () => {
    const { defections } = loadDataset().dataset;
    const inProvince = (code: string) => defections.filter((record) => !record.retracted && record.place.province === code).length;
    const province = (query: string) => searchIndex(index, query).find((group) => group.kind === 'p')!.hits[0];
    expect(province('Takeo').records).toBe(inProvince('21'));
    expect(province('Phnom Penh').records).toBe(inProvince('12'));
    expect(province('Battambang').records).toBe(0);
    const [commune] = searchIndex(index, 'Damrei Choankhla');
    expect(commune.hits[0]).toMatchObject({ kind: 'c', records: 3 });
    const district = searchIndex(index, 'Stueng Saen').find((group) => group.kind === 'd')!.hits[0];
    expect(district.records).toBe(defections.filter((record) => !record.retracted && record.place.district === '0603').length);
    for (const group of searchIndex(index, 'Chheng')) if (group.kind === 'r') expect(group.hits.every((hit) => hit.records === undefined)).toBe(true);
  });

  it('finds names one or two letters off as close spellings, after every exact match', () => {
    const near = (query: string, locale: 'en' | 'km' = 'en') =>
      searchIndex(index, query, 6, locale)
        .filter((group) => group.near)
        .flatMap((group) => group.hits.map((hit) => hit.url));
    expect(searchIndex(index, 'Chheng Chanta')).toEqual([expect.objectContaining({ kind: 'r', near: true })]);
    expect(near('Chheng Chanta')).toEqual(['/person/chheng-chantha/']);
    expect(near('Hai Pengleab')).toEqual(['/person/hai-pengleap/']);
    expect(near('Chhorn Kimkorn')).toEqual(['/person/chhorn-kimkhorn/']);
    expect(near('Damrei Chaonkhla')).toContain('/commune/damrei-choan-khla-060301/');
    expect(near('Siemrep')).toContain('/province/KH-17/');
    expect(near('ដំរីជាន់ខ្លៅ', 'km')).toContain('/km/commune/damrei-choan-khla-060301/');
    // A word being typed that starts a name gets no close spellings; nor does a word under four letters.
    expect(near('chan')).toEqual([]);
    expect(near('Kon')).toEqual([]);
  });

  it('ranks exact matches above close spellings, which it marks', () => {
    const fixture: SearchEntry[] = [
      ['r', 'Sok Pengleap', '', '', '/near/', -1, 'commune-chief'],
      ['r', 'Sok Pengleab', '', '', '/exact/', -1, 'commune-chief'],
      ['r', 'Sok Sopheak', '', '', '/neither/', -1, 'commune-chief']
    ];
    expect(searchIndex(fixture, 'pengleab sok').map((group) => [group.near, group.hits.map((hit) => hit.url)])).toEqual([
      [false, ['/exact/']],
      [true, ['/near/']]
    ]);
  });

  it('returns nothing for an empty or unmatched query', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, 'zzzzqqq')).toEqual([]);
  });
});

describe('the other cases in the header search', () => {
  // Built from data/cases/ as the site's search index is (search-index.json appends them after Cambodia's entries).
  const withCases = [...index, ...caseSearchEntries()];

  it('finds another case’s person by another spelling, at an address with no Khmer twin, with who and which case', () => {
    const groups = searchIndex(withCases, 'Hamzah Zainuddin', 6, 'km');
    const other = groups.find((group) => group.kind === 'x')!;
    expect(other.title).toBe('ក្នុងករណីផ្សេងទៀត');
    expect(other.hits[0]).toMatchObject({ label: 'Hamzah Zainudin', url: '/cases/malaysia-2018/person/hamzah-zainudin/' });
    expect(other.hits[0].context).toMatch(/Member of Parliament.* · Malaysia 2018–2022$/);
  });

  it('finds its places by name and code, and leaves Cambodia’s results as they were', () => {
    expect(searchIndex(withCases, 'P.058')[0].hits[0]).toMatchObject({ kind: 'x', label: 'Bagan Serai', url: '/cases/malaysia-2018/place/P.058/' });
    expect(searchIndex(withCases, 'Takeo').filter((group) => group.kind !== 'x')).toEqual(searchIndex(index, 'Takeo'));
  });
});
