import { describe, expect, it } from 'vitest';
import { foldDiacritics, isWindowsDeviceName, recordIdFromName, slugify } from './slug';

describe('foldDiacritics', () => {
  it('drops Latin diacritics, as search and slugs expect', () => {
    expect(foldDiacritics('Kâmpóng Châm')).toBe('Kampong Cham');
    expect(foldDiacritics('Phnum Pénh')).toBe('Phnum Penh');
  });

  it('leaves ASCII and Khmer text as it is (the fast path) and folds compatibility forms elsewhere', () => {
    expect(foldDiacritics('Takeo 12')).toBe('Takeo 12');
    expect(foldDiacritics('ឃុំស្រក')).toBe('ឃុំស្រក');
    expect(foldDiacritics('ឃុំស្រក Srák')).toBe('ឃុំស្រក Srak');
    expect(foldDiacritics('ﬁeld')).toBe('field');
  });

  it('matches plain normalisation on every Khmer character (both Khmer blocks)', () => {
    const khmer = [...Array(0x80).keys()].map((i) => 0x1780 + i).concat([...Array(0x20).keys()].map((i) => 0x19e0 + i));
    for (const code of khmer) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(foldDiacritics(text)).toBe(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
    }
  });
});

describe('slugify', () => {
  it('folds, lower-cases and joins words with hyphens', () => {
    expect(slugify("Kâmpóng Châm's  Market")).toBe('kampong-chams-market');
  });
});

describe('record ids derived from names', () => {
  it('are the slug of the name', () => {
    expect(recordIdFromName('Ul Pov')).toBe('ul-pov');
    expect(recordIdFromName('Consul Chea')).toBe('consul-chea');
    expect(recordIdFromName('ឧល ពៅ')).toBe('');
  });

  it('are never a name Windows keeps for a device, whatever its case: the record file could not be created there', () => {
    for (const name of ['Con', 'PRN', 'aux', 'Nul', 'COM1', 'com9', 'Lpt1', 'LPT9', ' nul ']) {
      const id = recordIdFromName(name);
      expect(isWindowsDeviceName(id), `${name} → ${id}`).toBe(false);
      expect(id).toBe(`${slugify(name)}-record`);
    }
    expect(['CON', 'Aux', 'lpt5', 'com3'].every(isWindowsDeviceName)).toBe(true);
    expect(['com10', 'lpt0', 'console', 'con-pheap', ''].some(isWindowsDeviceName)).toBe(false);
  });
});
