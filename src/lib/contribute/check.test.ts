// The form is judged by the validator's own schema and cross-checks: each mistake a reporter makes is tied to its
// control, and a valid form gives the record the importer would store.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '$lib/server/read-data';
import type { Dataset } from '$lib/schema';
import { checkDraft, referenceFrom, type Reference } from './check';
import { emptyDraft, emptyReaction, type RecordDraft } from './draft';

let data: Dataset;
let reference: Reference;
beforeAll(() => {
  data = loadDataset().dataset;
  const row = ({ code, name, name_km, unit }: { code: string; name: string; name_km: string; unit: string }) => [code, name, name_km, unit] as const;
  reference = referenceFrom({ parties: data.parties, waves: data.waves, provinces: data.provinces, districts: data.districts.map(row), communes: data.communes.map(row) });
});

function filled(): RecordDraft {
  const draft = emptyDraft({ wave: 'win-win-2017', from_party: 'CNRP', to_party: 'CPP' });
  return {
    ...draft,
    name: 'Example Form Person',
    role: 'commune-councillor',
    role_in_source: 'commune councillor',
    province: '03',
    district: '0306',
    commune: '030613',
    date_value: '2017-11-03',
    sources: [{ outlet: 'Example Daily', title: '', published: '2017-11-04', url: 'https://example.org/news/1', reporter: '', language: 'en' }]
  };
}

const fields = (draft: RecordDraft) => checkDraft(draft, reference).problems.map(({ field, kind }) => `${field} ${kind}`);

describe('checkDraft', () => {
  it('gives the record of a valid form, its id made from the name', () => {
    const { record, problems } = checkDraft(filled(), reference);
    expect(problems).toEqual([]);
    expect(record).toMatchObject({ id: 'example-form-person', place: { province: '03', district: '0306', commune: '030613' }, date: { value: '2017-11-03', precision: 'day' }, people: 1 });
  });

  it('marks a missing source link, and a link that is not http(s)', () => {
    const draft = filled();
    draft.sources[0].url = '';
    expect(fields(draft)).toEqual(['f-sources-0-url required']);
    draft.sources[0].url = 'javascript:alert(1)';
    expect(fields(draft)).toEqual(['f-sources-0-url link']);
    draft.sources[0].url = 'www.example.org/news';
    expect(fields(draft)).toEqual(['f-sources-0-url link']);
  });

  it('marks a badly formed date, an impossible one and one in the future', () => {
    const draft = filled();
    draft.date_value = '3 Nov 2017';
    expect(fields(draft)).toEqual(['f-date-value date']);
    draft.date_value = '2017-02-30';
    expect(fields(draft)).toEqual(['f-date-value date']);
    draft.date_value = '2999-01-01';
    draft.wave = 'after-dissolution';
    expect(fields(draft)).toEqual(['f-date-value future']);
  });

  it('marks a date outside the chosen period (the wave check of npm run validate)', () => {
    const draft = filled();
    draft.date_value = '2018-05-01';
    expect(fields(draft)).toEqual(['f-date-value wave']);
  });

  it('asks a commune official’s record for the commune, unless the place note says why there is none', () => {
    const draft = { ...filled(), district: '', commune: '' };
    expect(fields(draft)).toEqual(['f-place-commune commune']);
    expect(fields({ ...draft, place_note: 'The source names the province only.' })).toEqual([]);
    expect(fields({ ...draft, role: 'provincial-councillor', role_in_source: 'provincial councillor' })).toEqual([]);
  });

  it('marks "confirmed" with one outlet, a reaction without words and the required fields left empty', () => {
    expect(fields({ ...filled(), status: 'confirmed' })).toEqual(['f-status two-outlets']);
    expect(fields({ ...filled(), reactions: [{ ...emptyReaction(), stance: 'critical' }] })).toEqual(['f-reactions-0-summary reaction-words']);
    expect(fields({ ...filled(), role: '', role_in_source: '' })).toEqual(['f-role required', 'f-role-in-source required']);
  });
});
