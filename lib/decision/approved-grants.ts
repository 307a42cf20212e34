import type { AuthorizationRequest } from '../authz/types';
import type { ProviderId } from '../core/provider-id';
import { normaliseClientId } from '../providers';

/**
 * What a person already granted an app, as the decision needs it: the grant
 * store's records (lib/grants/, above the decision) have these fields.
 */
export interface PriorGrant {
  provider: ProviderId;
  clientId: string;
  tenant: string | null;
  account: string | null;
  scopes: string[];
  /** When the grant was last seen (ms since epoch): older than `rememberApprovals` days, it is forgotten. */
  lastSeen: number;
}

/** Tenants that name no organisation: a grant there says nothing about which directory. */
const OPEN_TENANTS = new Set(['common', 'organizations', 'consumers']);

const DAY_MS = 86_400_000;

/**
 * The active grants a person holds, indexed for the decision (synchronous,
 * microseconds): which scopes an app already has for this provider, account
 * and tenant. Built from the grant inventory by the service worker and kept
 * in memory; `explain` builds one from a file.
 */
export class ApprovedGrants {
  private readonly byApp = new Map<string, PriorGrant[]>();

  constructor(grants: readonly PriorGrant[]) {
    for (const grant of grants) {
      const key = appKey(grant.provider, grant.clientId);
      this.byApp.set(key, [...(this.byApp.get(key) ?? []), grant]);
    }
  }

  get size(): number {
    return this.byApp.size;
  }

  /**
   * The scopes this request's app already holds (a union over the matching
   * grants seen within `rememberDays`), or null when it holds none. A grant
   * matches on provider and client id, and on account and tenant whenever both
   * the request and the grant name one. `rememberDays` 0 remembers nothing.
   */
  grantedScopes(request: AuthorizationRequest, rememberDays: number, now: number): string[] | null {
    if (rememberDays <= 0 || request.clientId === null) return null;
    const candidates = this.byApp.get(appKey(request.provider, request.clientId));
    if (!candidates) return null;
    const since = now - rememberDays * DAY_MS;
    const matching = candidates.filter(
      (grant) =>
        grant.lastSeen >= since &&
        sameWhenBothNamed(grant.account, request.loginHint) &&
        sameWhenBothNamed(specificTenant(grant.tenant), specificTenant(request.tenant)),
    );
    if (matching.length === 0) return null;
    return [...new Set(matching.flatMap((grant) => grant.scopes))];
  }
}

export const NO_PRIOR_GRANTS = new ApprovedGrants([]);

function appKey(provider: string, clientId: string): string {
  return `${provider}|${normaliseClientId(clientId)}`;
}

function specificTenant(tenant: string | null): string | null {
  return tenant === null || OPEN_TENANTS.has(tenant.toLowerCase()) ? null : tenant;
}

function sameWhenBothNamed(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.toLowerCase() === b.toLowerCase();
}
