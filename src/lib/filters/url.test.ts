import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REASON_TAGS, ROLES, STANCES, STATUSES } from '$lib/schema/vocabulary';
import { VOICES } from '$lib/data/rows';
import { en } from '$lib/i18n/messages/dashboard.en';
import { km } from '$lib/i18n/messages/dashboard.km';
import { normaliseForSearch } from '$lib/search/normalise';
import { DEFAULT_WAVE } from '../../../tests/fixtures/waves';
import { DATE_RULES, SORT_KEYS, defaultFilterState, defaultWaveOf, type FilterState } from './state';
import { isSearchable } from '$lib/search/normalise';
import { parseFilterParams, serializeFilterState, type FilterVocabulary } from './url';

const PROVINCES = Array.from({ length: 25 }, (_, i) => `KH-${i + 1}`);
const PARTIES = ['CNRP', 'CPP', 'SRP', 'HRP', 'FUNCINPEC', 'KNUP', 'CNLP'];
const WAVES = ['pre-election-2017', 'win-win-2017', 'after-dissolution'];
const vocabulary: FilterVocabulary = {
  provinces: new Set(PROVINCES),
  parties: new Set(PARTIES),
  waves: new Set(WAVES),
  defaultWave: DEFAULT_WAVE
};

const parse = (query: string) => parseFilterParams(new URLSearchParams(query), vocabulary);

const sorted = <T extends string>(values: T[]) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function expectKnownValues(state: FilterState) {
  for (const p of state.province) expect(PROVINCES).toContain(p);
  for (const p of [...state.fromParty, ...state.toParty]) expect(PARTIES).toContain(p);
  for (const r of state.role) expect(Object.keys(ROLES)).toContain(r);
  for (const t of state.reason) expect(Object.keys(REASON_TAGS)).toContain(t);
  for (const s of state.stance) expect(Object.keys(STANCES)).toContain(s);
  for (const v of state.voice) expect(VOICES).toContain(v);
  expect(DATE_RULES).toContain(state.dates);
  expect(state.status.length).toBeGreaterThan(0);
  for (const s of state.status) expect(Object.keys(STATUSES)).toContain(s);
  expect(state.wave === 'all' || WAVES.includes(state.wave) || state.wave === DEFAULT_WAVE).toBe(true);
  expect(SORT_KEYS).toContain(state.sort);
  expect(typeof state.descending).toBe('boolean');
  for (const list of [state.province, state.role, state.fromParty, state.toParty, state.reason, state.voice, state.stance, state.status]) {
    expect(list).toEqual(sorted([...new Set(list)]));
  }
  for (const day of [state.from, state.to]) if (day !== undefined) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (state.from && state.to) expect(state.from <= state.to).toBe(true);
  expect(state.q.length).toBeLessThanOrEqual(200);
  // A search is something the dashboard's search can look for, or none.
  if (state.q !== '') {
    expect(state.q).not.toContain('\uFFFD');
    expect(normaliseForSearch(state.q)).not.toBe('');
  }
}

describe('parseFilterParams', { timeout: 30_000 }, () => {
  it('the example URL parses as expected', () => {
    const { state, ignored } = parse('province=KH-3,KH-21&from=2017-10-22&role=commune-chief');
    expect(ignored).toEqual([]);
    expect(state).toEqual({ ...defaultFilterState(DEFAULT_WAVE), province: ['KH-21', 'KH-3'], from: '2017-10-22', role: ['commune-chief'] });
  });

  it('an empty query gives the defaults, and the defaults serialise to ""', () => {
    expect(parse('')).toEqual({ state: defaultFilterState(DEFAULT_WAVE), ignored: [] });
    expect(serializeFilterState(defaultFilterState(DEFAULT_WAVE), DEFAULT_WAVE)).toBe('');
  });

  it('reads every parameter', () => {
    const { state, ignored } = parse(
      'province=kh-3&from=2017-10-01&to=2017-11-30&role=commune-councillor,commune-chief&from_party=cnrp&to_party=CPP' +
        '&reason=keep-position&voice=party,constituent&stance=critical,supportive&dates=overlap&status=disputed&wave=all&q=%20Champei%20&sort=-name'
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      province: ['KH-3'],
      from: '2017-10-01',
      to: '2017-11-30',
      dates: 'overlap',
      role: ['commune-chief', 'commune-councillor'],
      fromParty: ['CNRP'],
      toParty: ['CPP'],
      reason: ['keep-position'],
      voice: ['constituent', 'party'],
      stance: ['critical', 'supportive'],
      status: ['disputed'],
      wave: 'all',
      q: 'Champei',
      sort: 'name',
      descending: true
    });
  });

  it('unknown parameters and values go to ignored; known values are kept', () => {
    const { state, ignored } = parse('province=KH-3,KH-99,Takeo&role=mayor&color=red&wave=win-win-2099&sort=age&from=2017-02-30&to=soon');
    expect(state.province).toEqual(['KH-3']);
    expect(state.role).toEqual([]);
    expect(state.wave).toBe(DEFAULT_WAVE);
    expect(state.sort).toBe('date');
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
    expect(ignored).toEqual(
      expect.arrayContaining([
        { param: 'province', value: 'KH-99', reason: 'unknown value' },
        { param: 'province', value: 'TAKEO', reason: 'unknown value' },
        { param: 'role', value: 'mayor', reason: 'unknown value' },
        { param: 'color', value: 'red', reason: 'unknown parameter' },
        { param: 'wave', value: 'win-win-2099', reason: 'unknown wave' },
        { param: 'sort', value: 'age', reason: 'unknown sort column' },
        expect.objectContaining({ param: 'from', value: '2017-02-30' }),
        expect.objectContaining({ param: 'to', value: 'soon' })
      ])
    );
    expect(ignored).toHaveLength(8);
  });

  it('names every object inherits are unknown values, not vocabulary (found by the property test: ?stance=toString)', () => {
    const inherited = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'];
    for (const param of ['role', 'reason', 'stance', 'status']) {
      const { state, ignored } = parse(`${param}=${inherited.join(',')}`);
      expect(state).toEqual(defaultFilterState(DEFAULT_WAVE));
      expect(ignored).toEqual(inherited.map((value) => ({ param, value, reason: 'unknown value' })));
    }
  });

  it('from later than to drops to, and says so', () => {
    const { state, ignored } = parse('from=2017-11-20&to=2017-11-01');
    expect(state.from).toBe('2017-11-20');
    expect(state.to).toBeUndefined();
    expect(ignored).toEqual([{ param: 'to', value: '2017-11-01', reason: 'earlier than "from"' }]);
    expect(parse('from=2017-11-01&to=2017-11-01').state.to).toBe('2017-11-01');
  });

  it('a repeated parameter: the first wins, the rest are ignored', () => {
    const { state, ignored } = parse('role=commune-chief&role=commune-councillor');
    expect(state.role).toEqual(['commune-chief']);
    expect(ignored).toEqual([{ param: 'role', value: 'commune-councillor', reason: 'repeated parameter; the first one is used' }]);
  });

  it('lists are de-duplicated and sorted; empty items are dropped', () => {
    expect(parse('stance=mixed,critical,,mixed,').state.stance).toEqual(['critical', 'mixed']);
  });

  it('an empty status list keeps the default statuses', () => {
    expect(parse('status=').state.status).toEqual(['confirmed', 'reported']);
    expect(parse('status=bogus').state.status).toEqual(['confirmed', 'reported']);
  });

  it('q is trimmed and capped at 200 characters', () => {
    expect(parse(`q=${'a'.repeat(500)}`).state.q).toHaveLength(200);
  });

  it('q is stored without surrounding whitespace even when the cap cuts at a space', () => {
    // 199 letters, a space, then more: the cut after 200 characters ends in the space.
    const { state } = parse(new URLSearchParams({ q: `${'a'.repeat(199)} bbb` }).toString());
    expect(state.q).toBe(state.q.trim());
  });

  it('a q of percent-escapes that are not UTF-8 (decoded to U+FFFD) is ignored as unreadable, not searched for', () => {
    for (const text of ['q=%E0%B8', 'q=%FF', 'q=Chin%E0Choy', 'q=%C3']) {
      const { state, ignored } = parse(text);
      expect(state).toEqual(defaultFilterState(DEFAULT_WAVE));
      expect(ignored).toEqual([{ param: 'q', value: new URLSearchParams(text).get('q'), reason: 'unreadable' }]);
    }
    expect(parse('q=%E0%B8').ignored[0].value).toBe('\uFFFD');
  });

  it('a q with nothing the search can look for (punctuation, symbols) is ignored the same way', () => {
    // The search drops all of it (normaliseForSearch gives ""), so it would match every row.
    for (const q of ['--', '?!', '“…”', "'", '🙂', '\u200b']) {
      const { state, ignored } = parse(new URLSearchParams({ q }).toString());
      expect(state.q).toBe('');
      expect(ignored).toEqual([{ param: 'q', value: q, reason: 'unreadable' }]);
    }
  });

  it('an empty or blank q is no search and no notice', () => {
    for (const text of ['q=', 'q=%20%20', 'q=+']) expect(parse(text)).toEqual({ state: defaultFilterState(DEFAULT_WAVE), ignored: [] });
  });

  it('ordinary searches are kept as typed: Latin, Khmer, one letter or digit, accents, punctuation among letters', () => {
    for (const q of ['Chin Choy', 'ឧត្តរមានជ័យ', 'ឃុំ', 'a', 'ក', '7', 'Phnôm Penh', "O'Neill", 'Kg. Cham', '-Srak-']) {
      const { state, ignored } = parse(new URLSearchParams({ q }).toString());
      expect(ignored).toEqual([]);
      expect(state.q).toBe(q);
      expect(isSearchable(q)).toBe(true);
    }
  });

  it('the cap at 200 characters does not cut a character beyond U+FFFF in half', () => {
    const { state, ignored } = parse(new URLSearchParams({ q: `${'a'.repeat(199)}😀b` }).toString());
    expect(ignored).toEqual([]);
    expect(state.q).toBe('a'.repeat(199));
    // Written back and read again, the search is the same, not an unreadable one.
    expect(parse(serializeFilterState(state, DEFAULT_WAVE))).toEqual({ state, ignored: [] });
  });

  it('the unreadable reason has its words in both catalogues', () => {
    expect(en.ignoredReasons.unreadable).toBeTruthy();
    expect(km.ignoredReasons.unreadable).toMatch(/[\u1780-\u17ff]/);
  });

  it('never throws on arbitrary query strings, and keeps only known values', () => {
    const queryChar = fc.constantFrom('=', '&', ',', '%', '2', 'C', '-', '+', ' ', 'K', 'H', '3', 'k', 'x');
    const paramName = fc.constantFrom('province', 'from', 'to', 'role', 'from_party', 'to_party', 'reason', 'voice', 'stance', 'dates', 'status', 'wave', 'q', 'sort', 'other');
    const structured = fc
      .array(fc.tuple(paramName, fc.oneof(fc.string(), fc.string({ unit: queryChar }), fc.constantFrom('KH-3,kh-21', '2017-10-22', 'overlap', 'party,defector', '-date', 'all', 'CNRP,cpp', 'toString', 'constructor,__proto__'))))
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    const query = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters(), structured);
    fc.assert(
      fc.property(query, (text) => {
        const { state, ignored } = parse(text);
        expectKnownValues(state);
        for (const entry of ignored) {
          expect(typeof entry.param).toBe('string');
          expect(typeof entry.value).toBe('string');
          expect(entry.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 }
    );
  });

  it('every unknown parameter is reported in ignored', () => {
    const known = new Set(['province', 'from', 'to', 'dates', 'role', 'from_party', 'to_party', 'reason', 'voice', 'stance', 'status', 'wave', 'q', 'sort']);
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((k) => !known.has(k)), fc.string(), (key, value) => {
        const params = new URLSearchParams();
        params.set(key, value);
        const { state, ignored } = parseFilterParams(params, vocabulary);
        expect(state).toEqual(defaultFilterState(DEFAULT_WAVE));
        expect(ignored).toEqual([{ param: key, value, reason: 'unknown parameter' }]);
      })
    );
  });
});

// Canonical states: what the dashboard itself produces, and what one URL stands for.
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map((list) => sorted(list));
const isoDay = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
// A search the dashboard can look for (one letter at least among any text), or none.
const query = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('a', 'Z', '7', 'ក', 'ស'), fc.string({ unit: 'grapheme', maxLength: 40 }))
    .map(([before, letter, after]) => `${before}${letter}${after}`.trim())
    .filter((q) => q.length <= 200 && isSearchable(q))
);
const canonicalState: fc.Arbitrary<FilterState> = fc
  .record({
    province: subset(PROVINCES),
    from: fc.option(isoDay, { nil: undefined }),
    to: fc.option(isoDay, { nil: undefined }),
    dates: fc.constantFrom(...DATE_RULES),
    role: subset(Object.keys(ROLES) as FilterState['role']),
    fromParty: subset(PARTIES),
    toParty: subset(PARTIES),
    reason: subset(Object.keys(REASON_TAGS) as FilterState['reason']),
    voice: subset([...VOICES]),
    stance: subset(Object.keys(STANCES) as FilterState['stance']),
    status: fc.subarray(Object.keys(STATUSES) as FilterState['status'], { minLength: 1 }).map((list) => sorted(list)),
    wave: fc.constantFrom('all', ...WAVES),
    q: query,
    sort: fc.constantFrom(...SORT_KEYS),
    descending: fc.boolean()
  })
  .map((state) => {
    const s: FilterState = { ...state };
    if (s.from && s.to && s.from > s.to) [s.from, s.to] = [s.to, s.from];
    if (s.from === undefined) delete s.from;
    if (s.to === undefined) delete s.to;
    return s;
  });

describe('serializeFilterState', { timeout: 30_000 }, () => {
  it('parse(serialize(s)) gives back every canonical state', () => {
    fc.assert(
      fc.property(canonicalState, (state) => {
        const text = serializeFilterState(state, DEFAULT_WAVE);
        const parsed = parseFilterParams(new URLSearchParams(text), vocabulary);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: 500 }
    );
  });

  it('equal views share one URL: list order does not matter', () => {
    const state = { ...defaultFilterState(DEFAULT_WAVE), province: ['KH-21', 'KH-3'] };
    const reversed = { ...defaultFilterState(DEFAULT_WAVE), province: ['KH-3', 'KH-21'] };
    expect(serializeFilterState(state, DEFAULT_WAVE)).toBe(serializeFilterState(reversed, DEFAULT_WAVE));
    expect(serializeFilterState(state, DEFAULT_WAVE)).toBe('province=KH-21,KH-3');
  });

  it('writes the example URL back with readable commas, in a fixed parameter order', () => {
    const { state } = parse('role=commune-chief&from=2017-10-22&province=KH-3,KH-21');
    expect(serializeFilterState(state, DEFAULT_WAVE)).toBe('province=KH-21,KH-3&from=2017-10-22&role=commune-chief');
  });

  it('leaves out defaults, writes the rest', () => {
    expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), status: ['reported', 'confirmed'] }, DEFAULT_WAVE)).toBe('');
    expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), status: [] }, DEFAULT_WAVE)).toBe('');
    expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), wave: 'all' }, DEFAULT_WAVE)).toBe('wave=all');
    expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), descending: true }, DEFAULT_WAVE)).toBe('sort=-date');
    expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), q: '  a, b&c  ' }, DEFAULT_WAVE)).toBe('q=a,+b%26c');
  });

  it('leaves out a search with nothing to search for, as parsing would ignore it (typing "-" writes no q)', () => {
    for (const q of ['-', '--', '\uFFFD', 'Chin\uFFFDChoy', '?!'])
      expect(serializeFilterState({ ...defaultFilterState(DEFAULT_WAVE), province: ['KH-3'], q }, DEFAULT_WAVE)).toBe('province=KH-3');
  });

  it('the default wave comes from the vocabulary (data/waves.yaml), not from code: another default changes which wave the URL leaves out', () => {
    const other: FilterVocabulary = { ...vocabulary, defaultWave: 'after-dissolution' };
    expect(parseFilterParams(new URLSearchParams(''), other).state.wave).toBe('after-dissolution');
    expect(parseFilterParams(new URLSearchParams('wave=win-win-2017'), other).state.wave).toBe('win-win-2017');
    expect(serializeFilterState(defaultFilterState('after-dissolution'), 'after-dissolution')).toBe('');
    expect(serializeFilterState(defaultFilterState(DEFAULT_WAVE), 'after-dissolution')).toBe('wave=win-win-2017');
  });

  it('serialisation is stable: parsing any query and writing it back is a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webQueryParameters(), fc.string()), (text) => {
        const once = serializeFilterState(parse(text).state, DEFAULT_WAVE);
        expect(serializeFilterState(parse(once).state, DEFAULT_WAVE)).toBe(once);
      }),
      { numRuns: 500 }
    );
  });
});

describe('defaultWaveOf', () => {
  const wave = (id: string, isDefault?: true) => ({ id, default: isDefault });
  it('is the wave marked default, wherever it stands in the list', () => {
    expect(defaultWaveOf([wave('a'), wave('b', true), wave('c')]).id).toBe('b');
  });
  it('throws with the file and the fix when no wave is marked (validation reports this first)', () => {
    expect(() => defaultWaveOf([wave('a')])).toThrow(/data\/waves\.yaml.*"default: true"/);
  });
});

describe('parameters of the page itself', () => {
  it('an embed’s theme is neither a filter nor reported as an unknown parameter', () => {
    const { state, ignored } = parseFilterParams(new URLSearchParams('theme=dark&province=KH-21&colour=red'), vocabulary);
    expect(state.province).toEqual(['KH-21']);
    expect(ignored).toEqual([{ param: 'colour', value: 'red', reason: 'unknown parameter' }]);
    expect(serializeFilterState(state, vocabulary.defaultWave)).toBe('province=KH-21');
  });
});
