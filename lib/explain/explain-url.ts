import { normaliseHost } from '../authz/host';
import { lookalikeProvider } from '../authz/lookalike';
import { firstPartyOwner } from '../authz/ownership';
import type { FormBody } from '../authz/request-params';
import type { RequestFlag } from '../authz/types';
import type { Decision, SignInReason } from '../core/decision';
import type { ProviderId, RequestKind } from '../core/provider-id';
import type { RiskLevel } from '../core/risk-level';
import type { ApprovedGrants } from '../decision/approved-grants';
import { judgeRequest } from '../decision/judge-request';
import type { RequestContext } from '../decision/navigation';
import type { AbusedAppIndex } from '../feeds/abused-apps';
import { DEFAULT_POLICY } from '../policy/default-policy';
import type { Policy } from '../policy/policy-schema';

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
  /** Why the request cannot grant anything new (a sign-in, let through quietly), or null for a consent. */
  signIn: SignInReason | null;
  /** With `--grants`: the scopes asked for that the app does not hold yet. */
  newScopes: string[] | null;
  /** The policy rules that decided, as short codes. */
  reasons: string[];
  /** What raised the risk level, as short codes. */
  riskReasons: string[];
  flags: RequestFlag[];
  /** The provider a non-provider host imitates, when it carries what looks like an authorization request. */
  lookalikeOf: ProviderId | null;
}

export interface ExplainOptions extends RequestContext {
  policy?: Policy;
  body?: FormBody;
  abusedApps?: AbusedAppIndex;
  grants?: ApprovedGrants;
  now?: number;
}

/** What the browser would do with this URL: the same judgement the service worker makes (`judgeRequest`). */
export function explainUrl(url: string, options: ExplainOptions = {}): Explanation {
  const policy = options.policy ?? DEFAULT_POLICY;
  const judgement = judgeRequest(url, options.body, { ...options, policy });
  if (judgement === null) {
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
      signIn: null,
      newScopes: null,
      reasons: ['not-an-authorization-request'],
      riskReasons: [],
      flags: [],
      lookalikeOf: lookalikeOfUrl(url),
    };
  }
  const { request, risk, verdict } = judgement;
  return {
    url,
    provider: request.provider,
    kind: request.kind,
    tenant: request.tenant,
    clientId: request.clientId,
    appName: verdict.app?.name ?? request.appName ?? verdict.abused?.name ?? null,
    scopes: request.scopes,
    resource: request.resource,
    redirectHost: request.redirectHost,
    risk: risk.level,
    decision: verdict.decision,
    signIn: judgement.signIn,
    newScopes: judgement.newScopes,
    reasons: verdict.reasons,
    riskReasons: risk.reasons,
    flags: request.flags,
    lookalikeOf: request.flags.includes('lookalike-host')
      ? lookalikeOfUrl(url)
      : request.flags.includes('foreign-host-first-party')
        ? firstPartyOwner(request.clientId)
        : null,
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
