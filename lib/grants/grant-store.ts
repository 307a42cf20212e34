import type { ProviderId } from '../authz/types';
import type { DecisionEventType, RecordedEvent } from '../events/consent-event';
import type { Decision } from '../policy/evaluate-request';
import { maxRisk, type RiskLevel, riskRank } from '../risk/risk-level';
import { ApprovedGrants } from './approved-grants';
import type { ConsentDatabase, StoredEvent } from './consent-database';
import type { GrantHistoryEntry, GrantRecord, GrantStatus } from './grant-types';

/** What is known of one consent flow when it ends. */
export interface ConsentOutcome {
  provider: ProviderId;
  clientId: string;
  appName: string | null;
  tenant: string | null;
  account: string | null;
  scopes: string[];
  hiddenScopes: boolean;
  risk: RiskLevel;
  redirectHost: string | null;
  decision: Decision | null;
  justification?: string;
  time: number;
}

export interface GrantFilters {
  search?: string;
  provider?: ProviderId | null;
  risk?: RiskLevel | null;
  status?: GrantStatus | null;
}

const HISTORY_LIMIT = 50;
const KEEP_WHEN_STALE: readonly GrantStatus[] = ['active', 'revocation-started'];

export function appKey(provider: string, clientId: string): string {
  return `${provider}|${clientId}`;
}

export function grantKey(outcome: Pick<ConsentOutcome, 'provider' | 'clientId' | 'account' | 'tenant'>): string {
  return [
    outcome.provider,
    outcome.clientId,
    (outcome.account ?? '').toLowerCase(),
    (outcome.tenant ?? '').toLowerCase(),
  ].join('|');
}

/**
 * The grant inventory on top of the database: every change is one
 * transaction, so a stopped worker or a full disk leaves either the old or the
 * new record, never half of one.
 */
export class GrantStore {
  constructor(readonly db: ConsentDatabase) {}

  async addEvent(event: RecordedEvent): Promise<void> {
    await this.db.events.put({ ...event, timeMs: Date.parse(event.time) });
  }

  /** How many events of this type the device holds (the options page counts false alarms). */
  countEvents(type: RecordedEvent['type']): Promise<number> {
    return this.db.events.where('type').equals(type).count();
  }

  /** Every active grant, indexed for the decision: what each app already holds. */
  async approvedGrants(): Promise<ApprovedGrants> {
    return new ApprovedGrants(await this.db.grants.where('status').equals('active').toArray());
  }

  /** The provider answered with a code or a token: the app now holds these scopes. */
  recordGrant(outcome: ConsentOutcome): Promise<GrantRecord> {
    return this.upsert(outcome, 'grant-recorded', () => 'active');
  }

  /** The person said no. A refusal of more scopes does not undo a grant already given. */
  recordRefusal(outcome: ConsentOutcome): Promise<GrantRecord> {
    return this.upsert(
      outcome,
      'grant-refused',
      (existing) => (existing?.status === 'active' ? 'active' : 'refused'),
      false,
    );
  }

  /** The policy blocked the request: shown as blocked unless the app already holds a grant. */
  recordBlocked(outcome: ConsentOutcome): Promise<GrantRecord> {
    return this.upsert(outcome, 'blocked', (existing) => existing?.status ?? 'blocked', false);
  }

  private async upsert(
    outcome: ConsentOutcome,
    type: DecisionEventType,
    nextStatus: (existing: GrantRecord | undefined) => GrantStatus,
    grantsScopes = true,
  ): Promise<GrantRecord> {
    return this.db.transaction('rw', this.db.apps, this.db.grants, async () => {
      const aKey = appKey(outcome.provider, outcome.clientId);
      const app = await this.db.apps.get(aKey);
      await this.db.apps.put({
        key: aKey,
        provider: outcome.provider,
        clientId: outcome.clientId,
        name: outcome.appName ?? app?.name ?? null,
        firstSeen: app?.firstSeen ?? outcome.time,
        lastSeen: Math.max(app?.lastSeen ?? 0, outcome.time),
      });
      const key = grantKey(outcome);
      const existing = await this.db.grants.where('key').equals(key).first();
      const scopes = grantsScopes || !existing ? union(existing?.scopes ?? [], outcome.scopes) : existing.scopes;
      const risk = existing && grantsScopes ? maxRisk(existing.risk, outcome.risk) : (existing?.risk ?? outcome.risk);
      const entry: GrantHistoryEntry = {
        time: outcome.time,
        type,
        decision: outcome.decision,
        scopes: outcome.scopes,
        ...(outcome.justification ? { justification: outcome.justification } : {}),
      };
      const appName = outcome.appName ?? existing?.appName ?? app?.name ?? null;
      const record: GrantRecord = {
        ...(existing?.id !== undefined ? { id: existing.id } : {}),
        key,
        appKey: aKey,
        provider: outcome.provider,
        clientId: outcome.clientId,
        appName,
        appNameLower: (appName ?? outcome.clientId).toLowerCase(),
        tenant: outcome.tenant,
        account: outcome.account,
        scopes,
        scopesLower: scopes.map((s) => s.toLowerCase()),
        hiddenScopes: (existing?.hiddenScopes ?? false) || (grantsScopes && outcome.hiddenScopes),
        risk,
        riskRank: riskRank(risk),
        status: nextStatus(existing),
        firstSeen: existing?.firstSeen ?? outcome.time,
        lastSeen: Math.max(existing?.lastSeen ?? 0, outcome.time),
        redirectHost: outcome.redirectHost ?? existing?.redirectHost ?? null,
        history: [...(existing?.history ?? []), entry].slice(-HISTORY_LIMIT),
      };
      const id = await this.db.grants.put(record);
      return { ...record, id };
    });
  }

  /** The person opened the provider's page to revoke; confirmed later. */
  markRevocationStarted(id: number, time: number): Promise<GrantRecord | undefined> {
    return this.setStatus(id, 'revocation-started', 'revocation-started', time);
  }

  confirmRevoked(id: number, time: number): Promise<GrantRecord | undefined> {
    return this.setStatus(id, 'revoked', 'revocation-confirmed', time);
  }

  private async setStatus(
    id: number,
    status: GrantStatus,
    type: DecisionEventType,
    time: number,
  ): Promise<GrantRecord | undefined> {
    return this.db.transaction('rw', this.db.grants, async () => {
      const grant = await this.db.grants.get(id);
      if (!grant) return undefined;
      const updated: GrantRecord = {
        ...grant,
        status,
        history: [...grant.history, { time, type, decision: null, scopes: [] }].slice(-HISTORY_LIMIT),
      };
      await this.db.grants.put(updated);
      return updated;
    });
  }

  /**
   * Grants most risky and most recent first, filtered, one window at a time
   * (the popup's list asks only for the rows it shows).
   */
  async listGrants(filters: GrantFilters, offset: number, limit: number): Promise<GrantRecord[]> {
    return this.filtered(filters).offset(offset).limit(limit).toArray();
  }

  async countGrants(filters: GrantFilters): Promise<number> {
    return this.filtered(filters).count();
  }

  /** Every grant that matches the filters, in list order: one pass, for a filtered view. */
  async findGrants(filters: GrantFilters): Promise<GrantRecord[]> {
    return this.filtered(filters).toArray();
  }

  static isFiltered(filters: GrantFilters): boolean {
    return Boolean(filters.search?.trim() || filters.provider || filters.risk || filters.status);
  }

  private filtered(filters: GrantFilters) {
    const search = filters.search?.trim().toLowerCase() ?? '';
    const matches = (g: GrantRecord) =>
      (!filters.provider || g.provider === filters.provider) &&
      (!filters.risk || g.risk === filters.risk) &&
      (!filters.status || g.status === filters.status) &&
      (search === '' ||
        g.appNameLower.includes(search) ||
        g.clientId.toLowerCase().includes(search) ||
        g.scopesLower.some((s) => s.includes(search)));
    const ordered = this.db.grants.orderBy('[riskRank+lastSeen]').reverse();
    return GrantStore.isFiltered(filters) ? ordered.filter(matches) : ordered;
  }

  async getGrant(id: number): Promise<GrantRecord | undefined> {
    return this.db.grants.get(id);
  }

  /** The toolbar badge: active grants of high or critical risk. */
  async countActiveHighRisk(): Promise<number> {
    return this.db.grants
      .where('status')
      .equals('active')
      .filter((g) => g.riskRank >= riskRank('high'))
      .count();
  }

  /**
   * Drops what is older than the retention: events, and grants that no longer
   * give anything (refused, blocked, revoked). Active grants stay: the app
   * still holds them, whatever their age. So do events still to be reported.
   */
  async applyRetention(
    days: number,
    now: number,
    keepAfterSeq = Number.POSITIVE_INFINITY,
  ): Promise<{ events: number; grants: number }> {
    const cutoff = now - days * 86_400_000;
    return this.db.transaction('rw', this.db.events, this.db.grants, async () => {
      // Events not yet reported (after `keepAfterSeq`) stay: the outbox's own caps decide their fate, counted.
      const events = await this.db.events
        .where('timeMs')
        .below(cutoff)
        .filter((e) => (e.seq ?? 0) <= keepAfterSeq)
        .delete();
      const grants = await this.db.grants
        .where('lastSeen')
        .below(cutoff)
        .filter((g) => !KEEP_WHEN_STALE.includes(g.status))
        .delete();
      return { events, grants };
    });
  }

  async recentEvents(limit: number): Promise<StoredEvent[]> {
    return this.db.events.orderBy('seq').reverse().limit(limit).toArray();
  }
}

function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((s) => s.toLowerCase()));
  const out = [...a];
  for (const scope of b) {
    if (!seen.has(scope.toLowerCase())) {
      seen.add(scope.toLowerCase());
      out.push(scope);
    }
  }
  return out;
}
