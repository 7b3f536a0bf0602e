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
    expect(profile.summary[0]).toBe(`No sourced defection is recorded yet in ${province.name}.`);
    expect(profile.districts.flatMap((district) => district.communes).length).toBeGreaterThan(0);
  });

  it('counts records and people under the counting rule, and names disputed ones separately', () => {
    const takeo = provinceProfile(ctx, 'KH-21')!;
    expect(takeo.summary.join(' ')).toMatch(/^Takeo has \d+ sourced defection records?/);
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
    // Her answer to the call is not recorded (certainty: unconfirmed), so the lead claims no refusal.
    expect(ouChar.lead).not.toMatch(/refused/);
    expect(communeProfile(ctx, 'preaek-chik-021401')!.lead).toMatch(/Chak Botha refused to defect; that refusal is described below and never counted as a defection\./);
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

  it('says so in Khmer too', () => {
    expect(communeProfile(withRetraction, 'srak-030613', 'km')!.lead).toContain('កំណត់ត្រា ១ ត្រូវបានដកវិញ');
    expect(personProfile(withRetraction, 'ul-pov', { ...cite, locale: 'km' })!.citation).toContain('(បានដកវិញ)');
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

describe('in Khmer', () => {
  const km = 'km' as const;

  it('words a province summary in Khmer, with Khmer digits and the unit before the name', () => {
    const takeo = provinceProfile(ctx, 'KH-21', km)!;
    expect(takeo.summary[0]).toMatch(/^ខេត្តតាកែវមានកំណត់ត្រាប្តូរគណបក្សដែលមានប្រភពចំនួន [០-៩]+/);
    expect(takeo.summary.join(' ')).not.toMatch(/[0-9]|verified|record/);
    expect(provinceProfile(ctx, 'KH-12', km)!.summary[0]).toMatch(/^រាជធានីភ្នំពេញ/);
    expect(provinceProfile(ctx, 'KH-13', km)!.summary[0]).toBe('មិនទាន់មានការប្តូរគណបក្សដែលមានប្រភព ត្រូវបានកត់ត្រានៅខេត្តព្រះវិហារនៅឡើយទេ។');
  });

  it('tells a commune’s story in Khmer, keeping names as data gives them', () => {
    const srak = communeProfile(ctx, 'srak-030613', km)!;
    expect(srak.lead).toBe(
      'មានការប្តូរគណបក្សមួយករណី ត្រូវបានកត់ត្រានៅឃុំស្រក។ Ul Pov ដែលជាសមាជិកក្រុមប្រឹក្សាឃុំ បានចាកចេញពីគណបក្សសង្គ្រោះជាតិ (CNRP) ទៅចូលគណបក្សប្រជាជនកម្ពុជា (CPP) នៅថ្ងៃទី២៨ តុលា ២០១៧។'
    );
    expect(srak.records[0].roleLabel).toBe('សមាជិកក្រុមប្រឹក្សាឃុំ');
    expect(srak.records[0].status?.label).toBe('បានរាយការណ៍');
    expect(srak.sources[0].published).toBe('វិច្ឆិកា ២០១៧');
    const damrei = communeProfile(ctx, 'damrei-choan-khla-060301', km)!;
    expect(damrei.lead).toMatch(/^មានការប្តូរគណបក្ស ៣ ករណី ត្រូវបានកត់ត្រានៅសង្កាត់ដំរីជាន់ខ្លា៖ .*មេឃុំម្នាក់ដែលមិនបញ្ចេញឈ្មោះ/);
    expect(communeProfile(ctx, 'preaek-chik-021401', km)!.lead).toMatch(/Chak Botha បានបដិសេធមិនប្តូរគណបក្ស។/);
    expect(communeProfile(ctx, 'champei-070103', km)!.namesakes).toEqual([expect.objectContaining({ province: 'ខេត្តតាកែវ' })]);
  });

  it('leads with the Khmer name where data has one, and cites the Khmer page', () => {
    const profile = personProfile(ctx, 'chheu-sophoak', { siteName: 'កម្មវិធី', permalink: 'https://example.org/km/person/chheu-sophoak/', locale: km })!;
    expect(profile.record.name).toMatchObject({ primary: 'ឈឿ សោភ័ក្រ', primaryLang: 'km', secondary: 'Chheu Sophoak', secondaryLang: 'en' });
    expect(profile.headline).toBe('ឈឿ សោភ័ក្រ (Chheu Sophoak, អក្សរឡាតាំងបណ្តោះអាសន្ន) — ជំទប់ទី១ ឃុំខ្ចៅ ខេត្តកំពង់ចាម៖ ពី CNRP ទៅ CPP ប្រហែល ២៦ តុលា ២០១៧');
    expect(profile.citation).toMatch(/^កម្មវិធី, «.*», កំណត់ត្រា chheu-sophoak \(បានរាយការណ៍\)។ https:\/\/example\.org\/km\//);
    expect(profile.age).toBe('៣៧ ឆ្នាំ គិតត្រឹម ២៦ តុលា ២០១៧');
  });

  it('describes unnamed officials in Khmer without inventing names', () => {
    const profile = personProfile(ctx, 'cnrp-lawmaker-unnamed', { ...cite, locale: km })!;
    expect(profile.record.name).toMatchObject({ named: false, primaryLang: 'km' });
    expect(profile.record.name.primary).toBe('តំណាងរាស្ត្រម្នាក់ ដែលមិនបញ្ចេញឈ្មោះ');
    expect(profile.kind === 'defection' && profile.record.datePhrase).toBe('ចន្លោះ ២២ តុលា ២០១៧ និង ២១ វិច្ឆិកា ២០១៧');
  });
});
