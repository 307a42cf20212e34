import { describe, expect, it } from 'vitest';
import { clientIdRegex, compileDnrRules, dnrRedirects, scopeRegex } from '../../../lib/interception/dnr-rules';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { policyFrom } from '../policy/helpers';

const PAGE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/warning.html';
const MS = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?response_type=code';
const host = 'login.microsoftonline.com';

describe('declarativeNetRequest rules from the policy', () => {
  it('the default policy and audit mode block nothing, so they compile to no rule', () => {
    expect(compileDnrRules(DEFAULT_POLICY, PAGE).rules).toEqual([]);
    expect(compileDnrRules(policyFrom({ mode: 'audit', blockedApps: [{ clientId: 'x' }] }), PAGE).rules).toEqual([]);
  });

  it('blocked apps redirect to the warning page with the request in the fragment', () => {
    const { rules } = compileDnrRules(
      policyFrom({ blockedApps: [{ provider: 'microsoft', clientId: 'evil-*' }] }),
      PAGE,
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]?.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${PAGE}#dnr:\\0` } });
    expect(rules[0]?.condition.requestDomains).toContain('login.microsoftonline.com');
    expect(dnrRedirects(rules, `${MS}&client_id=evil-42&scope=openid`, host)).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client%5Fid=EVIL-42&scope=openid`, host)).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client_id=good&scope=openid`, host)).toBe(false);
    expect(dnrRedirects(rules, 'https://evil.example/?client_id=evil-1', 'evil.example')).toBe(false);
  });

  it('block rules see scopes joined by a literal + (%2B), as Microsoft splits them', () => {
    const { rules } = compileDnrRules(policyFrom({ blockedScopes: [{ provider: '*', scope: 'Mail.Send' }] }), PAGE);
    expect(dnrRedirects(rules, `${MS}&client_id=a&scope=User.Read%2BMail.Send`, host)).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client_id=a&scope=User.Read%2BMail.SendAs`, host)).toBe(false);
  });

  it('a silent request passes the rules only where the provider honours prompt=none', () => {
    const { rules } = compileDnrRules(policyFrom({ blockedScopes: [{ provider: '*', scope: 'repo' }] }), PAGE);
    const gh = 'https://github.com/login/oauth/authorize?client_id=a&scope=repo';
    expect(dnrRedirects(rules, gh, 'github.com')).toBe(true);
    // GitHub ignores prompt=none and shows its consent screen: still blocked.
    expect(dnrRedirects(rules, `${gh}&prompt=none`, 'github.com')).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client_id=a&scope=repo&prompt=none`, host)).toBe(false);
  });

  it('never matches the warning page itself (which carries the request in its fragment)', () => {
    const { rules } = compileDnrRules(policyFrom({ blockedApps: [{ clientId: 'evil' }] }), PAGE);
    for (const rule of rules) {
      expect(new RegExp(rule.condition.regexFilter, 'i').test(`${PAGE}#dnr:${MS}&client_id=evil`)).toBe(false);
    }
  });

  it('blocked apps beat allowed apps, which beat scope rules', () => {
    const policy = policyFrom({
      allowedApps: [{ clientId: 'trusted' }, { clientId: 'both' }],
      blockedApps: [{ clientId: 'both' }],
      blockedScopes: [{ scope: 'Mail.*' }],
    });
    const { rules } = compileDnrRules(policy, PAGE);
    expect(dnrRedirects(rules, `${MS}&client_id=trusted&scope=Mail.Read`, host)).toBe(false);
    expect(dnrRedirects(rules, `${MS}&client_id=both&scope=openid`, host)).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client_id=other&scope=openid%20Mail.Send`, host)).toBe(true);
  });

  it('enforce mode blocks the catalogue scopes from the warn level, in their common spellings', () => {
    const { rules } = compileDnrRules(policyFrom({ mode: 'enforce' }), PAGE);
    const blocked = (query: string) => dnrRedirects(rules, `${MS}&client_id=a&${query}`, host);
    expect(blocked('scope=Mail.Read')).toBe(true);
    expect(blocked('scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2Fmail.read')).toBe(true);
    expect(blocked('scope=openid+offline_access+Files.ReadWrite.All')).toBe(true);
    expect(blocked('scope=openid%20User.Read')).toBe(false);
    expect(blocked('scope=Contacts.Read')).toBe(false);
    expect(blocked('scope=Notes.Read')).toBe(false);
    expect(
      dnrRedirects(
        rules,
        'https://accounts.google.com/o/oauth2/v2/auth?client_id=a&scope=https%3A//www.googleapis.com/auth/drive',
        'accounts.google.com',
      ),
    ).toBe(true);
    expect(
      dnrRedirects(rules, 'https://github.com/login/oauth/authorize?client_id=a&scope=repo,read:user', 'github.com'),
    ).toBe(true);
    expect(
      dnrRedirects(rules, 'https://github.com/login/oauth/authorize?client_id=a&scope=read:user', 'github.com'),
    ).toBe(false);
  });

  it('device code, admin consent and hidden scopes follow their settings', () => {
    const { rules } = compileDnrRules(
      policyFrom({ deviceCode: 'block', adminConsent: 'block', hiddenScopes: 'block' }),
      PAGE,
    );
    expect(dnrRedirects(rules, 'https://microsoft.com/devicelogin', 'microsoft.com')).toBe(true);
    expect(dnrRedirects(rules, 'https://www.microsoft.com/en-us/devicelogin', 'www.microsoft.com')).toBe(true);
    expect(dnrRedirects(rules, 'https://github.com/login/device', 'github.com')).toBe(true);
    expect(
      dnrRedirects(rules, 'https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=a', host),
    ).toBe(true);
    expect(dnrRedirects(rules, `${MS}&client_id=a&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default`, host)).toBe(
      true,
    );
    expect(
      dnrRedirects(rules, `${MS}&client_id=a&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Ax`, host),
    ).toBe(true);
    expect(
      dnrRedirects(
        rules,
        'https://login.microsoftonline.com/common/oauth2/authorize?client_id=a&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com',
        host,
      ),
    ).toBe(true);
  });

  it('a provider switched off gets no rule', () => {
    const { rules } = compileDnrRules(policyFrom({ providers: { github: false }, mode: 'enforce' }), PAGE);
    expect(rules.some((r) => r.condition.requestDomains.includes('github.com'))).toBe(false);
  });

  it('keeps every regex small enough for Chrome (measured limit: about 130 characters of scope names)', () => {
    const { rules, dropped } = compileDnrRules(policyFrom({ mode: 'enforce', warnAtRisk: 'medium' }), PAGE);
    expect(dropped).toBe(0);
    for (const rule of rules)
      expect(rule.condition.regexFilter.length, rule.condition.regexFilter).toBeLessThanOrEqual(160);
  });

  it('stays within the rule budget with a thousand blocked apps, and counts what it leaves to the worker', () => {
    const blockedApps = Array.from({ length: 3000 }, (_v, i) => ({
      clientId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
    }));
    const { rules, dropped } = compileDnrRules(policyFrom({ blockedApps }), PAGE);
    expect(rules.length).toBeLessThanOrEqual(900);
    expect(dropped).toBeGreaterThan(0);
  });

  it('builds readable regexes', () => {
    expect(clientIdRegex(['a.b', 'c*'])).toBe('[?&]client(?:_|%5f)id=(?:a\\.b|c[^&]*)(?:&|$)');
    expect(scopeRegex(['read:org'])).toContain('read(?::|%3a)org');
  });
});
