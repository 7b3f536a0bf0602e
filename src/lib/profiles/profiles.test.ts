import { describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import { communeProfile } from './commune';
import { createProfileContext } from './context';
import { personProfile } from './person';
import { provinceProfile } from './province';

const ctx = createProfileContext(loadDataset().dataset);
const cite = { siteName: 'Defection Tracker', permalink: 'https://example.org/person/x/' };

describe('provinceProfile', () => {
  it('exists for all 25 provinces, and for no other code', () => {
    for (const province of ctx.data.provinces) expect(provinceProfile(ctx, province.iso)).toBeDefined();
    expect(provinceProfile(ctx, 'KH-26')).toBeUndefined();
    expect(provinceProfile(ctx, '03')).toBeUndefined();
  });

  it('says plainly when a province has no record, and still lists its communes', () => {
    const province = ctx.data.provinces.find((p) => !ctx.data.defections.some((record) => record.place.province === p.code))!;
    const profile = provinceProfile(ctx, province.iso)!;
    expect(profile.summary[0]).toBe(`No verified defection is recorded yet in ${province.name}.`);
    expect(profile.districts.flatMap((district) => district.communes).length).toBeGreaterThan(0);
  });

  it('counts records and people under the counting rule, and names disputed ones separately', () => {
    const takeo = provinceProfile(ctx, 'KH-21')!;
    expect(takeo.summary.join(' ')).toMatch(/^Takeo has \d+ verified defection records?/);
    expect(takeo.summary.join(' ')).toMatch(/disputed record.* not counted/);
    expect(takeo.counted.records).toBe(takeo.records.filter((record) => record.counted).length);
  });

  it('lists claimed tallies filed under the province or naming it', () => {
    const phnomPenh = provinceProfile(ctx, 'KH-12')!;
    expect(phnomPenh.claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(['svay-pak-47-2017-05', 'sok-eysan-over-700-2017-05-16']));
  });

  it('puts the province’s dated records and the key events between them on its timeline', () => {
    const { entries } = provinceProfile(ctx, 'KH-6')!.timeline;
    expect(entries.some((entry) => entry.kind === 'records')).toBe(true);
    expect(entries.map((entry) => entry.start)).toEqual([...entries.map((entry) => entry.start)].sort());
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
  });
});

describe('communeProfile', () => {
  it('reads as a short article where there are records', () => {
    const srak = communeProfile(ctx, 'srak-030613')!;
    expect(srak.lead).toBe(
      "One defection is recorded in Srak. Ul Pov, a commune councillor, left the Cambodia National Rescue Party (CNRP) for the Cambodian People's Party (CPP) on 28 Oct 2017."
    );
    expect(srak.records[0].reactions.some((reaction) => reaction.voice === 'constituent' && reaction.quote)).toBe(true);
    expect(srak.contexts[0]).toMatch(/June 2017/);
    expect(srak.sources.map((source) => source.number)).toEqual([1]);
  });

  it('describes unnamed officials without inventing names', () => {
    const damrei = communeProfile(ctx, 'damrei-choan-khla-060301')!;
    expect(damrei.lead).toMatch(/^Three defections are recorded in Damrei Choan Khla: .*an unnamed commune chief/);
    expect(damrei.records.filter((record) => !record.name.named)).toHaveLength(2);
  });

  it('says so plainly where nothing is recorded, and gives the district and neighbours', () => {
    const champei = communeProfile(ctx, 'champei-070103')!;
    expect(champei.lead).toMatch(/^No defection is recorded in Champei\. /);
    expect(champei.neighbours.length).toBeGreaterThan(0);
    expect(champei.namesakes).toEqual([expect.objectContaining({ slug: 'champei-210202', province: 'Takeo' })]);
  });

  it('shows refusals apart from defections', () => {
    const ouChar = communeProfile(ctx, 'ou-char-020309')!;
    expect(ouChar.records).toHaveLength(0);
    expect(ouChar.refusals.map((refusal) => refusal.id)).toEqual(['sin-rozeth']);
    expect(ouChar.lead).toMatch(/Sin Rozeth refused to defect/);
  });

  it('is undefined for an unknown slug', () => {
    expect(communeProfile(ctx, 'srak-999999')).toBeUndefined();
  });
});

describe('a retracted record', () => {
  const data = loadDataset().dataset;
  const retracted = { ...data.defections.find((record) => record.id === 'ul-pov')!, retracted: { date: '2017-12-01', reason: 'The source corrected its report.' } };
  const withRetraction = createProfileContext({ ...data, defections: data.defections.map((record) => (record.id === 'ul-pov' ? retracted : record)) });

  it('is shown as retracted, with the reason, and not counted', () => {
    const srak = communeProfile(withRetraction, 'srak-030613')!;
    expect(srak.records[0].retracted?.reason).toBe('The source corrected its report.');
    expect(srak.records[0].counted).toBe(false);
    expect(srak.lead).toMatch(/^No defection is recorded in Srak\. .* One record was retracted; it is kept below with the reason and not counted\./);
    expect(provinceProfile(withRetraction, 'KH-3')!.summary.join(' ')).toMatch(/One record was retracted and is not counted\./);
    expect(personProfile(withRetraction, 'ul-pov', cite)!.citation).toMatch(/\(retracted\)/);
  });
});

describe('personProfile', () => {
  it('gives the full record with every spelling, its sources and a citation', () => {
    const profile = personProfile(ctx, 'chen-choy', cite)!;
    expect(profile.kind).toBe('defection');
    expect(profile.spellings.map((spelling) => spelling.text)).toEqual(['Chen Choy', 'Chin Choy']);
    expect(profile.sources).toHaveLength(2);
    expect(profile.citation).toMatch(/^Defection Tracker, “Chen Choy — first deputy commune chief, Champei, Takeo; CNRP to CPP, about 23 Oct 2017”, record chen-choy \(confirmed\)\. https:/);
  });

  it('labels a refusal as not a defection', () => {
    const profile = personProfile(ctx, 'sin-rozeth', cite)!;
    expect(profile.kind).toBe('refusal');
    expect(profile.citation).toMatch(/did not defect/);
  });

  it('is undefined for an unknown id', () => {
    expect(personProfile(ctx, 'nobody', cite)).toBeUndefined();
  });
});
