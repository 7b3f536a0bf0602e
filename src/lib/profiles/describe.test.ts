import { describe, expect, it } from 'vitest';
import { DefectionDate, Person } from '$lib/schema';
import { dateInSentence, displayName, englishRoleInSource, formatDefectionDate, plainName, roleNoun, textLang } from './describe';

const person = (input: object) => Person.parse(input);
const date = (input: object) => DefectionDate.parse(input);

describe('displayName', () => {
  it('shows the Khmer name first when the romanisation is tentative', () => {
    const name = displayName({ person: person({ name: 'Chheu Sophoak', name_km: 'ឈឿ សោភ័ក្រ', romanisation_tentative: true }), role: 'first-deputy-commune-chief', role_in_source: 'x' });
    expect(name).toMatchObject({ primary: 'ឈឿ សោភ័ក្រ', primaryLang: 'km', secondary: 'Chheu Sophoak', romanisationTentative: true });
    expect(plainName(name)).toBe('ឈឿ សោភ័ក្រ (Chheu Sophoak, romanisation tentative)');
  });

  it('describes unnamed people and never invents a name', () => {
    expect(displayName({ person: person({}), role: 'commune-chief', role_in_source: 'commune chief' }, 'Damrei Choan Khla').primary).toBe(
      'An unnamed commune chief of Damrei Choan Khla'
    );
    expect(displayName({ person: person({}), role: 'national-assembly-member', role_in_source: 'lawmaker' }).primary).toBe('An unnamed National Assembly member');
    expect(
      displayName({ person: person({}), people: 6, role: 'commune-councillor', role_in_source: 'former CNRP commune councillors and reserve candidates' }, 'Santuk').primary
    ).toBe('A group of 6 former CNRP commune councillors and reserve candidates in Santuk');
  });
});

describe('roles', () => {
  it('turns role labels into nouns for sentences', () => {
    expect(roleNoun('commune-chief')).toBe('commune chief');
    expect(roleNoun('deputy-commune-chief')).toBe('deputy commune chief');
    expect(roleNoun('national-assembly-member')).toBe('National Assembly member');
    expect(roleNoun('other')).toBe('official');
  });

  it('takes the English part of a Khmer role wording', () => {
    expect(englishRoleInSource('ជំទប់ទី១ (first deputy commune chief)')).toBe('first deputy commune chief');
    expect(englishRoleInSource('commune chief')).toBe('commune chief');
  });
});

describe('dates', () => {
  it('says as much as the source gives, and no more', () => {
    expect(formatDefectionDate(date({ value: '2017-10-28', precision: 'day' }))).toBe('28 Oct 2017');
    expect(dateInSentence(date({ value: '2017-10-28', precision: 'day' }))).toBe('on 28 Oct 2017');
    expect(dateInSentence(date({ value: '2017-10-26', precision: 'approximate' }))).toBe('about 26 Oct 2017');
    expect(dateInSentence(date({ value: '2017-10', precision: 'month' }))).toBe('in October 2017');
    expect(dateInSentence(date({ precision: 'range', not_before: '2017-10-27', not_after: '2017-10-30', note: 'n' }))).toBe('between 27 Oct 2017 and 30 Oct 2017');
    expect(dateInSentence(date({ precision: 'unknown', note: 'n' }))).toBe('on a date no source gives');
  });
});

describe('in Khmer', () => {
  it('leads with the Khmer name when data has one, and marks each script', () => {
    const both = person({ name: 'Ul Pov', name_km: 'អ៊ុល ពៅ' });
    expect(displayName({ person: both, role: 'commune-councillor', role_in_source: 'x' })).toMatchObject({ primary: 'Ul Pov', primaryLang: 'en', secondaryLang: 'km' });
    expect(displayName({ person: both, role: 'commune-councillor', role_in_source: 'x' }, undefined, 'km')).toMatchObject({
      primary: 'អ៊ុល ពៅ',
      primaryLang: 'km',
      secondary: 'Ul Pov',
      secondaryLang: 'en'
    });
    expect(displayName({ person: person({ name: 'Ul Pov' }), role: 'commune-councillor', role_in_source: 'x' }, undefined, 'km').primary).toBe('Ul Pov');
  });

  it('describes unnamed people and groups in Khmer', () => {
    expect(displayName({ person: person({}), role: 'commune-chief', role_in_source: 'commune chief' }, 'ឃុំដំរីជាន់ខ្លា', 'km').primary).toBe(
      'មេឃុំម្នាក់ នៅឃុំដំរីជាន់ខ្លា ដែលមិនបញ្ចេញឈ្មោះ'
    );
    expect(displayName({ person: person({}), people: 6, role: 'commune-councillor', role_in_source: 'former CNRP commune councillors' }, 'ឃុំសន្ទុក', 'km').primary).toBe(
      'ក្រុមសមាជិកក្រុមប្រឹក្សាឃុំ ៦ នាក់ នៅឃុំសន្ទុក'
    );
    expect(roleNoun('deputy-commune-chief', 'km')).toBe('ជំទប់');
    expect(roleNoun('other', 'km')).toBe('មន្ត្រី');
    expect(plainName(displayName({ person: person({ name: 'Chheu Sophoak', name_km: 'ឈឿ សោភ័ក្រ', romanisation_tentative: true }), role: 'commune-chief', role_in_source: 'x' }), 'km')).toBe(
      'ឈឿ សោភ័ក្រ (Chheu Sophoak, អក្សរឡាតាំងបណ្តោះអាសន្ន)'
    );
  });

  it('dates in Khmer digits and word order', () => {
    expect(dateInSentence(date({ value: '2017-10-28', precision: 'day' }), 'km')).toBe('នៅថ្ងៃទី២៨ តុលា ២០១៧');
    expect(dateInSentence(date({ value: '2017-10', precision: 'month' }), 'km')).toBe('ក្នុងខែតុលា ២០១៧');
    expect(dateInSentence(date({ value: '2017', precision: 'year' }), 'km')).toBe('ក្នុងឆ្នាំ២០១៧');
    expect(dateInSentence(date({ value: '2017-10-26', precision: 'approximate' }), 'km')).toBe('ប្រហែល ២៦ តុលា ២០១៧');
    expect(formatDefectionDate(date({ precision: 'range', not_before: '2017-10-27', not_after: '2017-10-30', note: 'n' }), 'km')).toBe('ចន្លោះ ២៧ តុលា ២០១៧ និង ៣០ តុលា ២០១៧');
    expect(dateInSentence(date({ precision: 'unknown', note: 'n' }), 'km')).toBe('នៅកាលបរិច្ឆេទដែលគ្មានប្រភពណាបញ្ជាក់');
  });

  it('tells Khmer script from Latin for lang attributes', () => {
    expect(textLang('ជំទប់ទី១ (first deputy commune chief)')).toBe('km');
    expect(textLang('commune chief')).toBe('en');
  });
});
