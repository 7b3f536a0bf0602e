// Property: whatever the files contain, parseDataset reports issues and never throws.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseDataset, type DataFile } from './dataset';
import { readDataFiles } from '$lib/server/read-data';
import type { ValidationIssue } from './issues';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const VALID: DataFile[] = readDataFiles(join(ROOT, 'tests/fixtures/valid'));
const UL_POV = 'data/defections/ul-pov.yaml';

function withText(path: string, text: string): DataFile[] {
  return [...VALID.filter((f) => f.path !== path), { path, text }];
}

function expectWellFormedIssues(issues: ValidationIssue[]) {
  for (const issue of issues) {
    expect(typeof issue.file).toBe('string');
    expect(typeof issue.found).toBe('string');
    expect(typeof issue.expected).toBe('string');
    expect(typeof issue.fix).toBe('string');
    if (issue.line !== undefined) expect(Number.isInteger(issue.line) && issue.line >= 1).toBe(true);
  }
}

/** Parses, failing the property with the offending text if it throws. */
function parseSafely(files: DataFile[]) {
  const result = parseDataset(files);
  expectWellFormedIssues(result.issues);
  return result;
}

// Pieces that exercise YAML's grammar: indentation, flow collections, anchors, aliases, tags, quotes, block scalars.
const yamlPiece = fc.oneof(
  fc.constantFrom(
    '\n', '\n  ', '\n    ', '- ', ': ', ':', '? ', ', ', '{', '}', '[', ']', '"', "'", '\\', '#', '|', '>-', '%YAML 1.2\n', '---\n', '...\n',
    '&a ', '*a', '&b ', '*b', '!!str ', '!!int ', '!!binary ', '!!timestamp ', '!!set ', '!!map ', '!!seq ', '!custom ', '<<: ',
    'id', 'ul-pov', 'wave', 'win-win-2017', 'person', 'name', 'place', 'province', 'district', 'commune', '"03"', '030613',
    'date', 'value', '2017-02-30', '2017-10-28', 'precision', 'day', 'sources', 'url', 'javascript:alert(1)', 'reactions',
    'source', '99', '-1', '1e400', 'null', '~', 'true', '__proto__', 'constructor', '\t', '\uFEFF', 'ស្រក'
  ),
  fc.string({ maxLength: 4 })
);
const yamlishText = fc.array(yamlPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

// A valid record with one field (possibly nested) replaced by an arbitrary JSON value.
const VALID_RECORD = parse(VALID.find((f) => f.path === UL_POV)!.text) as Record<string, unknown>;
const FIELD_PATHS: string[][] = [
  ['id'], ['wave'], ['person'], ['person', 'name'], ['person', 'age'], ['people'], ['role'], ['place'], ['place', 'province'],
  ['place', 'district'], ['place', 'commune'], ['date'], ['date', 'value'], ['date', 'precision'], ['date', 'not_before'],
  ['from_party'], ['to_party'], ['reason'], ['reason', 'tags'], ['reason', 'quote'], ['reactions'], ['reactions', '0'],
  ['reactions', '0', 'source'], ['sources'], ['sources', '0'], ['sources', '0', 'url'], ['status'], ['retracted'], ['unknown_field']
];
const mutatedRecord = fc.tuple(fc.constantFrom(...FIELD_PATHS), fc.jsonValue({ maxDepth: 3 })).map(([path, value]) => {
  const record = structuredClone(VALID_RECORD);
  let target: Record<string, unknown> = record;
  for (const key of path.slice(0, -1)) {
    if (!target[key] || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[path.at(-1)!] = value;
  return record;
});

const csvPiece = fc.oneof(
  fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', 'code', 'district', 'province', 'name', 'name_km', 'unit', 'aliases', 'iso', '03', '0306', '030613', 'KH-3', 'Srak', 'ស្រក', 'a|b'),
  fc.string({ maxLength: 5 })
);
const csvishText = fc.array(csvPiece, { maxLength: 40 }).map((pieces) => pieces.join(''));

// A typo'd alias, and the "billion laughs" expansion: yaml's toJS() throws on both.
const UNRESOLVED_ALIAS = 'id: ul-pov\nwave: *win-win-2017\n';
const ALIAS_BOMB = ['a: &a [1,2]', ...'bcd'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abc'[i]}`).join(',')}]`), `e: [${Array(10).fill('*d').join(',')}]`].join('\n');

describe('YAML aliases', () => {
  it('an alias to a missing anchor is reported as an issue, not thrown', () => {
    const { issues } = parseDataset(withText(UL_POV, UNRESOLVED_ALIAS));
    const issue = issues.find((i) => i.file === UL_POV);
    expect(issue?.found).toMatch(/alias/i);
  });

  it('an alias bomb is reported as an issue, not thrown or expanded', () => {
    const { issues } = parseDataset(withText('data/tallies.yaml', ALIAS_BOMB));
    expect(issues.some((i) => i.file === 'data/tallies.yaml')).toBe(true);
  });

  it('a self-referencing alias is reported, not looped over', () => {
    const { issues } = parseDataset(withText(UL_POV, 'id: ul-pov\nperson: &p {name: x, other_spellings: [*p]}\n'));
    expect(issues.some((i) => i.file === UL_POV && i.field === 'person.other_spellings[0]')).toBe(true);
  });
});

describe('parseDataset never throws', { timeout: 30_000 }, () => {
  it('on YAML-ish text as a defection file', () => {
    fc.assert(
      fc.property(yamlishText, (text) => {
        parseSafely(withText(UL_POV, text));
      }),
      {
        numRuns: 300,
        // Known hazards for YAML readers: an alias to a missing anchor, and an alias bomb.
        examples: [[UNRESOLVED_ALIAS], [ALIAS_BOMB], ['&a [*a]'], ['a: &x {b: *x}'], ['id: ul-pov\nperson: &p {name: x, other_spellings: [*p]}\n']]
      }
    );
  });

  it('on YAML-ish text as a list file (tallies, events, parties, waves, changes)', () => {
    fc.assert(
      fc.property(fc.constantFrom('data/tallies.yaml', 'data/events.yaml', 'data/parties.yaml', 'data/waves.yaml', 'data/changes.yaml'), yamlishText, (path, text) => {
        parseSafely(withText(path, text));
      }),
      { numRuns: 200 }
    );
  });

  it('on arbitrary JSON values serialised to YAML as a defection file', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { issues } = parseSafely(withText(UL_POV, stringify(value)));
        // Anything but a well-formed record is reported.
        expect(issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 }
    );
  });

  it('on arbitrary values from the YAML data model (anything fast-check can serialise)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), (value) => {
        let text: string | undefined;
        try {
          text = stringify(value);
        } catch {
          return; // not serialisable: nothing to test
        }
        if (typeof text !== 'string') return; // stringify(undefined) gives undefined
        parseSafely(withText(UL_POV, text));
      }),
      { numRuns: 200 }
    );
  });

  it('on a valid record with one field replaced by an arbitrary value', () => {
    fc.assert(
      fc.property(mutatedRecord, (record) => {
        const { issues, dataset } = parseSafely(withText(UL_POV, stringify(record)));
        // A record either comes through, or it is reported against its file.
        const kept = dataset.defections.some((d) => d.id === 'ul-pov');
        if (!kept) expect(issues.some((issue) => issue.file === UL_POV)).toBe(true);
      }),
      { numRuns: 400 }
    );
  });

  it('on arbitrary CSV text as a place list', () => {
    fc.assert(
      fc.property(fc.constantFrom('data/places/provinces.csv', 'data/places/districts.csv', 'data/places/communes.csv'), csvishText, (path, text) => {
        parseSafely(withText(path, text));
      }),
      { numRuns: 300 }
    );
  });

  it('on arbitrary unicode text in every file at once', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 200 }), { minLength: VALID.length, maxLength: VALID.length }), (texts) => {
        parseSafely(VALID.map((file, i) => ({ path: file.path, text: texts[i] })));
      }),
      { numRuns: 100 }
    );
  });
});
