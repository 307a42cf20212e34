import { describe, expect, it } from 'vitest';
import { ApprovedGrants, type PriorGrant } from '../../../lib/decision/approved-grants';
import { type JudgeOptions, judgeRequest } from '../../../lib/decision/judge-request';
import { DEFAULT_POLICY, defaultPolicy } from '../../../lib/policy/default-policy';

const e = encodeURIComponent;
const APP = '11111111-2222-4333-8444-555555555555';
const NOW = Date.parse('2026-12-01T10:00:00Z');
const DAY = 86_400_000;

function ms(params: Record<string, string>, path = '/common/oauth2/v2.0/authorize'): string {
  return `https://login.microsoftonline.com${path}?${new URLSearchParams(params).toString()}`;
}
function judge(url: string, options: Partial<JudgeOptions> = {}) {
  return judgeRequest(url, undefined, { policy: DEFAULT_POLICY, now: NOW, ...options });
}
const grant = (over: Partial<PriorGrant> = {}): PriorGrant => ({
  provider: 'microsoft',
  clientId: APP,
  tenant: 'common',
  account: null,
  scopes: ['openid', 'Mail.Read', 'offline_access'],
  lastSeen: NOW - DAY,
  ...over,
});

describe('a sign-in is not a consent', () => {
  it('lets the provider’s own apps on their own sites through, whatever they ask', () => {
    const owa = judge(
      ms({
        client_id: '9199bf20-a13f-4107-85dc-02114787ef48',
        scope: 'https://outlook.office.com/.default openid profile offline_access',
        redirect_uri: 'https://outlook.office.com/mail/',
        response_type: 'code',
      }),
    );
    expect(owa?.signIn).toBe('first-party');
    expect(owa?.verdict.decision).toBe('allow');
    expect(owa?.verdict.reasons).toContain('sign-in:first-party');
  });

  it('warns the same first-party client sending its answer somewhere that can copy it (ConsentFix)', () => {
    for (const redirect of [
      'http://localhost:53123',
      'http://127.0.0.1:8400/',
      'https://login.microsoftonline.com/common/oauth2/nativeclient',
      'urn:ietf:wg:oauth:2.0:oob',
    ]) {
      const lure = judge(
        ms({
          client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
          scope: 'openid offline_access',
          redirect_uri: redirect,
          response_type: 'code',
        }),
      );
      expect(lure?.signIn, redirect).toBeNull();
      expect(lure?.risk.level, redirect).toBe('critical');
      expect(lure?.verdict.decision, redirect).toBe('warn');
    }
  });

  it('lets the same command-line sign-in through when the browser was handed it from outside', () => {
    const azLogin = ms({
      client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      scope: 'https://management.core.windows.net//.default offline_access openid profile',
      redirect_uri: 'http://localhost:53123',
      response_type: 'code',
    });
    expect(judge(azLogin, { initiator: 'outside' })?.signIn).toBe('command-line');
    expect(judge(azLogin, { initiator: 'outside' })?.verdict.decision).toBe('allow');
    expect(judge(azLogin, { initiator: 'page' })?.verdict.decision).toBe('warn');
  });

  it('never interrupts a silent renewal, in a frame or the tab', () => {
    const silent = ms({
      client_id: APP,
      scope: 'Mail.Read offline_access',
      redirect_uri: 'https://app.example/blank.html',
      response_type: 'code',
      prompt: 'none',
    });
    expect(judge(silent)?.signIn).toBe('silent');
    expect(judge(silent)?.verdict.decision).toBe('allow');
    expect(judge(silent, { frame: 'sub' })?.verdict.decision).toBe('allow');
  });

  it('still flags a silent request built to bounce to the app’s redirect with an error', () => {
    const abuse = ms({
      client_id: APP,
      scope: 'invalidscope',
      redirect_uri: 'https://evil.github.io/',
      response_type: 'code',
      prompt: 'none',
    });
    const judged = judge(abuse);
    expect(judged?.request.flags).toContain('silent-error-redirect');
    expect(judged?.signIn).toBeNull();
    expect(judged?.verdict.decision).toBe('warn');
  });

  it('still stops a blocked app’s silent request', () => {
    const policy = defaultPolicy();
    policy.blockedApps = [
      { provider: 'microsoft', clientId: APP, name: 'Bad app', note: null },
    ] as typeof policy.blockedApps;
    const silent = ms({
      client_id: APP,
      scope: 'User.Read',
      redirect_uri: 'https://app.example/',
      response_type: 'code',
      prompt: 'none',
    });
    expect(judge(silent, { policy })?.verdict.decision).toBe('block');
  });

  it('treats a GitHub request without scope as reusing earlier grants', () => {
    const judged = judge(
      'https://github.com/login/oauth/authorize?client_id=Iv1.0123456789abcdef&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&state=s',
    );
    expect(judged?.signIn).toBe('no-new-access');
    expect(judged?.verdict.decision).toBe('allow');
  });

  it('warns a Microsoft v1 request, whose consent covers every permission the app registered', () => {
    const judged = judge(
      ms(
        { client_id: APP, response_type: 'code', redirect_uri: 'https://app.example/cb', scope: 'openid' },
        '/common/oauth2/authorize',
      ),
    );
    expect(judged?.request.flags).toContain('static-consent');
    expect(judged?.risk.reasons).toContain('hidden-scopes');
    expect(judged?.verdict.decision).toBe('warn');
  });
});

describe('an app the person already approved', () => {
  const url = ms({
    client_id: APP,
    scope: 'openid Mail.Read offline_access',
    redirect_uri: 'https://app.example/cb',
    response_type: 'code',
  });

  it('signs in again quietly when it asks for nothing new', () => {
    const grants = new ApprovedGrants([grant()]);
    expect(judge(url)?.verdict.decision).toBe('warn');
    const again = judge(url, { grants });
    expect(again?.signIn).toBe('already-granted');
    expect(again?.verdict.decision).toBe('allow');
  });

  it('is warned for what is new, and only that is rated', () => {
    const grants = new ApprovedGrants([grant({ scopes: ['openid', 'User.Read', 'offline_access'] })]);
    const more = judge(url, { grants });
    expect(more?.newScopes).toEqual(['Mail.Read']);
    expect(more?.grantedBefore).toEqual(['openid', 'User.Read', 'offline_access']);
    expect(more?.risk.scopes.map((s) => s.scope)).toEqual(['Mail.Read', 'offline_access']);
    expect(more?.verdict.decision).toBe('warn');
  });

  it('is forgotten after the policy’s period, and never remembered when the policy says 0', () => {
    const old = new ApprovedGrants([grant({ lastSeen: NOW - 100 * DAY })]);
    expect(judge(url, { grants: old })?.verdict.decision).toBe('warn');
    const strict = { ...defaultPolicy(), rememberApprovals: 0 };
    expect(judge(url, { grants: new ApprovedGrants([grant()]), policy: strict })?.verdict.decision).toBe('warn');
  });

  it('does not lend one account’s grant to another account or tenant', () => {
    const grants = new ApprovedGrants([grant({ account: 'alice@contoso.com', tenant: 'contoso.com' })]);
    const other = ms({
      client_id: APP,
      scope: 'openid Mail.Read offline_access',
      redirect_uri: 'https://app.example/cb',
      response_type: 'code',
      login_hint: 'bob@contoso.com',
    });
    expect(judge(other, { grants })?.verdict.decision).toBe('warn');
    const otherTenant = `https://login.microsoftonline.com/fabrikam.com/oauth2/v2.0/authorize?client_id=${APP}&scope=${e('openid Mail.Read offline_access')}&response_type=code&redirect_uri=${e('https://app.example/cb')}`;
    expect(judge(otherTenant, { grants })?.verdict.decision).toBe('warn');
  });

  it('handles Google incremental authorisation the same way', () => {
    const google = `https://accounts.google.com/o/oauth2/v2/auth?client_id=1234-abc.apps.googleusercontent.com&response_type=code&redirect_uri=${e('https://app.example/cb')}&scope=${e('openid https://www.googleapis.com/auth/drive.readonly')}&include_granted_scopes=true`;
    const grants = new ApprovedGrants([
      grant({
        provider: 'google',
        clientId: '1234-abc.apps.googleusercontent.com',
        tenant: null,
        scopes: ['openid', 'https://www.googleapis.com/auth/drive.readonly'],
      }),
    ]);
    expect(judge(google)?.verdict.decision).toBe('warn');
    expect(judge(google, { grants })?.verdict.decision).toBe('allow');
  });
});
