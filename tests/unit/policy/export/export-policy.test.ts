import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listsChromeDrops } from '../../../../lib/policy/chrome-managed-schema';
import { exportPolicy, policyDocument } from '../../../../lib/policy/export/export-policy';
import { readPolicy } from '../../../../lib/policy/read-policy';
import { unwrapDeployment } from '../../../../lib/policy/unwrap-deployment';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const strict = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8')));

describe('policy export', () => {
  it('chrome-linux and firefox-policies read back to the same policy', () => {
    for (const target of ['chrome-linux', 'firefox-policies'] as const) {
      const [file] = exportPolicy(strict, target, { extensionId: ID });
      const back = readPolicy(unwrapDeployment(JSON.parse(file?.content ?? '')));
      expect(back.errors, target).toEqual([]);
      expect(back.policy, target).toEqual(strict.policy);
    }
  });

  it('writes only what the admin set, without nulls (Chrome drops lists holding them)', () => {
    const [file] = exportPolicy(strict, 'chrome-linux', { extensionId: ID });
    const policy = JSON.parse(file?.content ?? '')['3rdparty'].extensions[ID];
    expect(Object.keys(policy)).not.toContain('hiddenScopes');
    expect(file?.content).not.toContain('null');
  });

  it('policy export writes the full form, which Chrome’s schema takes', () => {
    const reading = readPolicy({ blockedScopes: ['Mail.Send'], allowedApps: ['microsoft:1111'] });
    const [file] = exportPolicy(reading, 'chrome-linux', { extensionId: 'abcdefghijklmnopabcdefghijklmnop' });
    const policy = JSON.parse(file?.content ?? '')['3rdparty'].extensions.abcdefghijklmnopabcdefghijklmnop;
    expect(policy.blockedScopes).toEqual([{ provider: '*', scope: 'Mail.Send' }]);
    expect(policy.allowedApps).toEqual([{ provider: 'microsoft', clientId: '1111' }]);
    expect(listsChromeDrops(policy)).toEqual([]);
    expect(readPolicy(unwrapDeployment(JSON.parse(file?.content ?? ''))).notes).toEqual([]);
  });

  it('writes the keys the admin set, in their checked form, and leaves the defaults out', () => {
    const reading = readPolicy({ mode: 'ENFORCE', bypass: '{"allowed": "false"}', retentionDays: '90' });
    expect(policyDocument(reading)).toEqual({
      mode: 'enforce',
      bypass: { allowed: false, requireJustification: false, durationMinutes: 5 },
      retentionDays: 90,
    });
    expect(policyDocument(readPolicy({}))).toEqual({});
  });
});
