import { parseAuthorizationRequest } from '../authz/parse-authorization-request';
import type { FormBody } from '../authz/request-params';
import type { AuthorizationRequest } from '../authz/types';
import type { SignInReason } from '../core/decision';
import { type AbusedAppIndex, NO_ABUSED_APPS } from '../feeds/abused-apps';
import type { Approval } from '../policy/approvals';
import { evaluateRequest, type PolicyDecision } from '../policy/evaluate-request';
import type { Policy } from '../policy/policy-schema';
import { assessRequestRisk } from '../risk/assess-request-risk';
import type { RiskAssessment } from '../risk/risk-assessment';
import { canonicalScope, isOfflineScope, scopeHolds } from '../scopes/lookup-scope';
import { type ApprovedGrants, NO_PRIOR_GRANTS } from './approved-grants';
import type { RequestContext } from './navigation';
import { signInReason } from './sign-in';

export interface JudgeOptions extends RequestContext {
  policy: Policy;
  /** The known-abused apps (the worker's cached feed). */
  abusedApps?: AbusedAppIndex;
  /** What the person already granted (the grant inventory). */
  grants?: ApprovedGrants;
  /** Apps let through with approval codes (the worker's remembered approvals). */
  approvals?: readonly Approval[];
  /** Milliseconds since the epoch, for how long approvals are remembered. */
  now?: number;
}

export interface Judgement {
  request: AuthorizationRequest;
  /** The risk of what the request can grant now: only the new scopes when the app already holds some. */
  risk: RiskAssessment;
  verdict: PolicyDecision;
  /** Why this request cannot grant anything new, or null when it is a consent. */
  signIn: SignInReason | null;
  /** The scopes the app already holds (granted before), or null when it holds none. */
  grantedBefore: string[] | null;
  /** The scopes asked for that the app does not hold yet, when it holds some. */
  newScopes: string[] | null;
}

/**
 * The one decision of Consent Guard: what a URL (and POST body) asks, whether
 * it can grant anything new, how risky that is, and what the organisation's
 * policy says. The service worker, the warning page and `explain` all call
 * this, so what `explain` prints is what the browser does.
 *
 * Returns null when the URL is no authorization request. Never throws.
 */
export function judgeRequest(url: string, body: FormBody | undefined, options: JudgeOptions): Judgement | null {
  const { policy } = options;
  const request = parseAuthorizationRequest(url, body, { customEndpoints: policy.customProviders });
  if (request === null) return null;
  const granted = (options.grants ?? NO_PRIOR_GRANTS).grantedScopes(
    request,
    policy.rememberApprovals,
    options.now ?? Date.now(),
  );
  const newScopes = granted === null ? null : scopesNotGranted(request, granted);
  const signIn = signInReason(request, options, newScopes);
  // What can be granted now is what is new: an app that holds Mail.Read and asks for Calendars.Read too risks the
  // calendar. Offline access asked again still makes the new data readable for as long as the app holds it.
  const risk = assessRequestRisk(
    newScopes === null ? request : { ...request, scopes: [...newScopes, ...offlineScopes(request, newScopes)] },
  );
  const verdict = evaluateRequest(request, risk, policy, options.abusedApps ?? NO_ABUSED_APPS, signIn, {
    ...(options.approvals ? { approvals: options.approvals } : {}),
    ...(options.now !== undefined ? { now: options.now } : {}),
  });
  return { request, risk, verdict, signIn, grantedBefore: granted, newScopes };
}

/**
 * The requested scopes the app does not hold. A request without scopes asks,
 * again, for what the app registered or was granted before: nothing new.
 */
function scopesNotGranted(request: AuthorizationRequest, granted: readonly string[]): string[] {
  if (request.scopes === null) return [];
  // Compared as the engine reports them: `https://graph.microsoft.com/Mail.Read` is `Mail.Read`.
  const held = granted.map((s) => canonicalScope(request.provider, s));
  return request.scopes.filter((scope) => !held.some((h) => scopeHolds(request.provider, h, scope)));
}

function offlineScopes(request: AuthorizationRequest, newScopes: readonly string[]): string[] {
  if (newScopes.length === 0) return [];
  return (request.scopes ?? []).filter((s) => isOfflineScope(request.provider, s) && !newScopes.includes(s));
}
