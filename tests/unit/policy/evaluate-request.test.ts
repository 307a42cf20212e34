import { describe, expect, it } from 'vitest';
import { decide, github, google, ms, policyFrom } from './helpers';

describe('policy rules and their interplay', () => {
  it('blocks from the block threshold and warns from the warn threshold', () => {
    const policy = policyFrom({ warnAtRisk: 'medium', blockAtRisk: 'critical' });
    expect(decide(ms('Calendars.Read'), policy).decision).toBe('warn');
    expect(decide(ms('Mail.Read'), policy).decision).toBe('warn');
    expect(decide(ms('Mail.Read offline_access'), policy)).toMatchObject({
      decision: 'block',
      reasons: ['risk-critical'],
    });
  });

  it('an allowed app is never interrupted, whatever it asks for', () => {
    const policy = policyFrom({
      allowedApps: [{ provider: 'microsoft', clientId: 'trusted-*', name: 'Trusted' }],
      blockedScopes: [{ scope: 'Mail.*' }],
      blockAtRisk: 'high',
    });
    const result = decide(ms('Mail.ReadWrite offline_access', '', 'trusted-42'), policy);
    expect(result).toMatchObject({ decision: 'allow', reasons: ['allowed-app:trusted-42'] });
    expect(result.app?.name).toBe('Trusted');
  });

  it('the blocklist beats the allowlist', () => {
    const policy = policyFrom({
      allowedApps: [{ clientId: 'app-*' }],
      blockedApps: [{ provider: 'microsoft', clientId: 'app-evil', name: 'Evil' }],
    });
    expect(decide(ms('openid', '', 'app-evil'), policy)).toMatchObject({
      decision: 'block',
      reasons: ['blocked-app:app-evil'],
    });
    expect(decide(ms('openid', '', 'app-good'), policy).decision).toBe('allow');
  });

  it('app entries are per provider unless *', () => {
    const policy = policyFrom({ blockedApps: [{ provider: 'google', clientId: 'same-id' }] });
    expect(decide(google('openid', 'same-id'), policy).decision).toBe('block');
    expect(decide(ms('openid', '', 'same-id'), policy).decision).toBe('allow');
  });

  it('a request with two client ids is allowed only if both are', () => {
    const policy = policyFrom({ allowedApps: [{ clientId: 'good' }] });
    const url = `${ms('Mail.Read', '', 'good')}&client_id=other`;
    expect(decide(url, policy).decision).toBe('warn');
    const blocked = policyFrom({ blockedApps: [{ clientId: 'other' }] });
    expect(decide(url, blocked).decision).toBe('block');
  });

  it('blocked and warned scopes, with wildcards and per provider', () => {
    const policy = policyFrom({
      blockedScopes: [{ provider: 'microsoft', scope: 'Mail.*' }],
      warnScopes: [{ scope: '*.Read' }, { provider: 'github', scope: 'read:org' }],
      warnAtRisk: 'critical',
    });
    expect(decide(ms('openid Mail.Send'), policy)).toMatchObject({
      decision: 'block',
      reasons: ['blocked-scope:Mail.Send'],
    });
    expect(decide(ms('Calendars.Read'), policy)).toMatchObject({
      decision: 'warn',
      reasons: ['warn-scope:Calendars.Read'],
    });
    expect(decide(github('read:org'), policy).decision).toBe('warn');
    expect(decide(google('https://www.googleapis.com/auth/gmail.send'), policy).decision).toBe('allow');
  });

  it('scope patterns match the normalised scope, whatever spelling the request used', () => {
    const policy = policyFrom({ blockedScopes: [{ provider: 'microsoft', scope: 'Files.ReadWrite.All' }] });
    expect(decide(ms('https://graph.microsoft.com/files.readwrite.all'), policy).decision).toBe('block');
  });

  it('admin consent, hidden scopes and device code follow their settings', () => {
    const policy = policyFrom({
      adminConsent: 'block',
      hiddenScopes: 'allow',
      deviceCode: 'allow',
      warnAtRisk: 'critical',
    });
    expect(
      decide('https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=a&scope=openid', policy)
        .decision,
    ).toBe('block');
    expect(decide(ms('https://graph.microsoft.com/.default'), policy).decision).toBe('allow');
    expect(decide('https://github.com/login/device', policy).decision).toBe('allow');
  });

  it('account rules: personal accounts and other tenants', () => {
    const policy = policyFrom({
      accounts: {
        organisationDomains: ['contoso.com'],
        allowedTenants: ['contoso.onmicrosoft.com'],
        personalAccounts: 'block',
        otherTenants: 'warn',
      },
    });
    const consumer =
      'https://login.microsoftonline.com/consumers/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid';
    expect(decide(consumer, policy)).toMatchObject({ decision: 'block', reasons: ['personal-account'] });
    expect(decide(`${ms('openid')}&login_hint=someone%40gmail.com`, policy).reasons).toContain('personal-account');
    const otherTenant =
      'https://login.microsoftonline.com/fabrikam.com/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid';
    expect(decide(otherTenant, policy)).toMatchObject({ decision: 'warn', reasons: ['other-tenant:fabrikam.com'] });
    const ownTenant =
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid';
    expect(decide(ownTenant, policy).decision).toBe('allow');
    expect(decide(`${ms('openid')}&login_hint=ann%40fabrikam.com`, policy).reasons).toContain(
      'other-tenant:fabrikam.com',
    );
    expect(decide(`${ms('openid')}&login_hint=ann%40contoso.com`, policy).decision).toBe('allow');
  });

  it('audit mode never blocks nor warns, but says what it would have done', () => {
    const policy = policyFrom({ mode: 'audit', blockedApps: [{ clientId: 'app-1' }] });
    const result = decide(ms('Mail.Read'), policy);
    expect(result).toMatchObject({ decision: 'allow', verdict: 'block' });
    expect(result.reasons).toEqual(['blocked-app:app-1', 'audit-mode']);
  });

  it('enforce mode blocks what would be warned', () => {
    const policy = policyFrom({ mode: 'enforce' });
    expect(decide(ms('Mail.Read'), policy)).toMatchObject({
      decision: 'block',
      verdict: 'warn',
      reasons: ['risk-high', 'enforce-mode'],
    });
    expect(decide(ms('openid'), policy).decision).toBe('allow');
  });

  it('a provider switched off is never interrupted', () => {
    const policy = policyFrom({ providers: { github: false } });
    expect(decide(github('repo admin:org'), policy)).toMatchObject({
      decision: 'allow',
      reasons: ['provider-off:github'],
    });
    expect(decide(ms('Mail.Read'), policy).decision).toBe('warn');
  });

  it('custom identity servers are recognised and judged', () => {
    const policy = policyFrom({
      customProviders: [{ name: 'Contoso SSO', host: 'sso.contoso.com', path: '/idp/authorize' }],
      warnScopes: [{ provider: 'custom', scope: 'payroll:*' }],
    });
    const url =
      'https://sso.contoso.com/idp/authorize?client_id=hr-tool&scope=payroll%3Aread&redirect_uri=https%3A%2F%2Fhr.example%2F';
    expect(decide(url, policy)).toMatchObject({ decision: 'warn', reasons: ['warn-scope:payroll:read'] });
  });

  it('passes the bypass settings to the warning page', () => {
    const policy = policyFrom({ bypass: { allowed: false, requireJustification: true, durationMinutes: 2 } });
    expect(decide(ms('Mail.Read'), policy).bypass).toEqual({
      allowed: false,
      requireJustification: true,
      durationMinutes: 2,
    });
  });
});
