import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { ms } from './helpers';

const RUNS = 10_000;
const KEYS = Object.keys(POLICY_FIELDS);
const request = parseAuthorizationRequest(ms('Mail.Read offline_access')) as AuthorizationRequest;
const risk = assessRequestRisk(request);

/** Objects shaped like policies (real key names) holding arbitrary values. */
const policyShaped = fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue(), { maxKeys: 8 });

describe('policy reader under garbage', () => {
  it('never throws on any JSON value, and gives a usable policy', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), policyShaped, fc.string()), (raw) => {
        const { policy } = readPolicy(raw);
        evaluateRequest(request, risk, policy);
      }),
      { numRuns: RUNS },
    );
  });

  it('a value that is not a policy object is exactly the default', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.boolean(),
          fc.array(fc.jsonValue()),
          fc.string().filter((s) => !s.trim().startsWith('{')),
        ),
        (raw) => {
          expect(readPolicy(raw).policy).toEqual(DEFAULT_POLICY);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('every key that cannot be read keeps its default', () => {
    fc.assert(
      fc.property(policyShaped, (raw) => {
        const { policy, errors } = readPolicy(raw);
        const rejected = new Set(
          errors.filter((e) => !e.path.includes('.') && !e.path.includes('[')).map((e) => e.path),
        );
        for (const key of rejected) {
          expect(policy[key as keyof typeof policy]).toEqual(DEFAULT_POLICY[key as keyof typeof DEFAULT_POLICY]);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('garbage never turns a warned request into an allowed one', () => {
    // Values that are not valid settings, in place of every key.
    const garbage = fc.dictionary(
      fc.constantFrom(...KEYS),
      fc.oneof(
        fc.integer({ min: 100_000 }),
        fc.constant(null),
        fc.string().map((s) => `§${s}`),
        fc.array(fc.integer()),
      ),
      { maxKeys: 10 },
    );
    fc.assert(
      fc.property(garbage, (raw) => {
        const { policy } = readPolicy(raw);
        expect(evaluateRequest(request, risk, policy).decision).not.toBe('allow');
      }),
      { numRuns: RUNS },
    );
  });
});
