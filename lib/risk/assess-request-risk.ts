import type { AuthorizationRequest } from '../authz/types';
import type { RiskReason } from '../core/reasons';
import { maxRisk, type RiskLevel, raiseRisk, riskRank } from '../core/risk-level';
import { describeScope } from '../scopes/lookup-scope';
import type { RiskAssessment, ScopeAssessment } from './risk-assessment';

/** Data that an app keeps reading for as long as it holds a refresh token. */
const PERSISTENT_DATA_CATEGORIES = new Set([
  'mail',
  'files',
  'chat',
  'contacts',
  'calendar',
  'notes',
  'sites',
  'directory',
  'meetings',
  'projects',
  'code',
  'crm',
  'tasks',
]);

/**
 * How dangerous a request is: the highest level of its scopes, raised for
 * what makes it worse than the sum of its scopes. Every raise names its
 * reason, so the warning page and the reports can say why.
 */
export function assessRequestRisk(request: AuthorizationRequest): RiskAssessment {
  const scopes = assessScopes(request);
  const reasons: RiskReason[] = [];
  let level: RiskLevel = 'none';
  for (const scope of scopes) level = maxRisk(level, scope.level);
  if (scopes.some((s) => !s.known)) reasons.push('unknown-scopes');

  const raiseTo = (floor: RiskLevel, reason: RiskReason) => {
    reasons.push(reason);
    level = maxRisk(level, floor);
  };
  const flags = new Set(request.flags);

  if (request.kind === 'device-code') raiseTo('high', 'device-code');
  // An installed app acts on the repositories or workspace it is given, with the permissions it chose.
  if (request.kind === 'app-install') raiseTo('high', 'app-installation');

  // Refresh tokens: asked outside the scopes, or by a scope of the offline-access category (offline_access,
  // refresh_token, wl.offline_access, XboxLive.offline_access…).
  const offline = flags.has('offline-access') || scopes.some((s) => s.category === 'offline-access');
  const persistentData = scopes.filter(
    (s) => PERSISTENT_DATA_CATEGORIES.has(s.category) && riskRank(s.level) >= riskRank('medium'),
  );
  if (offline && persistentData.length > 0) {
    reasons.push('offline-access-to-data');
    level = maxRisk(level, raiseRisk(persistentData.reduce<RiskLevel>((m, s) => maxRisk(m, s.level), 'none')));
  }

  const hidden =
    flags.has('par') ||
    flags.has('default-scope') ||
    flags.has('scope-omitted') ||
    flags.has('static-consent') ||
    flags.has('unreadable-request-object');
  if (hidden) raiseTo('medium', 'hidden-scopes');

  if (request.kind === 'admin-consent') {
    reasons.push('admin-consent');
    // Consent for the whole organisation: whatever the scopes allow, they allow it for everyone.
    level = riskRank(level) >= riskRank('high') ? 'critical' : 'high';
  }
  if (flags.has('first-party-localhost')) raiseTo('critical', 'first-party-localhost');
  if (flags.has('lookalike-host')) raiseTo('critical', 'lookalike-host');
  if (flags.has('foreign-host-first-party')) raiseTo('critical', 'foreign-host-first-party');
  if (flags.has('provider-path-foreign-host')) raiseTo('critical', 'provider-path-foreign-host');
  if (flags.has('conflicting-client-ids')) raiseTo('high', 'conflicting-client-ids');
  else if (flags.has('duplicate-parameters')) raiseTo('medium', 'duplicate-parameters');
  if (flags.has('silent-error-redirect')) raiseTo('high', 'silent-error-redirect');
  if (flags.has('double-encoded')) raiseTo('medium', 'double-encoded');

  return { level, scopes: sortByRisk(scopes), reasons };
}

function assessScopes(request: AuthorizationRequest): ScopeAssessment[] {
  return (request.scopes ?? []).map((scope) => {
    const info = describeScope(request.provider, scope);
    return { scope, level: info.level, category: info.category, known: info.known, description: info.description };
  });
}

/** The dangerous ones first; ties keep the order of the request. */
function sortByRisk(scopes: ScopeAssessment[]): ScopeAssessment[] {
  return scopes
    .map((scope, index) => ({ scope, index }))
    .sort((a, b) => riskRank(b.scope.level) - riskRank(a.scope.level) || a.index - b.index)
    .map(({ scope }) => scope);
}
