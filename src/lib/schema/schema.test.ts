import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommuneCode, Defection, DefectionDate, DistrictCode, HttpUrl, IsoDate, MAX_URL_LENGTH, PartialDate, ProvinceCode, Quote, Refusal, Slug, MAX_QUOTE_LENGTH } from './index';
import { VOCABULARIES, codesOf } from './vocabulary';

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('dates', () => {
  it('IsoDate accepts real days only', () => {
    for (const value of ['2017-10-22', '2016-02-29', '2017-12-31']) expect(ok(IsoDate, value), value).toBe(true);
    for (const value of ['2017-02-29', '2017-02-30', '2017-04-31', '2017-13-01', '2017-00-01', '2017-10', '2017-1-5', '17-10-22', ' 2017-10-22', 20171022]) {
      expect(ok(IsoDate, value), String(value)).toBe(false);
    }
  });

  it('PartialDate accepts YYYY, YYYY-MM and YYYY-MM-DD', () => {
    for (const value of ['2017', '2017-11', '2017-11-16']) expect(ok(PartialDate, value), value).toBe(true);
    for (const value of ['2017-13', '2017-11-31', '2017-1', '201', '2017/11/16']) expect(ok(PartialDate, value), value).toBe(false);
  });

  it('IsoDate agrees with the calendar for every day in 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const value = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(ok(IsoDate, value)).toBe(real);
      })
    );
  });
});

describe('HttpUrl', () => {
  it('accepts http(s) links with a host', () => {
    expect(HttpUrl.parse(' https://www.rfa.org/english/news/x.html ')).toBe('https://www.rfa.org/english/news/x.html');
    expect(ok(HttpUrl, 'http://voacambodia.com/a/1.html')).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'ftp://example.com/x', 'vbscript:msgbox', 'mailto:a@b.c', '//example.com/x', '/relative', 'https://', ''])(
    'rejects %j',
    (value) => {
      expect(ok(HttpUrl, value)).toBe(false);
    }
  );

  it('whatever it accepts starts with http:// or https://', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('java\tscript:alert(1)', 'http:example.com', 'HTTPS://EXAMPLE.COM')), (value) => {
        const result = HttpUrl.safeParse(value);
        if (result.success) expect(new URL(result.data).protocol).toMatch(/^https?:$/);
      })
    );
  });
});

describe('HttpUrl refuses links that hide where they lead', () => {
  const messageOf = (value: string) => HttpUrl.safeParse(value).error?.issues.map((issue) => issue.message).join('; ');

  it(`takes links up to ${MAX_URL_LENGTH} characters, not one more`, () => {
    const link = (length: number) => `https://example.org/${'x'.repeat(length - 'https://example.org/'.length)}`;
    expect(MAX_URL_LENGTH).toBe(2000);
    expect(ok(HttpUrl, link(MAX_URL_LENGTH))).toBe(true);
    expect(messageOf(link(MAX_URL_LENGTH + 1))).toMatch(/at most 2,000 characters.*2,001.*tracking/);
  });

  it.each(['https:\\\\example.org/x', 'https://example.org\\x', 'https:/\\example.org/', 'http://example.org/a\\b'])('refuses the backslash in %j', (value) => {
    expect(messageOf(value)).toMatch(/backslash.*forward slashes/);
  });

  it.each(['https://user:pass@example.org/', 'https://user@example.org/', 'https://:pass@example.org/x', 'https://@example.org/', 'http://example.org@evil.example/'])(
    'refuses the user name or password in %j',
    (value) => {
      expect(messageOf(value)).toMatch(/user name or password.*remove/i);
    }
  );

  it('still takes an @ after the host, in a path, query or fragment', () => {
    for (const value of ['https://example.org/@user', 'https://example.org/x?mail=a@b.c', 'https://example.org/#a@b']) expect(ok(HttpUrl, value), value).toBe(true);
  });
});

describe('record ids that Windows cannot use as file names', () => {
  const DEVICE_NAMES = ['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])];

  it.each(DEVICE_NAMES)('refuses %j as a defection or refusal id, saying why and what to do', (id) => {
    for (const schema of [Defection.shape.id, Refusal.shape.id]) {
      const message = schema.safeParse(id).error?.issues.map((issue) => issue.message).join('; ');
      expect(message).toContain(`choose another id, e.g. ${id}-<name>: a file named ${id}.yaml cannot be created on Windows`);
    }
  });

  it('takes ids that only begin with a device name', () => {
    for (const id of ['con-pheap', 'console', 'com10', 'lpt0', 'nul-2017', 'auxiliary']) expect(ok(Defection.shape.id, id), id).toBe(true);
  });
});

describe('place codes', () => {
  it('take strings of the right length, and restore leading zeros YAML dropped', () => {
    expect(ProvinceCode.parse('03')).toBe('03');
    expect(ProvinceCode.parse(3)).toBe('03');
    expect(DistrictCode.parse(306)).toBe('0306');
    expect(CommuneCode.parse(30613)).toBe('030613');
    expect(CommuneCode.parse(210202)).toBe('210202');
  });

  it.each([
    [ProvinceCode, '3'],
    [ProvinceCode, 123],
    [ProvinceCode, -3],
    [ProvinceCode, 3.5],
    [DistrictCode, '03-06'],
    [CommuneCode, '0306130'],
    [CommuneCode, null]
  ])('rejects %#', (schema, value) => {
    expect(ok(schema, value)).toBe(false);
  });
});

describe('Slug and Quote', () => {
  it('Slug is lower-case words joined by single hyphens', () => {
    for (const value of ['ul-pov', 'santuk-group-2017-11-25', 'a']) expect(ok(Slug, value), value).toBe(true);
    for (const value of ['Ul-Pov', 'ul--pov', '-ul', 'ul-', 'ul pov', 'ul_pov', '']) expect(ok(Slug, value), value).toBe(false);
  });

  it(`Quote text is at most ${MAX_QUOTE_LENGTH} characters after trimming`, () => {
    expect(ok(Quote, { text: 'x'.repeat(MAX_QUOTE_LENGTH), speaker: 'Ul Pov' })).toBe(true);
    expect(ok(Quote, { text: `  ${'x'.repeat(MAX_QUOTE_LENGTH)}  `, speaker: 'Ul Pov' })).toBe(true);
    expect(ok(Quote, { text: 'x'.repeat(MAX_QUOTE_LENGTH + 1), speaker: 'Ul Pov' })).toBe(false);
    expect(ok(Quote, { text: 'ok', speaker: 'Ul Pov', extra: 1 })).toBe(false);
  });
});

describe('DefectionDate', () => {
  it.each([
    [{ value: '2017-10-28', precision: 'day' }, true],
    [{ value: '2017-10-23', precision: 'approximate', not_before: '2017-10-22', not_after: '2017-10-31' }, true],
    [{ value: '2017-11', precision: 'month' }, true],
    [{ value: '2017', precision: 'year' }, true],
    [{ precision: 'range', not_before: '2017-10-22', note: 'After the call.' }, true],
    [{ precision: 'unknown', note: 'No source dates it.' }, true],
    [{ value: '2017-11', precision: 'day' }, false],
    [{ value: '2017-11-01', precision: 'month' }, false],
    [{ precision: 'day', note: 'x' }, false],
    [{ precision: 'range', note: 'x' }, false],
    [{ value: '2017-10-28', precision: 'unknown', note: 'x' }, false],
    [{ precision: 'unknown' }, false],
    [{ value: '2017-10-28', precision: 'week' }, false]
  ])('%j → valid: %s', (date, valid) => {
    expect(ok(DefectionDate, date)).toBe(valid);
  });
});

describe('vocabularies', () => {
  it('codes are non-empty, unique, lower-case slugs with labels', () => {
    for (const vocabulary of Object.values(VOCABULARIES)) {
      const codes = codesOf(vocabulary.terms);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
