import { parseParamText } from '../authz/request-params';
import type { AuthorizationRequest } from '../authz/types';
import type { Decision } from '../core/decision';
import { sha256Hex } from '../core/sha256';
import type { RiskAssessment } from '../risk/risk-assessment';
import type { ConsentOutcome } from './grant-store';

/**
 * A consent flow the guard let through (allowed, continued or approved),
 * waiting for the provider's answer. Holds no secret: the `state` value only
 * as a hash, the redirect URI only as its origin and path.
 */
export interface PendingFlow {
  id: string;
  tabId: number;
  startedAt: number;
  outcome: Omit<ConsentOutcome, 'time'>;
  /** Origin and path of the redirect URI (no query, no fragment). */
  redirectTarget: string | null;
  stateHash: string | null;
}

/** How long a flow may wait for its answer before it is recorded as unfinished. */
export const FLOW_TIMEOUT_MS = 30 * 60_000;
const MAX_FLOWS = 50;

export function redirectTarget(uri: string | null): string | null {
  if (uri === null) return null;
  try {
    const url = new URL(uri);
    return `${url.origin}${url.pathname}`.toLowerCase();
  } catch {
    return null;
  }
}

/** What a request would record, whatever its end. */
export function requestOutcome(
  request: AuthorizationRequest,
  risk: RiskAssessment,
  decision: Decision,
  appName: string | null,
): Omit<ConsentOutcome, 'time'> {
  return {
    provider: request.provider,
    clientId: request.clientId ?? '',
    appName,
    tenant: request.tenant,
    account: request.loginHint,
    scopes: request.scopes ?? [],
    hiddenScopes: risk.reasons.includes('hidden-scopes'),
    risk: risk.level,
    redirectHost: request.redirectHost,
    decision,
  };
}

export async function startFlow(
  request: AuthorizationRequest,
  risk: RiskAssessment,
  decision: Decision,
  appName: string | null,
  tabId: number,
  now: number,
  stateValue: string | null,
): Promise<PendingFlow | null> {
  if (request.clientId === null || request.kind === 'device-code') return null;
  return {
    id: crypto.randomUUID(),
    tabId,
    startedAt: now,
    outcome: requestOutcome(request, risk, decision, appName),
    redirectTarget: redirectTarget(request.redirectUri),
    stateHash: stateValue ? await sha256Hex(stateValue) : null,
  };
}

/** What a redirect back to an app says, read from its query and fragment. */
export interface FlowAnswer {
  kind: 'granted' | 'refused';
  state: string | null;
  /** Scopes the provider says it granted (Google and others return them). */
  grantedScopes: string[] | null;
}

const REFUSALS =
  /^(access_denied|consent_required|interaction_required|login_required|user_cancelled|user_canceled|unauthorized_client|invalid_scope)$/i;

/** Reads the provider's answer from a redirect URL; null when the URL answers no authorization request. */
export function readAnswer(url: string): FlowAnswer | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const params = parseParamText(parsed.search);
  if (parsed.hash.length > 1) parseParamText(parsed.hash.slice(1), params);
  const first = (name: string) => params.get(name)?.[0] ?? null;
  const state = first('state');
  if (first('code') || first('access_token') || first('id_token')) {
    const scope = first('scope');
    return { kind: 'granted', state, grantedScopes: scope ? scope.split(/[\s,]+/).filter(Boolean) : null };
  }
  const error = first('error');
  if (error !== null && REFUSALS.test(error.trim())) return { kind: 'refused', state, grantedScopes: null };
  return null;
}

/**
 * The pending flow this answer ends: by its state (hashed), else by its
 * redirect target, else (when the provider itself redirected) the newest flow
 * of the tab. Pure, so the matching rules are tested on their own.
 */
export async function matchFlow(
  flows: readonly PendingFlow[],
  answer: FlowAnswer,
  url: string,
  tabId: number,
  fromProvider: boolean,
): Promise<PendingFlow | null> {
  if (answer.state !== null) {
    const hash = await sha256Hex(answer.state);
    const byState = flows.find((f) => f.stateHash === hash);
    if (byState) return byState;
  }
  const target = redirectTarget(url);
  const byTarget = [...flows]
    .reverse()
    .find(
      (f) =>
        f.redirectTarget !== null && f.redirectTarget === target && (f.stateHash === null || answer.state === null),
    );
  if (byTarget) return byTarget;
  if (fromProvider) return [...flows].reverse().find((f) => f.tabId === tabId && f.redirectTarget === null) ?? null;
  return null;
}

export function addFlow(flows: readonly PendingFlow[], flow: PendingFlow): PendingFlow[] {
  return [...flows, flow].slice(-MAX_FLOWS);
}

/** Splits flows into those still waiting and those that waited too long. */
export function expireFlows(
  flows: readonly PendingFlow[],
  now: number,
): { live: PendingFlow[]; expired: PendingFlow[] } {
  const live: PendingFlow[] = [];
  const expired: PendingFlow[] = [];
  for (const flow of flows) (now - flow.startedAt > FLOW_TIMEOUT_MS ? expired : live).push(flow);
  return { live, expired };
}
