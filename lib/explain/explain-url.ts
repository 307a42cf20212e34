import { normaliseHost } from '../authz/host';
import { lookalikeProvider } from '../authz/lookalike';
import { parseAuthorizationRequest } from '../authz/parse-authorization-request';
import type { FormBody } from '../authz/request-params';
import type { ProviderId, RequestFlag, RequestKind } from '../authz/types';
import { DEFAULT_POLICY } from '../policy/default-policy';
import { type Decision, evaluateRequest } from '../policy/evaluate-request';
import type { Policy } from '../policy/policy-schema';
import { assessRequestRisk } from '../risk/assess-request-risk';
import type { RiskLevel } from '../risk/risk-level';

/** What the guard makes of one URL: the line the `explain` tool prints. */
export interface Explanation {
  url: string;
  provider: ProviderId | null;
  kind: RequestKind | null;
  tenant: string | null;
  clientId: string | null;
  appName: string | null;
  scopes: string[] | null;
  resource: string | null;
  redirectHost: string | null;
  risk: RiskLevel | null;
  decision: Decision;
  /** The policy rules that decided, as short codes. */
  reasons: string[];
  /** What raised the risk level, as short codes. */
  riskReasons: string[];
  flags: RequestFlag[];
  /** The provider a non-provider host imitates, when it carries what looks like an authorization request. */
  lookalikeOf: ProviderId | null;
}

export function explainUrl(url: string, options: { policy?: Policy; body?: FormBody } = {}): Explanation {
  const policy = options.policy ?? DEFAULT_POLICY;
  const request = parseAuthorizationRequest(url, options.body, { customEndpoints: policy.customProviders });
  if (request === null) {
    return {
      url,
      provider: null,
      kind: null,
      tenant: null,
      clientId: null,
      appName: null,
      scopes: null,
      resource: null,
      redirectHost: null,
      risk: null,
      decision: 'allow',
      reasons: ['not-an-authorization-request'],
      riskReasons: [],
      flags: [],
      lookalikeOf: lookalikeOfUrl(url),
    };
  }
  const risk = assessRequestRisk(request);
  const verdict = evaluateRequest(request, risk, policy);
  return {
    url,
    provider: request.provider,
    kind: request.kind,
    tenant: request.tenant,
    clientId: request.clientId,
    appName: verdict.app?.name ?? null,
    scopes: request.scopes,
    resource: request.resource,
    redirectHost: request.redirectHost,
    risk: risk.level,
    decision: verdict.decision,
    reasons: verdict.reasons,
    riskReasons: risk.reasons,
    flags: request.flags,
    lookalikeOf: request.flags.includes('lookalike-host') ? lookalikeOfUrl(url) : null,
  };
}

function lookalikeOfUrl(url: string): ProviderId | null {
  try {
    const parsed = new URL(url.trim());
    if (!/client_id|response_type|redirect_uri/i.test(parsed.search)) return null;
    return lookalikeProvider(normaliseHost(parsed.hostname));
  } catch {
    return null;
  }
}
