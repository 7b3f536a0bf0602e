// scripts/validate.ts end to end, on the fixture projects kept on disk in tests/fixtures/.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function validate(fixture: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return validateProject(join(ROOT, 'tests/fixtures', fixture));
}

function validateProject(root: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      TSX,
      ['scripts/validate.ts', root],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CASES: '', NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: child.exitCode, stdout, stderr });
      }
    );
  });
}

describe.concurrent('npx tsx scripts/validate.ts <project>', { timeout: 60_000 }, () => {
  it('accepts the valid fixture and summarises it', async () => {
    const { code, stdout, stderr } = await validate('valid');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ data\/ is valid: 2 defection records \(2 people\), 0 refusals, 1 claimed tallies, 1 events/);
    expect(stdout).toContain('2 provinces, 3 districts, 5 communes');
  });

  it('unknown commune: exits non-zero naming file, record, field, found, expected and fix', async () => {
    const { code, stderr, stdout } = await validate('broken-unknown-commune');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('data/defections/ul-pov.yaml › record "ul-pov" › field place.commune');
    expect(stderr).toMatch(/found: +"030699"/);
    expect(stderr).toMatch(/expected: +a commune code from data\/places\/communes\.csv/);
    expect(stderr).toMatch(/fix: +Find the commune in data\/places\/communes\.csv/);
    expect(stderr).toContain('✗ 1 problem in data/');
  });

  it('YAML syntax error: names the file and line', async () => {
    const { code, stderr } = await validate('broken-yaml-syntax');
    expect(code).not.toBe(0);
    expect(stderr).toContain('data/defections/chen-choy.yaml:10\n');
    expect(stderr).toMatch(/found: +YAML syntax error: /);
    expect(stderr).toMatch(/expected: +valid YAML/);
    expect(stderr).toMatch(/fix: +Check indentation/);
  });

  it('missing tallies.yaml', async () => {
    const { code, stderr } = await validate('broken-missing-tallies');
    expect(code).not.toBe(0);
    expect(stderr).toContain('data/tallies.yaml\n');
    expect(stderr).toMatch(/found: +no such file/);
    expect(stderr).toMatch(/fix: +Create data\/tallies\.yaml/);
    expect(stderr).toContain('✗ 1 problem in data/');
  });

  it('several errors in several files are all printed', async () => {
    const { code, stderr } = await validate('broken-several-errors');
    expect(code).not.toBe(0);
    for (const location of [
      'data/defections/ul-pov.yaml:5 › record "ul-pov" › field role',
      'record "ul-pov" › field sources[0].url',
      'data/events.yaml\n',
      'data/defections/chen-choy.yaml › record "chen-choy" › field place.district',
      'data/defections/chen-choy.yaml › record "chen-choy" › field from_party'
    ]) {
      expect(stderr).toContain(location);
    }
    expect(stderr).toMatch(/found: +"mayor"/);
    expect(stderr).toMatch(/found: +"javascript:/);
    expect(stderr).toMatch(/found: +"CNRPX"/);
    // The district error drags the commune along: 210202 is not in 0306 either.
    expect(stderr).toContain('field place.commune');
    const printed = stderr.match(/^ {2}found: /gm)?.length ?? 0;
    expect(printed).toBeGreaterThanOrEqual(6);
    expect(stderr).toContain(`✗ ${printed} problems in data/`);
  });

  it('a directory with no data/ reports every required file', async () => {
    const { code, stderr } = await validate('does-not-exist');
    expect(code).not.toBe(0);
    expect(stderr).toContain('data/parties.yaml');
    expect(stderr).toContain('data/places/communes.csv');
  });
});

describe('npx tsx scripts/validate.ts after an interrupted write', { timeout: 60_000 }, () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));
  function copyOfValid(): string {
    const root = mkdtempSync(join(tmpdir(), 'validate-cli-'));
    copies.push(root);
    cpSync(join(ROOT, 'tests/fixtures/valid'), root, { recursive: true });
    return root;
  }

  it('reports a temporary file left inside data/ (as an older import left them), with the fix', async () => {
    const root = copyOfValid();
    writeFileSync(join(root, 'data/defections/.ul-pov.yaml.4242-0.tmp'), 'id: ul-pov\n');
    const { code, stderr } = await validateProject(root);
    expect(code).not.toBe(0);
    expect(stderr).toContain('data/defections/.ul-pov.yaml.4242-0.tmp');
    expect(stderr).toMatch(/found: +a hidden or temporary file/);
    expect(stderr).toMatch(/fix: +Delete it/);
  });

  it('completes a committed write from its journal, says so, then validates the result', async () => {
    const root = copyOfValid();
    const transaction = join(root, '.data-transaction');
    mkdirSync(join(transaction, 'files'), { recursive: true });
    const notes = readFileSync(join(root, 'data/defections/ul-pov.yaml'), 'utf8').replace(/\nnotes:.*|$/, '\nnotes: Completed from the journal.');
    writeFileSync(join(transaction, 'files/0'), `${notes}\n`);
    writeFileSync(join(transaction, 'journal.json'), JSON.stringify({ purpose: 'import of batch.csv', moves: [{ staged: 'files/0', target: 'data/defections/ul-pov.yaml' }] }));
    const { code, stdout, stderr } = await validateProject(root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Completed an interrupted write to data\/ \(import of batch\.csv\): 1 file moved into place/);
    expect(readFileSync(join(root, 'data/defections/ul-pov.yaml'), 'utf8')).toContain('notes: Completed from the journal.');
    expect(existsSync(transaction)).toBe(false);
  });
});

describe('npx tsx scripts/validate.ts with cases under data/cases/', { timeout: 60_000 }, () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));
  /** The valid Cambodian fixture with the fictitious case copied into data/cases/examplia-2011/. */
  function projectWithCase(): string {
    const root = mkdtempSync(join(tmpdir(), 'validate-cases-'));
    copies.push(root);
    cpSync(join(ROOT, 'tests/fixtures/valid'), root, { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/cases/examplia-2011'), join(root, 'data/cases/examplia-2011'), { recursive: true });
    return root;
  }

  it('checks each case beside data/, which does not take the case files for its own or for stray files', async () => {
    const { code, stdout, stderr } = await validateProject(projectWithCase());
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ data\/ is valid: 2 defection records \(2 people\)/);
    expect(stdout).toContain('✓ case examplia-2011 is valid: 2 people, 3 switches, 1 claimed tallies, 2 events, 5 parties, 2 regions, 3 electoral districts.');
  });

  it('names the case of each message, and fails', async () => {
    const root = projectWithCase();
    const file = join(root, 'data/cases/examplia-2011/switches/bo-sample-2012-05-10.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('party: RED', 'party: PURPLE'));
    writeFileSync(join(root, 'data/cases/examplia-2011/.notes.swp'), '');
    const { code, stdout, stderr } = await validateProject(root);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('[case examplia-2011] data/cases/examplia-2011/switches/bo-sample-2012-05-10.yaml › record "bo-sample-2012-05-10" › field left.party');
    expect(stderr).toMatch(/found: +"PURPLE"/);
    expect(stderr).toMatch(/expected: +a party code from data\/cases\/examplia-2011\/parties\.yaml \(GREEN, BLUE, RED, UNITY, IND\)/);
    expect(stderr).toContain('✗ 1 problem in case examplia-2011 (data/cases/examplia-2011/) — nothing was built.');
    // A hidden file in a case folder is stray like any other in data/.
    expect(stderr).toContain('data/cases/examplia-2011/.notes.swp');
    expect(stderr).toContain('✗ 1 problem in data/');
  });

  it('checks only the cases CASES names, as a build of them reads only them', async () => {
    const root = projectWithCase();
    // Cambodia's data broken, the case sound: a build of the case alone is not held up by data it does not read.
    rmSync(join(root, 'data/tallies.yaml'));
    const alone = await validateProject(root, { CASES: 'examplia-2011' });
    expect(alone.stderr).toBe('');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('✓ case examplia-2011 is valid');
    expect(alone.stdout).toContain("Cambodia's data (the top of data/) not checked: CASES=examplia-2011 leaves it out.");
    const withCambodia = await validateProject(root, { CASES: 'cambodia-2017,examplia-2011' });
    expect(withCambodia.code).not.toBe(0);
    expect(withCambodia.stderr).toContain('tallies.yaml');
    const unknown = await validateProject(root, { CASES: 'examplia-2012' });
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('CASES names "examplia-2012", which the data does not hold. Cases: cambodia-2017, examplia-2011.');
  });
});
