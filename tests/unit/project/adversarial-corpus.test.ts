import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { Decision } from '../../../lib/core/decision';
import { riskRank } from '../../../lib/core/risk-level';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { BENIGN_URLS } from '../../fixtures/adversarial/benign';
import { ADVERSARIAL_CORPUS } from '../../fixtures/adversarial/corpus';

const DEFAULT = readPolicy({}).policy;
const STRICT = readPolicy(JSON.parse(readFileSync('docs/admin/examples/strict-bank.json', 'utf8'))).policy;
const SEVERITY: Record<Decision, number> = { allow: 0, warn: 1, block: 2 };

describe('adversarial corpus', () => {
  it('is large enough to mean something', () => {
    expect(ADVERSARIAL_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(BENIGN_URLS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ADVERSARIAL_CORPUS.map((c) => c.id)).size).toBe(ADVERSARIAL_CORPUS.length);
  });

  it.each(ADVERSARIAL_CORPUS.map((c) => [c.id, c] as const))('%s gets at least its verdict', (_id, item) => {
    const request = parseAuthorizationRequest(item.url, item.body);
    expect(request, 'not recognised as an authorization request').not.toBeNull();
    if (!request) return;
    expect(request.provider).toBe(item.provider);
    expect(request.kind).toBe(item.kind);
    const risk = assessRequestRisk(request);
    expect(riskRank(risk.level), `risk ${risk.level} below ${item.minRisk}`).toBeGreaterThanOrEqual(
      riskRank(item.minRisk),
    );
    const byDefault = evaluateRequest(request, risk, DEFAULT).decision;
    const strictly = evaluateRequest(request, risk, STRICT).decision;
    expect(SEVERITY[byDefault], `default policy: ${byDefault}`).toBeGreaterThanOrEqual(SEVERITY[item.expect.default]);
    expect(SEVERITY[strictly], `strict policy: ${strictly}`).toBeGreaterThanOrEqual(SEVERITY[item.expect.strict]);
  });

  it.each(BENIGN_URLS)('never flags the ordinary %s', (url) => {
    const request = parseAuthorizationRequest(url);
    if (request === null) return;
    expect(evaluateRequest(request, assessRequestRisk(request), DEFAULT).decision).toBe('allow');
  });
});

describe('adversarial corpus under noise (fuzzing)', () => {
  /** Far above the engine's measured worst case (npm run bench): this only catches a hang. */
  const HANG_MS = 50;
  const decide = (url: string, body?: string) => {
    const request = parseAuthorizationRequest(url, body);
    return request ? evaluateRequest(request, assessRequestRisk(request), DEFAULT).decision : 'allow';
  };
  const verdict = (url: string, body?: string): number => {
    const started = performance.now();
    let decision = decide(url, body);
    if (performance.now() - started > HANG_MS) {
      // A garbage collection or a busy machine can pause one run; a real hang is slow every time.
      const again = performance.now();
      decision = decide(url, body);
      const took = performance.now() - again;
      if (took > HANG_MS) throw new Error(`took ${took.toFixed(1)} ms twice: ${url.slice(0, 200)}`);
    }
    return SEVERITY[decision];
  };
  const getItems = ADVERSARIAL_CORPUS.filter((c) => c.body === undefined && c.url.includes('?'));
  const name = fc.stringMatching(/^[a-z_]{1,12}$/).filter((n) => !RESERVED.has(n));
  const value = fc.string({ maxLength: 40 }).map((v) => encodeURIComponent(v));

  it('extra parameters, reordering and re-encoding never weaken a verdict', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...getItems),
        fc.array(fc.tuple(name, value), { maxLength: 6 }),
        fc.boolean(),
        fc.nat(),
        (item, extra, reverse, seed) => {
          const hash = item.url.indexOf('#');
          const fragment = hash < 0 ? '' : item.url.slice(hash);
          const [base, query] = (hash < 0 ? item.url : item.url.slice(0, hash)).split('?') as [string, string];
          let params = query.split('&');
          if (reverse) params = params.reverse();
          // Re-encode one unreserved character of one value (a server decodes it back).
          const i = seed % params.length;
          params[i] = (params[i] as string).replace(
            /=([A-Za-z])/,
            (_, c: string) => `=%${c.charCodeAt(0).toString(16)}`,
          );
          const noisy = `${base}?${[...extra.map(([n, v]) => `${n}=${v}`), ...params].join('&')}${fragment}`;
          return verdict(noisy) >= SEVERITY[item.expect.default];
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

/** Parameters that change what a request asks for: noise must not use them. */
const RESERVED = new Set([
  'client_id',
  'scope',
  'user_scope',
  'resource',
  'redirect_uri',
  'response_type',
  'prompt',
  'request',
  'request_uri',
  'continue',
  'audience',
  'access_type',
  'claims',
]);
