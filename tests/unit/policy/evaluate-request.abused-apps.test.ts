import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { AbusedAppIndex, parseAbusedAppsFeed } from '../../../lib/feeds/abused-apps';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { FEED } from '../feeds/fixtures';

const index = new AbusedAppIndex(parseAbusedAppsFeed(FEED).apps);
const msRequest = (clientId: string, scope = 'openid profile') =>
  parseAuthorizationRequest(
    `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=${encodeURIComponent(scope)}&redirect_uri=https%3A%2F%2Fapp.example%2Fcb`,
  );

function decide(clientId: string, policy: unknown = {}) {
  const request = msRequest(clientId);
  if (!request) throw new Error('not a request');
  return evaluateRequest(request, assessRequestRisk(request), readPolicy(policy).policy, index);
}

describe('apps on the known-abused feed, under the policy', () => {
  it('warns on a listed app even for a plain sign-in, blocks when the policy says so, and says why', () => {
    const warned = decide('aaaaaaaa-0000-4000-8000-00000000abcd');
    expect(warned.decision).toBe('warn');
    expect(warned.reasons).toContain('abused-app:aaaaaaaa-0000-4000-8000-00000000abcd');
    expect(warned.abused?.description).toContain('copy mailboxes');
    expect(decide('aaaaaaaa-0000-4000-8000-00000000abcd', { abusedApps: { action: 'block' } }).decision).toBe('block');
    expect(decide('cccccccc-0000-4000-8000-000000000000').decision).toBe('allow');
  });

  it('lets the organisation allow a listed app by name, and never lets the feed weaken a block', () => {
    const id = 'aaaaaaaa-0000-4000-8000-00000000abcd';
    expect(decide(id, { allowedApps: [{ provider: 'microsoft', clientId: id }] }).decision).toBe('allow');
    expect(decide(id, { blockedApps: [{ provider: 'microsoft', clientId: id }] }).decision).toBe('block');
    expect(decide(id, { mode: 'audit' }).decision).toBe('allow');
    expect(decide(id, { mode: 'audit' }).reasons).toContain(`abused-app:${id}`);
  });
});
