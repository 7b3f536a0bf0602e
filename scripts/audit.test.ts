// scripts/audit.sh's verdict on `npm audit`, driven with canned npm outputs: a stand-in `npm` first on PATH answers
// `npm ci --dry-run` with success and `npm audit` with the recorded output, so no registry is asked.
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

interface NpmAudit {
  stdout: string;
  stderr: string;
  code: number;
}

/** What npm 11 printed here, where the registry refuses the bulk advisory endpoint. */
const REFUSED: NpmAudit = {
  stdout: JSON.stringify({
    message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    method: 'POST',
    uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    statusCode: 405,
    body: '',
    error: { summary: '', detail: '' }
  }),
  stderr: 'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n',
  code: 1
};

const OFFLINE: NpmAudit = {
  stdout: JSON.stringify({
    error: {
      code: 'ENOTFOUND',
      summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org',
      detail: ''
    }
  }),
  stderr: 'npm error code ENOTFOUND\n',
  code: 1
};

const NO_JSON: NpmAudit = { stdout: '', stderr: 'npm error code ECONNRESET\nnpm error network aborted\n', code: 1 };

function report(counts: { moderate?: number; high?: number; critical?: number }): NpmAudit {
  const v = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  const total = v.info + v.low + v.moderate + v.high + v.critical;
  return {
    stdout: JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { ...v, total }, dependencies: { prod: 80, total: 80 } } }),
    stderr: '',
    code: v.high + v.critical > 0 ? 1 : 0
  };
}

const work = mkdtempSync(join(tmpdir(), 'audit-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs audit.sh with `npm audit` answering as given. */
function audit(answer: NpmAudit, args: string[] = [], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(work, 'npm-'));
  writeFileSync(join(dir, 'stdout'), answer.stdout);
  writeFileSync(join(dir, 'stderr'), answer.stderr);
  writeFileSync(
    join(dir, 'npm'),
    `#!/usr/bin/env bash\ncase "$1" in\n  ci) exit 0 ;;\n  audit) cat "${dir}/stdout"; cat "${dir}/stderr" >&2; exit ${answer.code} ;;\nesac\necho "fake npm: unexpected $*" >&2; exit 2\n`
  );
  chmodSync(join(dir, 'npm'), 0o755);
  return new Promise((resolve, reject) => {
    const child = execFile(
      'bash',
      ['scripts/audit.sh', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, AUDIT_STRICT: '', ...env, PATH: `${dir}${delimiter}${process.env.PATH}` } },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: child.exitCode, stdout, stderr });
      }
    );
  });
}

describe.concurrent('audit.sh: npm audit verdict', () => {
  it('says loudly, on stderr, that the audit did not run when the endpoint refuses, with the HTTP status; lenient by default', async () => {
    const { code, stdout, stderr } = await audit(REFUSED);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^⚠ npm audit did NOT run: .*405 Method Not Allowed/m);
    expect(stdout).not.toMatch(/✓ npm audit/);
  });

  it('fails an audit that did not run with --strict or AUDIT_STRICT=1', async () => {
    for (const run of [audit(REFUSED, ['--strict']), audit(REFUSED, [], { AUDIT_STRICT: '1' })]) {
      const { code, stderr } = await run;
      expect(code).toBe(1);
      expect(stderr).toMatch(/^⚠ npm audit did NOT run: .*405/m);
      expect(stderr).toMatch(/--strict/);
    }
  });

  it('names the network error when the registry cannot be reached', async () => {
    const { code, stderr } = await audit(OFFLINE);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^⚠ npm audit did NOT run: .*ENOTFOUND/m);
  });

  it('quotes npm’s own error when it prints no JSON report', async () => {
    const { code, stderr } = await audit(NO_JSON, ['--strict']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^⚠ npm audit did NOT run: .*ECONNRESET/m);
  });

  it('passes a clean report, strict or not', async () => {
    for (const run of [audit(report({ moderate: 2 })), audit(report({}), ['--strict'])]) {
      const { code, stdout, stderr } = await run;
      expect(code).toBe(0);
      expect(stdout).toMatch(/✓ npm audit --omit=dev: ok/);
      expect(stderr).not.toMatch(/⚠/);
    }
  });

  it('fails on high or critical findings', async () => {
    const { code, stderr } = await audit(report({ high: 1, critical: 2 }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/✗ npm audit: found 1 high, 2 critical/);
  });

  it('rejects an unknown option', async () => {
    const { code, stderr } = await audit(report({}), ['--strcit']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--strcit/);
  });
});
