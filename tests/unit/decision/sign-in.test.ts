import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest, RequestFlag } from '../../../lib/authz/types';
import { signInReason } from '../../../lib/decision/sign-in';

const e = encodeURIComponent;
const parse = (url: string) => parseAuthorizationRequest(url) as AuthorizationRequest;
const ms = (scope: string, extra = '') =>
  parse(
    `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=app-1&response_type=code&redirect_uri=${e('https://app.example/cb')}&scope=${e(scope)}${extra}`,
  );
const withFlags = (request: AuthorizationRequest, ...flags: RequestFlag[]) => ({
  ...request,
  flags: [...request.flags, ...flags],
});

describe('signInReason', () => {
  it('a consent is no sign-in', () => {
    expect(signInReason(ms('Mail.Read'), {}, null)).toBeNull();
  });

  it('the provider’s own app answering home is a first-party sign-in', () => {
    expect(signInReason(withFlags(ms('Mail.Read'), 'first-party'), {}, null)).toBe('first-party');
  });

  it('the provider’s own app answering to a loopback address is a command-line sign-in only when opened from outside', () => {
    const request = withFlags(ms('openid'), 'first-party-localhost');
    expect(signInReason(request, { initiator: 'outside' }, null)).toBe('command-line');
    expect(signInReason(request, { initiator: 'page' }, null)).toBeNull();
    expect(signInReason(request, {}, null)).toBeNull();
  });

  it('a silent request is a sign-in, in the tab or in a frame; any other request in a frame cannot show a consent', () => {
    const silent = ms('Mail.Read', '&prompt=none');
    expect(silent.flags).toContain('silent');
    expect(signInReason(silent, {}, null)).toBe('silent');
    expect(signInReason(silent, { frame: 'sub' }, null)).toBe('silent');
    expect(signInReason(ms('Mail.Read'), { frame: 'sub' }, null)).toBe('frame');
  });

  it('an app that holds everything it asks for signs in again', () => {
    expect(signInReason(ms('Mail.Read'), {}, [])).toBe('already-granted');
    expect(signInReason(ms('Mail.Read'), {}, ['Mail.Read'])).toBeNull();
  });

  it('no scope at a provider that then reuses earlier grants asks for nothing new, unless the scopes are hidden', () => {
    const github = parse(
      'https://github.com/login/oauth/authorize?client_id=Iv1.abc&redirect_uri=https%3A%2F%2Fapp.example%2Fcb',
    );
    expect(github.scopes).toBeNull();
    expect(signInReason(github, {}, null)).toBe('no-new-access');
    expect(signInReason(withFlags(github, 'par'), {}, null)).toBeNull();
    // At Dropbox, no scope means what the app registered: hidden, not nothing.
    const dropbox = parse('https://www.dropbox.com/oauth2/authorize?client_id=abc&response_type=code');
    expect(signInReason(dropbox, {}, null)).toBeNull();
  });

  it('is never a sign-in for a lure: lookalike or proxied hosts, error-redirect abuse', () => {
    const firstParty = withFlags(ms('openid', '&prompt=none'), 'first-party');
    for (const flag of ['lookalike-host', 'foreign-host-first-party'] as const) {
      expect(signInReason(withFlags(firstParty, flag), {}, []), flag).toBeNull();
      expect(signInReason(withFlags(firstParty, flag), { frame: 'sub' }, []), `${flag} in a frame`).toBeNull();
    }
    expect(signInReason(withFlags(firstParty, 'silent-error-redirect'), {}, [])).toBeNull();
    // In a frame, an error bounce takes nobody anywhere: still a silent request.
    expect(signInReason(withFlags(firstParty, 'silent-error-redirect'), { frame: 'sub' }, [])).toBe('silent');
  });

  it('is never a sign-in for device-code pages, admin consent or app installations', () => {
    for (const url of [
      'https://microsoft.com/devicelogin',
      'https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=a&scope=openid',
      'https://github.com/apps/octo/installations/new',
    ]) {
      const request = withFlags(parse(url), 'first-party', 'silent');
      expect(signInReason(request, { initiator: 'outside' }, []), url).toBeNull();
    }
  });
});
