import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

const MS =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2F';

function riskOf(url: string) {
  return assessRequestRisk(parseAuthorizationRequest(url) as AuthorizationRequest);
}

describe('request risk', () => {
  it('is none for plain sign-in', () => {
    expect(riskOf(`${MS}&scope=openid%20profile%20email%20User.Read`).level).toBe('none');
  });

  it('is the highest level of the scopes, dangerous ones listed first', () => {
    const risk = riskOf(`${MS}&scope=User.Read%20Contacts.Read%20Mail.Send`);
    expect(risk.level).toBe('high');
    expect(risk.scopes.map((s) => s.scope)).toEqual(['Mail.Send', 'Contacts.Read', 'User.Read']);
  });

  it('raises mail access combined with offline access', () => {
    expect(riskOf(`${MS}&scope=Mail.Read`).level).toBe('high');
    const risk = riskOf(`${MS}&scope=Mail.Read%20offline_access`);
    expect(risk.level).toBe('critical');
    expect(risk.reasons).toContain('offline-access-to-data');
  });

  it('does not raise offline access alone', () => {
    expect(riskOf(`${MS}&scope=openid%20offline_access`).level).toBe('low');
  });

  it('never calls hidden scopes none', () => {
    for (const url of [
      `${MS}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default`,
      'https://login.microsoftonline.com/common/oauth2/authorize?client_id=abc&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com',
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&request_uri=urn%3Aexample%3Abwc4JK',
      'https://www.dropbox.com/oauth2/authorize?client_id=abc&response_type=code',
      'https://zoom.us/oauth/authorize?response_type=code&client_id=abc&redirect_uri=https://a.example/',
    ]) {
      const risk = riskOf(url);
      expect(risk.level, url).not.toBe('none');
      expect(risk.reasons, url).toContain('hidden-scopes');
    }
  });

  it('raises admin consent to at least high, critical with risky scopes', () => {
    const signIn = riskOf('https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=abc&scope=openid');
    expect(signIn.level).toBe('high');
    expect(signIn.reasons).toContain('admin-consent');
    const mail = riskOf(
      'https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=abc&scope=Mail.Read',
    );
    expect(mail.level).toBe('critical');
  });

  it('calls ConsentFix critical', () => {
    const risk = riskOf(
      'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=openid',
    );
    expect(risk.level).toBe('critical');
    expect(risk.reasons).toContain('first-party-localhost');
  });

  it('calls device-code pages high', () => {
    expect(riskOf('https://microsoft.com/devicelogin').level).toBe('high');
  });

  it('flags prompt=none with a made-up scope as an error-redirect bounce', () => {
    const risk = riskOf(`${MS}&scope=openid%20nonexistent.scope&prompt=none`);
    expect(risk.reasons).toContain('silent-error-redirect');
    expect(risk.level).toBe('high');
  });

  it('levels unknown scopes by their names and marks them unknown', () => {
    const risk = riskOf(`${MS}&scope=Widgets.ReadWrite.All%20Gadgets.Read`);
    const byName = Object.fromEntries(risk.scopes.map((s) => [s.scope, s]));
    expect(byName['Widgets.ReadWrite.All']?.level).toBe('high');
    expect(byName['Widgets.ReadWrite.All']?.known).toBe(false);
    expect(byName['Gadgets.Read']?.level).toBe('low');
    expect(risk.reasons).toContain('unknown-scopes');
  });
});
