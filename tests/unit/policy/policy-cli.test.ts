import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function policy(...args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/policy.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('policy command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cg-policy-'));

  it('check accepts a valid policy', () => {
    const result = policy('check', 'docs/admin/examples/strict-bank.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('valid');
  }, 30_000);

  it('check prints every error with its path and exits non-zero', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ mode: 'paranoid', blockedApps: [{ clientId: 1 }], tyop: 1 }));
    const result = policy('check', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('mode: must be one of "audit", "warn", "enforce" (found "paranoid")');
    expect(result.stderr).toContain('blockedApps[0].clientId: must be text (found 1)');
    expect(result.stderr).toContain('tyop: is not a known setting');
  }, 30_000);

  it('check accepts the deployment files it exports', () => {
    const out = join(dir, 'chrome.json');
    expect(
      policy('export', 'docs/admin/examples/relaxed-startup.json', '--to', 'chrome-linux', '--out', out).code,
    ).toBe(0);
    expect(policy('check', out).code).toBe(0);
  }, 30_000);

  it('export writes ADMX templates into a folder', () => {
    const out = join(dir, 'admx');
    const result = policy(
      'export',
      'docs/admin/examples/strict-bank.json',
      '--to',
      'windows-admx',
      '--out',
      out,
      '--id',
      'abcdefghijklmnopabcdefghijklmnop',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(out, 'consent-guard.admx'), 'utf8')).toContain('abcdefghijklmnopabcdefghijklmnop');
    expect(readFileSync(join(out, 'fr-FR', 'consent-guard.adml'), 'utf8')).toContain('Politique');
  }, 30_000);

  it('export refuses a policy with errors and an unknown target', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"mode": 3}');
    expect(policy('export', file, '--to', 'chrome-linux').code).toBe(1);
    expect(policy('export', 'docs/admin/examples/strict-bank.json', '--to', 'amiga').code).toBe(2);
  }, 30_000);
});
