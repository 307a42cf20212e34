import { ownerOf } from '../authz/ownership';
import { classifyRedirect } from '../authz/redirect-target';
import type { RequestFlag } from '../authz/types';
import type { Decision } from '../core/decision';
import type { ProviderId, RequestKind } from '../core/provider-id';
import { RISK_LEVELS, type RiskLevel } from '../core/risk-level';
import type { ApprovedGrants } from '../decision/approved-grants';
import { judgeRequest } from '../decision/judge-request';
import type { AbusedApp, AbusedAppIndex } from '../feeds/abused-apps';
import type { Approval } from '../policy/approvals';
import type { Policy } from '../policy/policy-schema';
import { PROVIDER_NAMES } from '../providers';
import type { ScopeAssessment } from '../risk/risk-assessment';
import { describeScope, isOfflineScope } from '../scopes/lookup-scope';
import type { WarningLink } from './warning-link';

export type Language = 'en' | 'fr';

export interface PermissionGroup {
  level: RiskLevel;
  permissions: Array<{ scope: string; description: string; known: boolean; category: string }>;
}

/** Everything the warning page shows, worked out from the request and the policy in force. */
export interface WarningView {
  decision: Decision;
  kind: RequestKind;
  provider: ProviderId;
  providerName: string;
  appName: string | null;
  /** Why the app name can be trusted: the organisation's policy, the built-in list of Microsoft apps, or the abused-apps feed. */
  appNameSource: 'policy' | 'first-party' | 'feed' | null;
  /** The app is on the feed of apps known to be abused: what the feed says about it. */
  abused: Pick<AbusedApp, 'name' | 'description' | 'tags'> | null;
  appNote: string | null;
  clientId: string | null;
  tenant: string | null;
  /** The account the request names (`login_hint`): text from the link, not checked by anyone. */
  account: string | null;
  /** Scopes the app already holds from an earlier consent; the groups then list only what is new. */
  grantedBefore: string[] | null;
  /** The same scopes in plain words where the catalogue knows them (else `description` is null: only the name). */
  heldPermissions: Array<{ scope: string; description: string | null }> | null;
  redirect: { host: string; localhost: boolean; freeHosting: boolean; unrelated: boolean } | null;
  risk: RiskLevel;
  /** The permissions grouped by level, most dangerous first. */
  groups: PermissionGroup[];
  hiddenScopes: boolean;
  offlineAccess: boolean;
  /** Policy reasons (short codes) and what raised the risk. */
  reasons: string[];
  riskReasons: string[];
  /** What the request does to hide or inflate what it asks for (`static-consent`, `silent`…). */
  flags: RequestFlag[];
  message: string | null;
  supportUrl: string | null;
  canContinue: boolean;
  requireJustification: boolean;
  bypassMinutes: number;
  canAskApproval: boolean;
  /** The policy names approvers, so an approval code can let this app through (never a blocked app). */
  canUseApprovalCode: boolean;
}

const OPEN_TENANTS = new Set(['common', 'organizations', 'consumers']);

/** What the warning page knows besides the request: the policy, the worker's feed and the person's grants. */
export interface WarningContext {
  policy: Policy;
  abusedApps?: AbusedAppIndex;
  grants?: ApprovedGrants;
  approvals?: readonly Approval[];
  now?: number;
}

/** The warning page's view of a request, from the same judgement the worker made (`judgeRequest`). */
export function buildWarningView(link: WarningLink, context: WarningContext, lang: Language): WarningView | null {
  const { policy } = context;
  const judgement = judgeRequest(link.url, link.body, context);
  if (judgement === null) return null;
  const { request, risk, verdict } = judgement;
  const firstParty = request.appName ?? undefined;
  const redirect = classifyRedirect(request.redirectUri);
  // The provider's own app answering somewhere other than the provider's own sites.
  const unrelated =
    firstParty !== undefined &&
    redirect.host !== null &&
    !redirect.localhost &&
    !redirect.nativeClient &&
    ownerOf(redirect.host) !== request.provider;
  const hidden = risk.reasons.includes('hidden-scopes');
  return {
    decision: verdict.decision,
    kind: request.kind,
    provider: request.provider,
    providerName:
      request.provider === 'custom' ? (request.tenant ?? PROVIDER_NAMES.custom) : PROVIDER_NAMES[request.provider],
    appName: verdict.app?.name ?? firstParty ?? verdict.abused?.name ?? null,
    appNameSource: verdict.app?.name ? 'policy' : firstParty ? 'first-party' : verdict.abused?.name ? 'feed' : null,
    abused: verdict.abused,
    appNote: verdict.app?.note ?? null,
    clientId: request.clientId,
    // `common` and `organizations` name no organisation: nothing to show.
    tenant: request.tenant !== null && !OPEN_TENANTS.has(request.tenant.toLowerCase()) ? request.tenant : null,
    account: request.loginHint,
    grantedBefore: judgement.grantedBefore,
    heldPermissions:
      judgement.grantedBefore?.map((scope) => {
        const info = describeScope(request.provider, scope);
        return { scope, description: info.known ? info.description[lang] : null };
      }) ?? null,
    redirect:
      redirect.host === null
        ? null
        : { host: redirect.host, localhost: redirect.localhost, freeHosting: redirect.freeHosting, unrelated },
    risk: risk.level,
    groups: groupByLevel(risk.scopes, lang),
    hiddenScopes: hidden,
    offlineAccess:
      request.flags.includes('offline-access') ||
      (request.scopes ?? []).some((s) => isOfflineScope(request.provider, s)),
    reasons: verdict.reasons,
    riskReasons: risk.reasons,
    flags: request.flags,
    message: localise(policy.message, lang),
    supportUrl: policy.supportUrl,
    canContinue: verdict.decision === 'warn' && verdict.bypass.allowed,
    requireJustification: verdict.bypass.requireJustification,
    bypassMinutes: verdict.bypass.durationMinutes,
    canAskApproval: policy.approvalUrl !== null && verdict.decision !== 'allow',
    canUseApprovalCode:
      policy.approvers.length > 0 &&
      verdict.decision !== 'allow' &&
      !verdict.reasons.some((r) => r.startsWith('blocked-app:')),
  };
}

function groupByLevel(scopes: readonly ScopeAssessment[], lang: Language): PermissionGroup[] {
  return [...RISK_LEVELS]
    .reverse()
    .map((level) => ({
      level,
      permissions: scopes
        .filter((s) => s.level === level)
        .map((s) => ({ scope: s.scope, description: s.description[lang], known: s.known, category: s.category })),
    }))
    .filter((group) => group.permissions.length > 0);
}

/** The organisation's message in the page's language, else in English, else its only text. */
export function localise(texts: Record<string, string> | null, lang: Language): string | null {
  if (texts === null) return null;
  return texts[lang] ?? texts['*'] ?? texts.en ?? Object.values(texts)[0] ?? null;
}
