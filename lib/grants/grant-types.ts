import type { Decision } from '../core/decision';
import type { DecisionEventType } from '../core/event-types';
import type { ProviderId } from '../core/provider-id';
import type { RiskLevel } from '../core/risk-level';

export const GRANT_STATUSES = ['active', 'revocation-started', 'revoked', 'refused', 'blocked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** One thing that happened to a grant: a decision, a consent, a refusal, a revocation. */
export interface GrantHistoryEntry {
  time: number;
  type: DecisionEventType;
  decision: Decision | null;
  scopes: string[];
  justification?: string;
}

/** An app a person met in this browser: provider + client id. */
export interface AppRecord {
  key: string;
  provider: ProviderId;
  clientId: string;
  name: string | null;
  firstSeen: number;
  lastSeen: number;
}

/**
 * What one app may do with one account: the scopes granted over time (a
 * union), when, and what happened. Never holds a code, a token, a state or a
 * redirect URL: only the redirect host.
 */
export interface GrantRecord {
  id?: number;
  /** provider|clientId|account|tenant: one grant per app and account. */
  key: string;
  appKey: string;
  provider: ProviderId;
  clientId: string;
  appName: string | null;
  /** Lower-cased name, for search. */
  appNameLower: string;
  tenant: string | null;
  account: string | null;
  scopes: string[];
  /** Lower-cased scopes, indexed for search. */
  scopesLower: string[];
  /** Whether the request hid its scopes (the app may hold more than listed). */
  hiddenScopes: boolean;
  risk: RiskLevel;
  riskRank: number;
  status: GrantStatus;
  firstSeen: number;
  lastSeen: number;
  redirectHost: string | null;
  history: GrantHistoryEntry[];
}

/** The fields the store computes from the others (`withDerivedFields`): keys, rank and search fields. */
export const DERIVED_GRANT_FIELDS = ['key', 'appKey', 'appNameLower', 'scopesLower', 'riskRank'] as const;
export type DerivedGrantField = (typeof DERIVED_GRANT_FIELDS)[number];

/** What a grant is, without what the store derives from it (nor its database id): what an export carries. */
export type GrantFacts = Omit<GrantRecord, 'id' | DerivedGrantField>;
