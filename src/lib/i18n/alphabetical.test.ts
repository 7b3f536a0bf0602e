import { describe, expect, it } from 'vitest';
import { alphabetical } from './alphabetical';

describe('alphabetical', () => {
  const provinces = [
    { code: '17', name: 'Siem Reap', km: 'សៀមរាប' },
    { code: '23', name: 'Kep', km: 'កែប' },
    { code: '22', name: 'Oddar Meanchey', km: 'ឧត្ដរមានជ័យ' },
    { code: '01', name: 'Banteay Meanchey', km: 'បន្ទាយមានជ័យ' }
  ];
  it('orders by the shown name, not by code, and keeps each item with its label', () => {
    expect(alphabetical(provinces, (p) => p.name, 'en').map((entry) => `${entry.item.code} ${entry.label}`)).toEqual([
      '01 Banteay Meanchey',
      '23 Kep',
      '22 Oddar Meanchey',
      '17 Siem Reap'
    ]);
  });
  it('orders Khmer names by consonant, then vowel sign (ែ before ំ), independent vowels (ឧ) after the consonants', () => {
    expect(alphabetical(provinces, (p) => p.km, 'km').map((entry) => entry.item.code)).toEqual(['23', '01', '17', '22']);
    expect(alphabetical(['កំពត', 'កែប', 'កណ្ដាល'], (name) => name, 'km').map((entry) => entry.label)).toEqual(['កណ្ដាល', 'កែប', 'កំពត']);
  });
});
