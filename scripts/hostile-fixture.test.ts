// The hostile fixtures, through scripts/validate.ts: what the schema forbids is rejected with a fix, what it allows passes
// (and is then built and rendered as inert text by tests/e2e/security.spec.ts). The locator SVG, a file no CSP meta
// covers, is written here with the fixtures' payloads as province names.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locatorSvg } from '../src/lib/server/geo';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = join(ROOT, 'tests/fixtures');

function validate(fixture: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      TSX,
      ['scripts/validate.ts', join(FIXTURES, fixture)],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: child.exitCode, stdout, stderr });
      }
    );
  });
}

/** The block validate.ts prints for one record: from its location line to the blank line after its fix. */
function issueBlock(stderr: string, record: string): string {
  const start = stderr.indexOf(`data/defections/${record}.yaml`);
  expect(start, `no problem reported for ${record}`).toBeGreaterThanOrEqual(0);
  const end = stderr.indexOf('\n\n', start);
  return stderr.slice(start, end === -1 ? undefined : end);
}

/** Every string in the hostile-but-valid records that holds markup or quotes: the payloads a field could carry. */
function hostileStrings(): string[] {
  const strings = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && /[<>&"']/.test(value)) strings.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const folder of ['hostile/data/defections', 'hostile/data/refusals']) {
    for (const file of readdirSync(join(FIXTURES, folder))) collect(parse(readFileSync(join(FIXTURES, folder, file), 'utf8')));
  }
  return [...strings];
}

describe.concurrent('hostile fixtures', { timeout: 60_000 }, () => {
  it('the hostile-but-valid dataset validates: markup, entities, bidi and zero-width characters are allowed text', async () => {
    const { code, stdout, stderr } = await validate('hostile');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ data\/ is valid: 3 defection records \(3 people\), 1 refusals/);
  });

  it('every hostile-but-valid record says it is a test fixture', () => {
    for (const folder of ['hostile/data/defections', 'hostile/data/refusals', 'hostile-invalid/data/defections']) {
      for (const file of readdirSync(join(FIXTURES, folder))) {
        expect(readFileSync(join(FIXTURES, folder, file), 'utf8'), `${folder}/${file}`).toMatch(/"notes": "TEST FIXTURE/);
      }
    }
  });

  it('the locator SVG (/geo/locator.svg) keeps hostile province names as text: no element but its own, every name read back exactly', () => {
    const names = hostileStrings();
    expect(names.length).toBeGreaterThan(5);
    const svg = locatorSvg(names.map((name, i) => ({ iso: `KH-${i + 1}`, name, d: `M${i} 0l1 1z` })));
    expect(new Set([...svg.matchAll(/<\/?([\w:-]+)/g)].map((match) => match[1]))).toEqual(new Set(['svg', 'g', 'path', 'title']));
    const decode = (text: string) =>
      text.replace(/&(lt|gt|amp|quot|apos);/g, (_, entity: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[entity as 'lt']);
    expect([...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => decode(match[1]))).toEqual(names);
  });

  it('rejects every non-http(s) link and every over-long field, naming the record, field, limit and fix', async () => {
    const { code, stdout, stderr } = await validate('hostile-invalid');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');

    const badLinks: Record<string, string> = {
      'invalid-javascript-url': '"javascript:alert(document.domain)"',
      // Leading spaces are trimmed and the scheme is case-insensitive: neither hides it.
      'invalid-javascript-url-obfuscated': '"JaVaScRiPt:alert(1)"',
      'invalid-data-url': '"data:text/html,<script>alert(1)</script>"',
      'invalid-vbscript-url': '"vbscript:msgbox(1)"',
      'invalid-relative-url': '"//hostile.invalid/no-scheme"'
    };
    for (const [record, found] of Object.entries(badLinks)) {
      const block = issueBlock(stderr, record);
      expect(block).toContain(`record "${record}" › field sources[0].url`);
      expect(block).toContain(`found:    ${found}`);
      expect(block).toContain('expected: an absolute http:// or https:// link');
      expect(block).toContain('fix:      Link to the article itself with an http:// or https:// address.');
    }

    const longName = issueBlock(stderr, 'invalid-long-name');
    expect(longName).toContain('field person.name');
    expect(longName).toContain('expected: at most 120 characters');
    // The 10,000-character value is cut short in the message, not dumped whole.
    expect(longName.split('\n').find((line) => line.includes('found:'))!.length).toBeLessThan(100);

    const longQuote = issueBlock(stderr, 'invalid-long-quote');
    expect(longQuote).toContain('field reactions[0].quote');
    expect(longQuote).toContain('expected: at most 300 characters');
    expect(longQuote).toMatch(/fix: +Shorten the quote/);

    expect(stderr).toContain('✗ 7 problems in data/ — nothing was built.');
  });
});
