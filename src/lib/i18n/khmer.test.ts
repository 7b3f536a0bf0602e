import { describe, expect, it } from 'vitest';
import { formatDay, formatNumber, formatPartialDate } from '$lib/format';
import { khmerDate, khmerNumber, toKhmerDigits } from './khmer';
import { localizeHref, localeFromPath, stripLocale } from './locale';

describe('Khmer formatting', () => {
  it('writes Khmer digits and thousands with a dot', () => {
    expect(toKhmerDigits('2017-10-28')).toBe('២០១៧-១០-២៨');
    expect(khmerNumber(2500)).toBe('២.៥០០');
    expect(khmerNumber(43)).toBe('៤៣');
    expect(formatNumber(1646, 'km')).toBe('១.៦៤៦');
    expect(formatNumber(1646, 'en')).toBe('1,646');
  });

  it('writes dates at the precision the record has', () => {
    expect(khmerDate('2017-10-28')).toBe('២៨ តុលា ២០១៧');
    expect(formatDay('2017-11-16', 'km')).toBe('១៦ វិច្ឆិកា ២០១៧');
    expect(formatPartialDate('2017-11', 'month', 'km')).toBe('វិច្ឆិកា ២០១៧');
    expect(formatPartialDate('2019', 'year', 'km')).toBe('២០១៩');
    expect(formatPartialDate('2017-10-26', 'approximate', 'km')).toBe('ប្រហែល ២៦ តុលា ២០១៧');
    expect(formatPartialDate(undefined, 'unknown', 'km')).toBe('មិនដឹងកាលបរិច្ឆេទ');
    expect(formatPartialDate('2017-10-26', 'approximate', 'en')).toBe('about 26 Oct 2017');
  });
});

describe('language in the URL', () => {
  it('reads, strips and adds the /km prefix', () => {
    expect(localeFromPath('/km/province/KH-3/')).toBe('km');
    expect(localeFromPath('/kmart/')).toBe('en');
    expect(stripLocale('/km/province/KH-3/')).toBe('/province/KH-3/');
    expect(stripLocale('/km')).toBe('/');
    expect(localizeHref('/province/KH-3/', 'km')).toBe('/km/province/KH-3/');
    expect(localizeHref('/km/about/', 'en')).toBe('/about/');
    expect(localizeHref('/km/about/', 'km')).toBe('/km/about/');
    expect(localizeHref('https://www.rfa.org/', 'km')).toBe('https://www.rfa.org/');
    expect(localizeHref('//evil.example/', 'km')).toBe('//evil.example/');
  });
});
