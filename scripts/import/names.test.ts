import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/schema';
import { loadDataset } from '../../src/lib/server/read-data';
import { normalisePlaceName, resolveParty, resolveProvince, resolveUnit, type Gazetteer } from './names';

let data: Dataset;
let gazetteer: Gazetteer;
beforeAll(() => {
  data = loadDataset().dataset;
  gazetteer = data;
});

describe('province names', () => {
  it.each([
    ['03', '03'],
    ['3', '03'],
    ['KH-3', '03'],
    ['Kampong Cham', '03'],
    ['kompong cham', '03'],
    ['Kâmpóng Cham', '03'],
    ['Kompong Cham Province', '03'],
    ['Khett Kampong Cham', '03'],
    ['  KAMPONG   CHAM ', '03'],
    ['កំពង់ចាម', '03'],
    ['ខេត្តកំពង់ចាម', '03'],
    ['Sihanoukville', '18'],
    ['Krong Preah Sihanouk', '18'],
    ['Kratié', '10'],
    ['Phnom Penh Capital', '12'],
    ['Tbaung Khmum', '25']
  ])('%s → %s', (text, code) => {
    expect(resolveProvince(text, data.provinces)).toEqual({ code });
  });

  it('suggests the nearest spelling when none matches', () => {
    expect(resolveProvince('Kompong Xam', data.provinces)).toMatchObject({ fix: expect.stringContaining('Kampong Cham ("03")') });
    expect(resolveProvince('Atlantis', data.provinces)).toMatchObject({ fix: expect.not.stringContaining('Did you mean') });
    expect(resolveProvince('26', data.provinces)).toHaveProperty('expected');
  });

  it('folds unit words and Kompong/Kampong', () => {
    expect(normalisePlaceName('Kompong-Cham Province')).toBe(normalisePlaceName('Kampong Cham'));
  });
});

describe('party names', () => {
  it.each([
    ['CNRP', 'CNRP'],
    ['cnrp', 'CNRP'],
    ['Cambodia National Rescue Party', 'CNRP'],
    ['Rescue Party', 'CNRP'],
    ['គណបក្សសង្គ្រោះជាតិ', 'CNRP'],
    ["Cambodian People's Party", 'CPP'],
    ['Cambodian Peoples Party', 'CPP'],
    ['ruling party', 'CPP'],
    ['Funcinpec', 'FUNCINPEC']
  ])('%s → %s', (text, code) => {
    expect(resolveParty(text, data.parties)).toEqual({ code });
  });

  it('suggests a listed party for a near miss', () => {
    expect(resolveParty('CNPR', data.parties)).toMatchObject({ fix: expect.stringContaining('Did you mean') });
  });
});

describe('districts and communes', () => {
  it('restores the leading zeros spreadsheets drop', () => {
    expect(resolveUnit('commune', '30613', '03', gazetteer)).toEqual({ code: '030613' });
    expect(resolveUnit('district', '306', '03', gazetteer)).toEqual({ code: '0306' });
  });

  it('finds a commune by name inside its province, and asks for a code when the name repeats', () => {
    expect(resolveUnit('commune', 'Srak', '03', gazetteer)).toEqual({ code: '030613' });
    const repeated = data.communes.find((commune) => data.communes.filter((other) => other.name === commune.name).length > 1)!;
    expect(resolveUnit('commune', repeated.name, undefined, gazetteer)).toMatchObject({ fix: expect.stringContaining('Several match') });
  });
});
