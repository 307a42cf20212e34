import type { SignInReason } from './decision';
import type { ProviderId } from './provider-id';
import type { RiskLevel } from './risk-level';

/** What raised a request's risk above its scopes' (`assessRequestRisk`): each has a sentence on the warning page. */
export type RiskReason =
  | 'unknown-scopes'
  | 'device-code'
  | 'app-installation'
  | 'offline-access-to-data'
  | 'hidden-scopes'
  | 'admin-consent'
  | 'first-party-localhost'
  | 'lookalike-host'
  | 'foreign-host-first-party'
  | 'provider-path-foreign-host'
  | 'conflicting-client-ids'
  | 'duplicate-parameters'
  | 'silent-error-redirect'
  | 'double-encoded';

/**
 * What a policy rule said (`evaluateRequest`), with the app, scope or tenant
 * it spoke about after a colon: `blocked-scope:Mail.Send`, `risk-high`.
 * Recorded events and reports keep them as plain strings: a file or a
 * collector may hold codes of another version.
 */
export type PolicyReason =
  | `provider-off:${ProviderId}`
  | `blocked-app:${string}`
  | `allowed-app:${string}`
  | `approved:${string}`
  | `abused-app:${string}`
  | `sign-in:${SignInReason}`
  | `blocked-scope:${string}`
  | `warn-scope:${string}`
  | `other-tenant:${string}`
  | `risk-${RiskLevel}`
  | 'device-code'
  | 'admin-consent'
  | 'hidden-scopes'
  | 'personal-account'
  | 'audit-mode'
  | 'enforce-mode';
