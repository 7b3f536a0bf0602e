import { describe, expect, it } from 'vitest';
import { compact, normaliseForSearch, normaliseQuery } from './normalise';

describe('normaliseQuery', () => {
  it('folds diacritics and case', () => {
    expect(normaliseQuery('Kâmpóng Cham')).toBe('kampong cham');
    expect(normaliseQuery('KRATIÉ')).toBe('kratie');
  });

  it('unifies Kompong/Kampong and other romanisation variants', () => {
    expect(normaliseQuery('Kompong Thom')).toBe(normaliseQuery('Kampong Thom'));
    expect(normaliseQuery('Kg Speu')).toBe('kampong speu');
    expect(normaliseQuery('Phnum Penh')).toBe(normaliseQuery('Phnom Penh'));
    expect(normaliseQuery('Stueng Saen')).toBe(normaliseQuery('Stung Saen'));
    expect(normaliseQuery('Boeung Touk')).toBe('boeng touk');
    expect(normaliseQuery('Kaoh Andaet')).toBe('koh andaet');
  });

  it('strips unit words in English and Khmer', () => {
    expect(normaliseQuery('Takeo province')).toBe('takeo');
    expect(normaliseQuery('Khum Srak')).toBe('srak');
    expect(normaliseQuery('Sangkat Damrei Choan Khla')).toBe('damrei choan khla');
    expect(normaliseQuery('Srok  Kang Meas')).toBe('kang meas');
    expect(normaliseQuery('Khan Tuol Kouk')).toBe('tuol kouk');
    expect(normaliseQuery('Krong Preah Sihanouk')).toBe('preah sihanouk');
    expect(normaliseQuery('ឃុំខ្ចៅ')).toBe('ខ្ចៅ');
    expect(normaliseQuery('ខេត្តកំពង់ចាម')).toBe('កំពង់ចាម');
  });

  it('drops punctuation and collapses spaces', () => {
    expect(normaliseQuery("  O'Char, Battambang ")).toBe('ochar battambang');
    expect(normaliseQuery('Chaom Chau-1')).toBe('chaom chau 1');
    expect(normaliseQuery('')).toBe('');
  });

  it('compacts spaces away so split and joined spellings meet', () => {
    expect(compact(normaliseQuery('Damrei Choankhla'))).toBe(compact(normaliseQuery('Damrei Choan Khla')));
    expect(compact(normaliseQuery('Siemreap'))).toBe(compact(normaliseQuery('Siem Reap')));
  });

  it('writes subscript ដ as subscript ត, which look alike and are typed either way, and keeps the letters apart', () => {
    expect(normaliseQuery('ឧត្ដរមានជ័យ')).toBe(normaliseQuery('ឧត្តរមានជ័យ'));
    expect(normaliseQuery('ខេត្តឧត្ដរមានជ័យ')).toBe('ឧត្តរមានជ័យ');
    expect(normaliseQuery('ដី')).not.toBe(normaliseQuery('តី'));
  });

  it('rewrites only whole words, and no word an object inherits', () => {
    expect(normaliseQuery('Kgtest kompongs')).toBe('kgtest kompongs');
    expect(normaliseQuery('kg kg')).toBe('kampong kampong');
    expect(normaliseQuery('constructor toString')).toBe('constructor tostring');
  });
});

describe('normaliseForSearch', () => {
  it('folds as normaliseQuery does, spelling variants included, so a query meets a record written the other way', () => {
    expect(normaliseForSearch('Kompong Cham')).toBe('kampong cham');
    expect(normaliseForSearch('  Kâmpóng  CHAM, ')).toBe('kampong cham');
    expect(normaliseForSearch("O'Char | Phnum Penh")).toBe('ochar phnom penh');
    expect(normaliseForSearch('ឧត្ដរមានជ័យ')).toBe('ឧត្តរមានជ័យ');
  });

  it('keeps unit words, which a record search looks for ("commune chief")', () => {
    expect(normaliseForSearch('Commune chief, Takeo province')).toBe('commune chief takeo province');
    expect(normaliseForSearch('ខេត្តកំពង់ចាម')).toBe('ខេត្តកំពង់ចាម');
  });
});
