import type { AuthorizationRequest, ProviderId, RequestKind, RiskAssessment } from '../authz/types';
import type { Decision, PolicyDecision } from '../policy/evaluate-request';
import type { RiskLevel } from '../risk/risk-level';

export const CONSENT_EVENT_TYPES = [
  'consent-detected',
  'warned',
  'blocked',
  'continued',
  'approval-requested',
  'grant-recorded',
  'grant-refused',
  'consent-unfinished',
  'revocation-started',
  'revocation-confirmed',
  'policy-applied',
  'policy-errors',
] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

/**
 * One thing that happened, as recorded on the device and reported to the
 * organisation. It never holds the request URL, the redirect URL, a `state`,
 * a code or a token: only what the request asked for and where the answer
 * would go (the host).
 */
export interface ConsentEvent {
  id: string;
  time: string;
  type: ConsentEventType;
  provider: ProviderId;
  kind: RequestKind;
  clientId: string | null;
  appName: string | null;
  scopes: string[] | null;
  risk: RiskLevel;
  decision: Decision;
  reasons: string[];
  tenant: string | null;
  redirectHost: string | null;
  justification?: string;
}

export function consentEvent(
  type: ConsentEventType,
  request: AuthorizationRequest,
  risk: RiskAssessment,
  verdict: PolicyDecision,
  now: number,
  extra: { justification?: string; appName?: string | null } = {},
): ConsentEvent {
  return {
    id: crypto.randomUUID(),
    time: new Date(now).toISOString(),
    type,
    provider: request.provider,
    kind: request.kind,
    clientId: request.clientId,
    appName: extra.appName ?? verdict.app?.name ?? null,
    scopes: request.scopes,
    risk: risk.level,
    decision: verdict.decision,
    reasons: verdict.reasons,
    tenant: request.tenant,
    redirectHost: request.redirectHost,
    ...(extra.justification ? { justification: extra.justification.slice(0, 1000) } : {}),
  };
}
