import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { sha256Hex } from '../../../lib/core/sha256';
import {
  addFlow,
  expireFlows,
  FLOW_TIMEOUT_MS,
  matchFlow,
  type PendingFlow,
  readAnswer,
  redirectTarget,
  requestOutcome,
  startFlow,
} from '../../../lib/grants/consent-flows';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

const e = encodeURIComponent;
const request = (extra = '', scope = 'openid Mail.Read') =>
  parseAuthorizationRequest(
    `https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=app-1&response_type=code&redirect_uri=${e('https://app.example.com/cb?session=abc#frag')}&scope=${e(scope)}${extra}`,
  ) as AuthorizationRequest;

async function flow(over: Partial<PendingFlow> = {}, state: string | null = 'STATE-1'): Promise<PendingFlow> {
  const r = request();
  const started = (await startFlow(r, assessRequestRisk(r), 'allow', null, 3, 1_000, state)) as PendingFlow;
  return { ...started, ...over };
}

describe('readAnswer', () => {
  it('reads answers from the query or the fragment, never confusing other URLs for one', () => {
    expect(readAnswer('https://app.example.com/cb?code=abc&state=s')).toEqual({
      kind: 'granted',
      state: 's',
      grantedScopes: null,
    });
    expect(readAnswer('https://app.example.com/cb#access_token=t&scope=openid%20email')).toMatchObject({
      kind: 'granted',
      grantedScopes: ['openid', 'email'],
    });
    expect(readAnswer('https://app.example.com/cb?error=access_denied&state=s')).toMatchObject({ kind: 'refused' });
    expect(readAnswer('https://app.example.com/cb?error=server_error')).toBeNull();
    expect(readAnswer('https://shop.example.com/?promo=SUMMER')).toBeNull();
  });

  it('takes an id token as a grant, and the refusals people and providers give as refusals', () => {
    expect(readAnswer('https://app.example.com/cb#id_token=x')?.kind).toBe('granted');
    for (const error of ['consent_required', 'interaction_required', 'user_cancelled', 'invalid_scope'])
      expect(readAnswer(`https://app.example.com/cb?error=${error}`)?.kind, error).toBe('refused');
    expect(readAnswer('not a url')).toBeNull();
  });

  it('splits the granted scopes on commas too (GitHub, Slack)', () => {
    expect(readAnswer('https://app.example.com/cb?code=c&scope=repo,read:user')?.grantedScopes).toEqual([
      'repo',
      'read:user',
    ]);
  });
});

describe('what a flow keeps', () => {
  it('keeps only the origin and path of the redirect URI, never its query or fragment', () => {
    expect(redirectTarget('https://App.Example.com/CB?session=abc#frag')).toBe('https://app.example.com/cb');
    expect(redirectTarget(null)).toBeNull();
    expect(redirectTarget('not a url')).toBeNull();
  });

  it('records what the request asked for, as the inventory stores it', () => {
    const r = request('&login_hint=ann%40contoso.com');
    expect(requestOutcome(r, assessRequestRisk(r), 'warn', 'Expenses')).toEqual({
      provider: 'microsoft',
      clientId: 'app-1',
      appName: 'Expenses',
      tenant: 'contoso.com',
      account: 'ann@contoso.com',
      scopes: ['openid', 'Mail.Read'],
      hiddenScopes: false,
      risk: 'high',
      redirectHost: 'app.example.com',
      decision: 'warn',
    });
  });

  it('keeps the state only as its hash, and starts no flow a device-code page or a request without app could end', async () => {
    const started = await flow();
    expect(started).toMatchObject({ tabId: 3, startedAt: 1_000, redirectTarget: 'https://app.example.com/cb' });
    expect(started.stateHash).toBe(sha256Hex('STATE-1'));
    expect(JSON.stringify(started)).not.toContain('STATE-1');
    expect(JSON.stringify(started)).not.toContain('session=abc');
    expect((await flow({}, null)).stateHash).toBeNull();
    const device = parseAuthorizationRequest('https://microsoft.com/devicelogin') as AuthorizationRequest;
    expect(await startFlow(device, assessRequestRisk(device), 'warn', null, 3, 1_000, null)).toBeNull();
  });
});

describe('matching an answer to its flow', () => {
  const answer = (url: string) => readAnswer(url) as NonNullable<ReturnType<typeof readAnswer>>;

  it('by state first, whatever tab or address it came back to', async () => {
    const mine = await flow({ id: 'mine' });
    const other = await flow({ id: 'other' }, 'STATE-2');
    const url = 'https://elsewhere.example/?code=x&state=STATE-1';
    expect((await matchFlow([other, mine], answer(url), url, 9, false))?.id).toBe('mine');
  });

  it('a state that matches no flow is no answer to a flow that has one', async () => {
    const url = 'https://app.example.com/cb?code=x&state=NOT-OURS';
    expect(await matchFlow([await flow()], answer(url), url, 3, true)).toBeNull();
  });

  it('without a state: by redirect target (the newest), else the tab’s newest flow without one when the provider redirected', async () => {
    const older = await flow({ id: 'older' }, null);
    const newer = await flow({ id: 'newer' }, null);
    const url = 'https://app.example.com/cb?code=x';
    expect((await matchFlow([older, newer], answer(url), url, 9, false))?.id).toBe('newer');
    const noTarget = await flow({ id: 'no-target', redirectTarget: null, tabId: 5 }, null);
    const elsewhere = 'https://elsewhere.example/auth?code=y';
    expect(await matchFlow([noTarget], answer(elsewhere), elsewhere, 5, false)).toBeNull();
    expect(await matchFlow([noTarget], answer(elsewhere), elsewhere, 4, true)).toBeNull();
    expect((await matchFlow([noTarget], answer(elsewhere), elsewhere, 5, true))?.id).toBe('no-target');
  });
});

describe('the list of flows', () => {
  it('keeps the newest fifty', async () => {
    const base = await flow();
    let flows: PendingFlow[] = [];
    for (let i = 0; i < 60; i++) flows = addFlow(flows, { ...base, id: `f${i}` });
    expect(flows).toHaveLength(50);
    expect(flows[0]?.id).toBe('f10');
    expect(flows.at(-1)?.id).toBe('f59');
  });

  it('expires flows that waited longer than the timeout, and keeps the rest', async () => {
    const early = await flow({ id: 'early', startedAt: 0 });
    const late = await flow({ id: 'late', startedAt: 10 });
    const { live, expired } = expireFlows([early, late], FLOW_TIMEOUT_MS + 5);
    expect(expired.map((f) => f.id)).toEqual(['early']);
    expect(live.map((f) => f.id)).toEqual(['late']);
    expect(expireFlows([early], FLOW_TIMEOUT_MS).expired).toEqual([]);
  });
});
