import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyApprovalCode } from '../../../lib/policy/approval-codes';
import { readPolicy } from '../../../lib/policy/read-policy';

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

  it('check accepts the shorthands admins write, and says how it read them', () => {
    const file = join(dir, 'shorthand.json');
    writeFileSync(
      file,
      JSON.stringify({
        blockedScopes: ['Mail.ReadWrite', 'https://mail.google.com/'],
        allowedApps: ['microsoft:1111'],
      }),
    );
    const result = policy('check', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'blockedScopes[0]: a plain scope: read as {"provider": "*", "scope": "Mail.ReadWrite"}',
    );
    expect(result.stdout).toContain('allowedApps[0]: read as {"provider": "microsoft", "clientId": "1111"}');
    expect(result.stdout).toContain('valid');
    // French on request.
    expect(policy('check', file, '--lang', 'fr').stdout).toContain('tout fournisseur');
    // Export writes the full form, so the browser gets objects.
    const exported = policy('export', file, '--to', 'chrome-linux', '--id', 'abcdefghijklmnopabcdefghijklmnop');
    expect(exported.stdout).toContain('"scope": "Mail.ReadWrite"');
  }, 60_000);

  it('check names the key a misspelt one most likely meant', () => {
    const file = join(dir, 'misspelt.json');
    writeFileSync(file, JSON.stringify({ blockedScope: ['Mail.Send'], bypass: { durationMinute: 5 }, approvers: [] }));
    const result = policy('check', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'blockedScope: is not a known setting and is ignored; did you mean "blockedScopes"?',
    );
    expect(result.stderr).toContain(
      'bypass.durationMinute: is not a known setting and is ignored; did you mean "durationMinutes"?',
    );
  }, 30_000);

  it('check refuses a Chrome policy file holding a shorthand: Chrome would drop the whole list', () => {
    const file = join(dir, 'chrome-shorthand.json');
    writeFileSync(
      file,
      JSON.stringify({
        '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { blockedScopes: ['Mail.Send'] } } },
      }),
    );
    const result = policy('check', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('blockedScopes[0]: Chrome and Edge drop this whole list');
  }, 30_000);

  it('show prints the policy in force in the options page’s words: names, no JSON, no secret', () => {
    const file = join(dir, 'show.json');
    writeFileSync(
      file,
      JSON.stringify({
        mode: 'enforce',
        blockedApps: [{ provider: 'microsoft', clientId: 'evil-1', name: 'Invoice Viewer' }],
        warnAtRisk: 'extreme',
        reporting: { endpoint: 'https://siem.example.com/in', authHeader: 'Bearer TOP-SECRET' },
      }),
    );
    const result = policy('show', file);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Mode: enforce (block whatever would be warned).');
    expect(result.stdout).toContain('• Invoice Viewer (Microsoft, client id evil-1)');
    expect(result.stdout).toContain('Authorization header [organisation]: set (hidden)');
    expect(result.stdout).toContain('warnAtRisk (Warn from risk level): must be one of');
    expect(result.stdout).not.toContain('TOP-SECRET');
    expect(result.stdout).not.toContain('{"');
    const fr = policy('show', file, '--lang', 'fr');
    expect(fr.stdout).toContain('Applications bloquées [l');
    expect(fr.stdout).toContain('Invoice Viewer (Microsoft, identifiant client evil-1)');
  }, 30_000);

  it('keygen and approve: a private key only its owner reads, a public key for the policy, a code the browser accepts', async () => {
    const keys = join(dir, 'keys');
    const made = policy('keygen', '--out', keys, '--name', 'IT approvals');
    expect(made.code).toBe(0);
    const entry = JSON.parse(made.stdout.trim()) as { name: string; publicKey: string };
    expect(entry.name).toBe('IT approvals');
    const keyFile = join(keys, 'consent-guard-approver.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const privatePem = readFileSync(keyFile, 'utf8');
    expect(privatePem).toContain('-----BEGIN PRIVATE KEY-----');
    // The private key is never printed, nor is it the public key.
    const privateBody = privatePem.split('\n')[1] as string;
    expect(made.stdout + made.stderr).not.toContain(privateBody);
    // Never overwritten by accident.
    expect(policy('keygen', '--out', keys).code).toBe(1);

    const approved = policy(
      'approve',
      '--key',
      keyFile,
      '--provider',
      'microsoft',
      '--client-id',
      'aaaaaaaa-1111-4111-8111-111111111111',
      '--scopes',
      'Mail.Read offline_access',
      '--account',
      'ann@contoso.com',
      '--days',
      '14',
    );
    expect(approved.code).toBe(0);
    const code = approved.stdout.trim();
    expect(code).toMatch(/^CG1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const policyWithKey = readPolicy({ approvers: [entry] });
    expect(policyWithKey.errors).toEqual([]);
    const checked = await verifyApprovalCode(code, policyWithKey.policy.approvers, Date.now());
    expect(checked).toMatchObject({
      ok: true,
      approval: {
        provider: 'microsoft',
        clientId: 'aaaaaaaa-1111-4111-8111-111111111111',
        scopes: ['Mail.Read', 'offline_access'],
        account: 'ann@contoso.com',
        approver: 'IT approvals',
      },
    });
    if (checked.ok) expect(checked.approval.expiresAt - checked.approval.issuedAt).toBe(14 * 86_400_000);
    // Another approver's key does not verify it.
    const other = policy('keygen', '--out', join(dir, 'other'), '--name', 'Other');
    const otherEntry = JSON.parse(other.stdout.trim());
    expect(
      await verifyApprovalCode(code, readPolicy({ approvers: [otherEntry] }).policy.approvers, Date.now()),
    ).toEqual({
      ok: false,
      error: 'unknown-key',
    });
    // Missing or bad arguments are refused before anything is signed.
    expect(policy('approve', '--key', keyFile, '--provider', 'myspace', '--client-id', 'x').code).toBe(2);
    expect(policy('approve', '--key', keyFile, '--provider', 'microsoft', '--client-id', 'app-*').code).toBe(2);
  }, 90_000);
});
