import { describe, expect, it } from 'vitest';
import { compilePolicy, ProviderPatterns } from '../../../lib/policy/compiled-policy';
import { policyFrom } from './helpers';

describe('ProviderPatterns', () => {
  it('tries the provider’s own patterns, then those for any provider', () => {
    const patterns = new ProviderPatterns<string>();
    patterns.add('google', 'app-*', 'google rule');
    patterns.add('*', 'app-1', 'any rule');
    expect(patterns.match('google', 'app-2')).toBe('google rule');
    expect(patterns.match('microsoft', 'app-1')).toBe('any rule');
    expect(patterns.match('microsoft', 'app-2')).toBeUndefined();
  });
});

describe('compilePolicy', () => {
  const policy = policyFrom({
    allowedApps: [{ provider: 'microsoft', clientId: 'trusted-*', name: 'Trusted' }],
    blockedApps: ['evil-1'],
    blockedScopes: [{ provider: 'github', scope: 'delete_repo' }],
    warnScopes: ['*.Read'],
  });

  it('indexes the policy’s app and scope rules by provider', () => {
    const compiled = compilePolicy(policy);
    expect(compiled.policy).toBe(policy);
    expect(compiled.allowedApps.match('microsoft', 'TRUSTED-9')?.name).toBe('Trusted');
    expect(compiled.allowedApps.match('google', 'trusted-9')).toBeUndefined();
    expect(compiled.blockedApps.match('slack', 'evil-1')?.clientId).toBe('evil-1');
    expect(compiled.blockedScopes.match('github', 'delete_repo')?.scope).toBe('delete_repo');
    expect(compiled.blockedScopes.match('microsoft', 'delete_repo')).toBeUndefined();
    expect(compiled.warnScopes.match('microsoft', 'Calendars.Read')?.scope).toBe('*.Read');
  });

  it('compiles each policy once', () => {
    expect(compilePolicy(policy)).toBe(compilePolicy(policy));
    expect(compilePolicy(policyFrom({}))).not.toBe(compilePolicy(policy));
  });
});
