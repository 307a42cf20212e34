import type { Translate } from '../../lib/browser/i18n';

const RISK_LABELS: Record<string, string> = {
  none: 'riskNone',
  low: 'riskLow',
  medium: 'riskMedium',
  high: 'riskHigh',
  critical: 'riskCritical',
};

/** A policy reason code (`blocked-scope:Mail.Send`) in plain words, or null for codes people need not see. */
export function policyReasonText(code: string, t: Translate): string | null {
  const colon = code.indexOf(':');
  const name = colon < 0 ? code : code.slice(0, colon);
  const detail = colon < 0 ? '' : code.slice(colon + 1);
  if (name.startsWith('risk-')) return t('reasonRisk', t(RISK_LABELS[name.slice(5)] ?? 'riskHigh').toLowerCase());
  switch (name) {
    case 'blocked-app':
      return t('reasonBlockedApp');
    case 'abused-app':
      return t('reasonAbusedApp');
    case 'blocked-scope':
      return t('reasonBlockedScope', detail);
    case 'warn-scope':
      return t('reasonWarnScope', detail);
    case 'device-code':
      return t('reasonDeviceCode');
    case 'admin-consent':
      return t('reasonAdminConsent');
    case 'hidden-scopes':
      return t('reasonHiddenScopes');
    case 'personal-account':
      return t('reasonPersonalAccount');
    case 'other-tenant':
      return t('reasonOtherTenant', detail);
    case 'enforce-mode':
      return t('reasonEnforce');
    default:
      return null;
  }
}

const RISK_REASON_KEYS: Record<string, string> = {
  'offline-access-to-data': 'riskWhyOffline',
  'first-party-localhost': 'riskWhyFirstParty',
  'lookalike-host': 'riskWhyLookalike',
  'silent-error-redirect': 'riskWhySilentError',
  'conflicting-client-ids': 'riskWhyConflictingIds',
  'double-encoded': 'riskWhyDoubleEncoded',
  'unknown-scopes': 'riskWhyUnknownScopes',
};

export function riskReasonText(code: string, t: Translate): string | null {
  const key = RISK_REASON_KEYS[code];
  return key ? t(key) : null;
}
