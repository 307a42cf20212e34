import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { evaluateRequest, type PolicyDecision } from '../../../lib/policy/evaluate-request';
import type { Policy } from '../../../lib/policy/policy-schema';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

/** A policy from the JSON an admin would write, checked to have no errors. */
export function policyFrom(document: Record<string, unknown>): Policy {
  const reading = readPolicy(document);
  if (reading.errors.length > 0) throw new Error(`test policy has errors: ${JSON.stringify(reading.errors)}`);
  return reading.policy;
}

export function decide(url: string, policy: Policy): PolicyDecision {
  const request = parseAuthorizationRequest(url, undefined, {
    customEndpoints: policy.customProviders,
  }) as AuthorizationRequest;
  if (request === null) throw new Error(`not an authorization request: ${url}`);
  return evaluateRequest(request, assessRequestRisk(request), policy);
}

const enc = encodeURIComponent;
export const ms = (scope: string, extra = '', clientId = 'app-1') =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.com/cb')}&scope=${enc(scope)}${extra}`;
export const google = (scope: string, clientId = 'g-1') =>
  `https://accounts.google.com/o/oauth2/v2/auth?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.com/cb')}&scope=${enc(scope)}`;
export const github = (scope: string, clientId = 'gh-1') =>
  `https://github.com/login/oauth/authorize?client_id=${clientId}&scope=${enc(scope)}`;
