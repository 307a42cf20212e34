import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { riskRank } from '../../../lib/core/risk-level';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

const RUNS = 10_000;
const ENDPOINTS = [
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
  'https://login.microsoftonline.com/contoso.com/oauth2/authorize',
  'https://login.microsoftonline.com/common/v2.0/adminconsent',
  'https://accounts.google.com/o/oauth2/v2/auth',
  'https://github.com/login/oauth/authorize',
  'https://slack.com/oauth/v2/authorize',
  'https://auth.atlassian.com/authorize',
  'https://login.salesforce.com/services/oauth2/authorize',
  'https://www.dropbox.com/oauth2/authorize',
  'https://zoom.us/oauth/authorize',
  'https://idp.example.org/authorize',
];
const PARAM_NAMES = [
  'client_id',
  'scope',
  'user_scope',
  'redirect_uri',
  'response_type',
  'resource',
  'prompt',
  'request',
  'request_uri',
  'continue',
  'state',
  'access_type',
];

/** Query text built from parameter names that matter, with arbitrary (often broken) values. */
const queryText = fc
  .array(fc.tuple(fc.constantFrom(...PARAM_NAMES, 'x'), fc.string({ maxLength: 40 })), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('the parser never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parseAuthorizationRequest(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary Unicode strings after a provider endpoint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENDPOINTS), fc.string({ unit: 'binary', maxLength: 200 }), (endpoint, tail) => {
        parseAuthorizationRequest(`${endpoint}?${tail}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        parseAuthorizationRequest(url);
      }),
      { numRuns: RUNS },
    );
  });

  it('on requests with arbitrary parameter values and POST bodies', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ENDPOINTS),
        queryText,
        fc.option(fc.oneof(queryText, fc.dictionary(fc.string(), fc.array(fc.string()))), { nil: undefined }),
        (endpoint, query, body) => {
          const request = parseAuthorizationRequest(`${endpoint}?${query}`, body);
          if (request) assessRequestRisk(request);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('normalisation is idempotent', () => {
  it('for a parsed request: parsing its normalised form again gives the same request', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENDPOINTS), queryText, (endpoint, query) => {
        const first = parseAuthorizationRequest(`${endpoint}?${query}`);
        if (first === null) return;
        const rebuilt = new URL(endpoint);
        rebuilt.searchParams.set('client_id', first.clientId ?? '');
        if (first.redirectUri !== null) rebuilt.searchParams.set('redirect_uri', first.redirectUri);
        if (first.responseType !== null) rebuilt.searchParams.set('response_type', first.responseType);
        const visibleScopes = (first.scopes ?? []).filter((s) => !first.userScopes.includes(s));
        if (visibleScopes.length > 0) rebuilt.searchParams.set('scope', visibleScopes.join(' '));
        if (first.resource !== null) rebuilt.searchParams.set('resource', first.resource);
        if (first.userScopes.length > 0) rebuilt.searchParams.set('user_scope', first.userScopes.join(' '));
        const second = parseAuthorizationRequest(rebuilt.href);
        const carriedElsewhere = ['par', 'request-object', 'unreadable-request-object', 'nested-request'] as const;
        if (carriedElsewhere.some((flag) => first.flags.includes(flag))) return;
        expect(second?.provider).toBe(first.provider);
        expect(second?.clientId).toBe(first.clientId);
        expect(second?.scopes).toEqual(first.scopes);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('noise never makes a risky request look safer', () => {
  const risky =
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20Mail.ReadWrite%20offline_access';
  const baseline = assessRequestRisk(
    parseAuthorizationRequest(risky) as NonNullable<ReturnType<typeof parseAuthorizationRequest>>,
  ).level;

  it('adding unrelated parameters', () => {
    const noise = fc.array(
      fc
        .tuple(fc.stringMatching(/^[a-z_]{1,12}$/), fc.string({ maxLength: 20 }))
        .filter(([k]) => !PARAM_NAMES.includes(k)),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(noise, fc.boolean(), (pairs, before) => {
        const extra = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const [base, query] = risky.split('?') as [string, string];
        const url = extra === '' ? risky : before ? `${base}?${extra}&${query}` : `${risky}&${extra}`;
        const request = parseAuthorizationRequest(url);
        expect(request).not.toBeNull();
        expect(riskRank(assessRequestRisk(request as NonNullable<typeof request>).level)).toBeGreaterThanOrEqual(
          riskRank(baseline),
        );
      }),
      { numRuns: RUNS },
    );
  });
});
