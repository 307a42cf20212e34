import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { type Decision, evaluateRequest } from '../../../lib/policy/evaluate-request';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { riskRank } from '../../../lib/risk/risk-level';
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
