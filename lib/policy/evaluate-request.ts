import type { AuthorizationRequest } from '../authz/types';
import type { Decision, SignInReason } from '../core/decision';
import type { PolicyReason } from '../core/reasons';
import { riskRank } from '../core/risk-level';
import { type AbusedApp, type AbusedAppIndex, NO_ABUSED_APPS } from '../feeds/abused-apps';
import type { RiskAssessment } from '../risk/risk-assessment';
import { outsideTenant, usesPersonalAccount } from './account-rules';
import { type Approval, matchApproval } from './approvals';
import { compilePolicy } from './compiled-policy';
import type { AppEntry, Policy, PolicyAction } from './policy-schema';

export interface PolicyDecision {
  /** What happens: allow, warn or block. */
  decision: Decision;
  /** What the rules alone say, before the mode (audit never interrupts; enforce blocks what it would warn). */
  verdict: Decision;
  /**
   * Short codes of every rule that spoke, with the scope, app or tenant it
   * spoke about after a colon: `blocked-scope:Mail.Send`, `risk-high`.
   */
  reasons: PolicyReason[];
  /** The policy's entry for this app, when it has one (its name is shown to people). */
  app: AppEntry | null;
  /** The known-abused-apps feed's entry for this app, when it is listed. */
  abused: AbusedApp | null;
  /** What a warned person may do. */
  bypass: Policy['bypass'];
  /** The approval code's approval that let this request through, when one did. */
  approval?: Approval | null;
}

/** Optional inputs of the evaluation; without them it is what it always was. */
export interface EvaluationExtras {
  /** Apps let through with approval codes (the browser's remembered approvals). */
  approvals?: readonly Approval[];
  /** Milliseconds since the epoch, for the approvals' expiry (default: now). */
  now?: number;
}

const SEVERITY: Record<Decision, number> = { allow: 0, warn: 1, block: 2 };

/**
 * Decides what to do with a request under a policy. Pure and fast: no I/O,
 * compiled patterns. The rules, strongest first: a blocked app is always
 * blocked; an allowed app is never interrupted; then scope rules, account
 * rules, admin consent, hidden scopes, device-code pages and risk thresholds
 * each say allow, warn or block, and the strictest wins. An app on the
 * known-abused feed (`abused`, from the worker's cache) is warned or blocked
 * as the policy says, unless the organisation allowed it by name. A sign-in
 * (`signIn`: the request cannot grant anything new) is allowed unless its app
 * is blocked or known to be abused. An app an approver let through with an
 * approval code (`extras.approvals`) is allowed like an allowed app, within
 * what the approval covers (permissions, account, expiry); a blocked app
 * stays blocked.
 */
export function evaluateRequest(
  request: AuthorizationRequest,
  risk: RiskAssessment,
  policy: Policy,
  abused: AbusedAppIndex = NO_ABUSED_APPS,
  signIn: SignInReason | null = null,
  extras: EvaluationExtras = {},
): PolicyDecision {
  const compiled = compilePolicy(policy);
  const reasons: PolicyReason[] = [];
  let verdict: Decision = 'allow';
  const say = (action: PolicyAction, reason: PolicyReason) => {
    if (action === 'allow') return;
    reasons.push(reason);
    if (SEVERITY[action] > SEVERITY[verdict]) verdict = action;
  };
  let listed: AbusedApp | null = null;
  const finish = (app: AppEntry | null) => ({ ...applyMode(verdict, reasons, app, policy), abused: listed });

  if (!policy.providers[request.provider]) {
    reasons.push(`provider-off:${request.provider}`);
    return { ...finish(null), decision: 'allow', verdict: 'allow' };
  }

  const ids = request.clientIds.length > 0 ? request.clientIds : request.clientId ? [request.clientId] : [];
  for (const id of ids) {
    const blocked = compiled.blockedApps.match(request.provider, id);
    if (blocked) {
      say('block', `blocked-app:${id}`);
      return finish(blocked);
    }
  }
  const allowed = ids.length > 0 ? ids.map((id) => compiled.allowedApps.match(request.provider, id)) : [];
  if (allowed.length > 0 && allowed.every((entry) => entry !== undefined)) {
    reasons.push(`allowed-app:${ids[0]}`);
    return { ...finish(allowed[0] as AppEntry), decision: 'allow', verdict: 'allow' };
  }
  const approval =
    extras.approvals && extras.approvals.length > 0 && ids.length > 0
      ? matchApproval(extras.approvals, request, policy, extras.now ?? Date.now())
      : null;
  if (approval !== null) {
    reasons.push(`approved:${ids[0]}`);
    return { ...finish(null), decision: 'allow', verdict: 'allow', approval };
  }

  for (const id of ids) {
    listed = abused.match(request.provider, id);
    if (listed) {
      say(policy.abusedApps.action, `abused-app:${id}`);
      break;
    }
  }
  if (signIn !== null) {
    if (listed) return finish(null);
    reasons.push(`sign-in:${signIn}`);
    return { ...finish(null), decision: 'allow', verdict: 'allow' };
  }

  for (const scope of request.scopes ?? []) {
    if (compiled.blockedScopes.match(request.provider, scope)) say('block', `blocked-scope:${scope}`);
    else if (compiled.warnScopes.match(request.provider, scope)) say('warn', `warn-scope:${scope}`);
  }

  if (request.kind === 'device-code') say(policy.deviceCode, 'device-code');
  if (request.kind === 'admin-consent') say(policy.adminConsent, 'admin-consent');
  if (risk.reasons.includes('hidden-scopes')) say(policy.hiddenScopes, 'hidden-scopes');

  if (usesPersonalAccount(request)) say(policy.accounts.personalAccounts, 'personal-account');
  const outside = outsideTenant(request, policy.accounts.allowedTenants, policy.accounts.organisationDomains);
  if (outside !== null) say(policy.accounts.otherTenants, `other-tenant:${outside}`);

  const level = riskRank(risk.level);
  if (policy.blockAtRisk !== 'never' && level >= riskRank(policy.blockAtRisk)) say('block', `risk-${risk.level}`);
  else if (level >= riskRank(policy.warnAtRisk)) say('warn', `risk-${risk.level}`);

  return finish(null);
}

function applyMode(
  verdict: Decision,
  reasons: PolicyReason[],
  app: AppEntry | null,
  policy: Policy,
): Omit<PolicyDecision, 'abused'> {
  let decision = verdict;
  if (policy.mode === 'audit' && verdict !== 'allow') {
    decision = 'allow';
    reasons.push('audit-mode');
  } else if (policy.mode === 'enforce' && verdict === 'warn') {
    decision = 'block';
    reasons.push('enforce-mode');
  }
  return { decision, verdict, reasons, app, bypass: policy.bypass };
}
