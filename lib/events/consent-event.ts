import type { AuthorizationRequest } from '../authz/types';
import type { Decision } from '../core/decision';
import { type DecisionEventType, POLICY_EVENT_TYPES, type PolicyEventType } from '../core/event-types';
import type { ProtectionMode } from '../core/protection-mode';
import type { ProviderId, RequestKind } from '../core/provider-id';
import type { RiskLevel } from '../core/risk-level';
import type { PolicyDecision } from '../policy/evaluate-request';
import type { ManagedStatus } from '../policy/policy-state';
import type { RiskAssessment } from '../risk/risk-assessment';

/**
 * One thing that happened, as recorded on the device and reported to the
 * organisation. It never holds the request URL, the redirect URL, a `state`,
 * a code or a token: only what the request asked for and where the answer
 * would go (the host).
 */
export interface ConsentEvent {
  id: string;
  time: string;
  type: DecisionEventType;
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
  /** `false-alarm-reported`: what the person wrote about why the warning is wrong. */
  comment?: string;
  /** `approval-used`: the approval code that let the request through (who approved, until when). */
  approval?: ApprovalFacts;
}

/** What an event says of an approval code: never the code itself. */
export interface ApprovalFacts {
  /** The approver's name in the policy. */
  approver: string;
  issuedAt: string;
  expiresAt: string;
  /** The permissions approved, or null: whatever the app asks. */
  scopes: string[] | null;
  /** The account the approval is for, or null: any. */
  account: string | null;
}

/**
 * The policy the browser applied, or the problems found in it: what an admin
 * needs to know that every browser runs the policy they pushed. Values of the
 * policy are never in it (only its fingerprint and where each problem is).
 */
export interface PolicyEvent {
  id: string;
  time: string;
  type: PolicyEventType;
  policy: {
    status: ManagedStatus;
    /** SHA-256 of the policy in force, secrets left out: equal fingerprints, equal policies. */
    fingerprint: string;
    /** Top-level keys the organisation set (the others are defaults). */
    managedKeys: string[];
    errors: { path: string; problem: string }[];
    /** Blocks the browser's rule engine could not hold: still enforced by the worker, a little later. */
    rulesNotInstalled: number;
    /**
     * Where requests are stopped: `before-request` (a blocking listener, nothing leaves first) or
     * `after-navigation` (a warned request may reach the provider before its page is replaced); null if unknown.
     */
    protection: ProtectionMode | null;
  };
}

/** Anything written to the events table. */
export type RecordedEvent = ConsentEvent | PolicyEvent;

export function isPolicyEvent(event: RecordedEvent): event is PolicyEvent {
  return (POLICY_EVENT_TYPES as readonly string[]).includes(event.type);
}

/** The longest comment a person can send with a false-alarm report. */
export const MAX_COMMENT = 500;

export function consentEvent(
  type: DecisionEventType,
  request: AuthorizationRequest,
  risk: RiskAssessment,
  verdict: PolicyDecision,
  now: number,
  extra: { justification?: string; comment?: string; appName?: string | null } = {},
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
    ...(extra.comment ? { comment: extra.comment.slice(0, MAX_COMMENT) } : {}),
    ...(verdict.approval
      ? {
          approval: {
            approver: verdict.approval.approver,
            issuedAt: new Date(verdict.approval.issuedAt).toISOString(),
            expiresAt: new Date(verdict.approval.expiresAt).toISOString(),
            scopes: verdict.approval.scopes,
            account: verdict.approval.account,
          },
        }
      : {}),
  };
}
