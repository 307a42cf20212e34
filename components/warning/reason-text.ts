import type { RequestFlag } from '../../lib/authz/types';
import type { SignInReason } from '../../lib/core/decision';
import type { MessageKey, Translate } from '../../lib/core/messages';
import type { RiskReason } from '../../lib/core/reasons';
import { RISK_LABEL_KEYS } from '../../lib/core/risk-level';
import type { WarningView } from '../../lib/interception/warning-view';

/**
 * A reason in plain words, and what caused it when the sentence does not say:
 * the rule's app id, the feed's entry, the scopes that set the level.
 */
export interface ReasonLine {
  text: string;
  cause: string | null;
}

/** What the page knows to name a cause with. */
export type ReasonContext = Pick<WarningView, 'groups' | 'abused'>;

const SIGN_IN_KEYS: Record<SignInReason, MessageKey> = {
  'first-party': 'signInFirstParty',
  'command-line': 'signInCommandLine',
  silent: 'signInSilent',
  frame: 'signInFrame',
  'already-granted': 'signInAlreadyGranted',
  'no-new-access': 'signInNoNewAccess',
};

/** At most this many scope names after "Because of": the permission list above has them all. */
const MAX_CAUSE_SCOPES = 3;

const line = (text: string, cause: string | null = null): ReasonLine => ({ text, cause });

/**
 * A policy reason code (`blocked-scope:Mail.Send`, `risk-high`) in plain
 * words, naming the scope, rule or feed entry behind it; null for a code this
 * version does not know (a newer engine's), which the page leaves out.
 */
export function policyReasonText(code: string, t: Translate, context?: ReasonContext): ReasonLine | null {
  const colon = code.indexOf(':');
  const name = colon < 0 ? code : code.slice(0, colon);
  const detail = colon < 0 ? '' : code.slice(colon + 1);
  if (name.startsWith('risk-')) return riskLevelLine(name.slice(5), t, context);
  switch (name) {
    case 'blocked-app':
      return line(t('reasonBlockedApp'), t('causeBlockedApp', detail));
    case 'allowed-app':
      return line(t('reasonAllowedApp'), t('causeAllowedApp', detail));
    case 'approved':
      return line(t('reasonApproved'), t('causeApproved', detail));
    case 'abused-app':
      return line(t('reasonAbusedApp'), t('causeFeedEntry', context?.abused?.name ?? detail));
    case 'blocked-scope':
      return line(t('reasonBlockedScope', detail));
    case 'warn-scope':
      return line(t('reasonWarnScope', detail));
    case 'device-code':
      return line(t('reasonDeviceCode'));
    case 'admin-consent':
      return line(t('reasonAdminConsent'));
    case 'hidden-scopes':
      return line(t('reasonHiddenScopes'));
    case 'personal-account':
      return line(t('reasonPersonalAccount'));
    case 'other-tenant':
      return line(t('reasonOtherTenant', detail));
    case 'sign-in': {
      const key = SIGN_IN_KEYS[detail as SignInReason];
      return key ? line(t(key)) : null;
    }
    case 'provider-off':
      return line(t('reasonProviderOff', detail));
    case 'audit-mode':
      return line(t('reasonAudit'));
    case 'enforce-mode':
      return line(t('reasonEnforce'));
    default:
      return null;
  }
}

/** `risk-high`: the level, and the scopes that set it when scopes did (otherwise the risk reasons say why). */
function riskLevelLine(level: string, t: Translate, context?: ReasonContext): ReasonLine {
  const text = t(
    'reasonRisk',
    t((RISK_LABEL_KEYS as Readonly<Record<string, MessageKey | undefined>>)[level] ?? 'riskHigh').toLowerCase(),
  );
  const scopes = context?.groups.find((g) => g.level === level)?.permissions.map((p) => p.scope) ?? [];
  if (scopes.length === 0) return line(text);
  const named = scopes.slice(0, MAX_CAUSE_SCOPES).join(', ');
  return line(text, t('causeScopes', scopes.length > MAX_CAUSE_SCOPES ? `${named}…` : named));
}

/**
 * Every reason the risk assessment gives. The three that are also policy
 * reasons share their sentence, so the page says it once.
 */
const RISK_REASON_KEYS: Readonly<Record<RiskReason, MessageKey>> = {
  'unknown-scopes': 'riskWhyUnknownScopes',
  'device-code': 'reasonDeviceCode',
  'app-installation': 'riskWhyAppInstall',
  'offline-access-to-data': 'riskWhyOffline',
  'hidden-scopes': 'reasonHiddenScopes',
  'admin-consent': 'reasonAdminConsent',
  'first-party-localhost': 'riskWhyFirstParty',
  'lookalike-host': 'riskWhyLookalike',
  'foreign-host-first-party': 'riskWhyForeignHost',
  'provider-path-foreign-host': 'flagProviderPath',
  'conflicting-client-ids': 'riskWhyConflictingIds',
  'duplicate-parameters': 'riskWhyDuplicate',
  'silent-error-redirect': 'riskWhySilentError',
  'double-encoded': 'riskWhyDoubleEncoded',
};

export function riskReasonText(code: string, t: Translate): ReasonLine | null {
  // A code of another version (the view came from the worker) has no sentence: left out.
  const key = (RISK_REASON_KEYS as Readonly<Record<string, MessageKey | undefined>>)[code];
  return key ? line(t(key)) : null;
}

/**
 * What a request flag means for the person. Null where the page already says
 * it elsewhere: hidden permissions (the permissions section), the risk
 * reasons of the same name, offline access, the redirect's host.
 */
const FLAG_KEYS: Record<RequestFlag, MessageKey | null> = {
  'static-consent': 'flagStaticConsent',
  'redirect-native-client': 'flagNativeClient',
  'shared-hosting-host': 'flagSharedHosting',
  silent: 'flagSilent',
  incremental: 'flagIncremental',
  'first-party': 'flagFirstParty',
  'implicit-flow': 'flagImplicit',
  'forced-consent': 'flagForcedConsent',
  'nested-request': 'flagNested',
  'provider-path-foreign-host': null,
  par: null,
  'request-object': null,
  'unreadable-request-object': null,
  'default-scope': null,
  'resource-only': null,
  'scope-omitted': null,
  'duplicate-parameters': null,
  'conflicting-client-ids': null,
  'double-encoded': null,
  'first-party-localhost': null,
  'code-to-copy': null,
  'foreign-host-first-party': null,
  'lookalike-host': null,
  'silent-error-redirect': null,
  'offline-access': null,
  'redirect-localhost': null,
  'redirect-free-hosting': null,
  'post-body': null,
};

export function flagText(flag: RequestFlag, t: Translate): ReasonLine | null {
  const key = FLAG_KEYS[flag];
  return key ? line(t(key)) : null;
}

/** Why the guard stepped in, most decisive first: the policy, then the risk, then what the request does; once each. */
export function reasonLines(view: WarningView, t: Translate): ReasonLine[] {
  const lines = [
    ...view.reasons.map((code) => policyReasonText(code, t, view)),
    ...view.riskReasons.map((code) => riskReasonText(code, t)),
    ...view.flags.map((flag) => flagText(flag, t)),
  ];
  return lines.filter(
    (l, i, all): l is ReasonLine => l !== null && all.findIndex((other) => other?.text === l.text) === i,
  );
}
