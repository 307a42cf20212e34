import { normaliseHost } from '../authz/host';
import { lookalikeProvider } from '../authz/lookalike';
import { parseAuthorizationRequest } from '../authz/parse-authorization-request';
import type { FormBody } from '../authz/request-params';
import type { ProviderId, RequestFlag, RequestKind } from '../authz/types';
import { type Decision, minimalDecision } from '../policy/minimal-decision';
import { assessRequestRisk } from '../risk/assess-request-risk';
import type { RiskLevel } from '../risk/risk-level';

/** What the guard makes of one URL: the line the `explain` tool prints. */
export interface Explanation {
  url: string;
  provider: ProviderId | null;
  kind: RequestKind | null;
  tenant: string | null;
  clientId: string | null;
  scopes: string[] | null;
  resource: string | null;
  redirectHost: string | null;
  risk: RiskLevel | null;
  decision: Decision;
  reasons: string[];
  flags: RequestFlag[];
  /** The provider a non-provider host imitates, when it carries what looks like an authorization request. */
  lookalikeOf: ProviderId | null;
}

export function explainUrl(url: string, body?: FormBody): Explanation {
  const request = parseAuthorizationRequest(url, body);
  if (request === null) {
    return {
      url,
      provider: null,
      kind: null,
      tenant: null,
      clientId: null,
      scopes: null,
      resource: null,
      redirectHost: null,
      risk: null,
      decision: 'allow',
      reasons: ['not-an-authorization-request'],
      flags: [],
      lookalikeOf: lookalikeOfUrl(url),
    };
  }
  const risk = assessRequestRisk(request);
  const { decision, reasons } = minimalDecision(risk);
  return {
    url,
    provider: request.provider,
    kind: request.kind,
    tenant: request.tenant,
    clientId: request.clientId,
    scopes: request.scopes,
    resource: request.resource,
    redirectHost: request.redirectHost,
    risk: risk.level,
    decision,
    reasons,
    flags: request.flags,
    lookalikeOf: null,
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
