import type { Decision } from '../core/decision';
import type { DecisionEventType } from '../core/event-types';
import type { ProviderId } from '../core/provider-id';
import { maxRisk, type RiskLevel, riskRank } from '../core/risk-level';
import { ApprovedGrants } from '../decision/approved-grants';
import type { RecordedEvent } from '../events/consent-event';
import type { ConsentDatabase, StoredEvent } from './consent-database';
import type { GrantFacts, GrantHistoryEntry, GrantRecord, GrantStatus } from './grant-types';

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
 * A grant as stored: its facts and what the store derives from them (its
 * keys, its rank for the list's order and badge, its lower-cased search
 * fields). The one place these are computed: by the store when it records,
 * and by an import, whatever the file said.
 */
export function withDerivedFields(facts: GrantFacts & { id?: number }): GrantRecord {
  return {
    ...facts,
    key: grantKey(facts),
    appKey: appKey(facts.provider, facts.clientId),
    appNameLower: (facts.appName ?? facts.clientId).toLowerCase(),
    scopesLower: facts.scopes.map((s) => s.toLowerCase()),
    riskRank: riskRank(facts.risk),
  };
}

/** An event as the events table holds it: with its time in milliseconds, indexed for retention. */
export function toStoredEvent(event: RecordedEvent): StoredEvent {
  return { ...event, timeMs: Date.parse(event.time) };
}

/** One filtered list, as a page reads it: its size, and its rows one window at a time. */
export interface GrantQuery {
  /** Whether any filter or search narrows the list. */
  readonly filtered: boolean;
  count(): Promise<number>;
  /** At most `limit` grants from `offset`, most risky and most recent first. */
  rows(offset: number, limit: number): Promise<GrantRecord[]>;
}

/**
 * The grant inventory on top of the database: every change is one
 * transaction, so a stopped worker or a full disk leaves either the old or the
 * new record, never half of one.
 */
export class GrantStore {
  constructor(readonly db: ConsentDatabase) {}

  async addEvent(event: RecordedEvent): Promise<void> {
    await this.db.events.put(toStoredEvent(event));
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
      const existing = await this.db.grants.where('key').equals(grantKey(outcome)).first();
      const scopes = grantsScopes || !existing ? union(existing?.scopes ?? [], outcome.scopes) : existing.scopes;
      const risk = existing && grantsScopes ? maxRisk(existing.risk, outcome.risk) : (existing?.risk ?? outcome.risk);
      const entry: GrantHistoryEntry = {
        time: outcome.time,
        type,
        decision: outcome.decision,
        scopes: outcome.scopes,
        ...(outcome.justification ? { justification: outcome.justification } : {}),
      };
      const record = withDerivedFields({
        ...(existing?.id !== undefined ? { id: existing.id } : {}),
        provider: outcome.provider,
        clientId: outcome.clientId,
        appName: outcome.appName ?? existing?.appName ?? app?.name ?? null,
        tenant: outcome.tenant,
        account: outcome.account,
        scopes,
        hiddenScopes: (existing?.hiddenScopes ?? false) || (grantsScopes && outcome.hiddenScopes),
        risk,
        status: nextStatus(existing),
        firstSeen: existing?.firstSeen ?? outcome.time,
        lastSeen: Math.max(existing?.lastSeen ?? 0, outcome.time),
        redirectHost: outcome.redirectHost ?? existing?.redirectHost ?? null,
        history: [...(existing?.history ?? []), entry].slice(-HISTORY_LIMIT),
      });
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
   * The grants that match the filters, most risky and most recent first: the
   * list of the popup. Unfiltered, the count and each window come straight
   * from the `[riskRank+lastSeen]` index, so the first screen costs the same
   * for 10 grants as for 10,000. Filtered, one pass reads every match (the
   * count comes with them) and windows are sliced from it.
   */
  query(filters: GrantFilters): GrantQuery {
    const ordered = () => this.db.grants.orderBy('[riskRank+lastSeen]').reverse();
    if (!isFiltered(filters)) {
      return {
        filtered: false,
        count: () => ordered().count(),
        rows: (offset, limit) => ordered().offset(offset).limit(limit).toArray(),
      };
    }
    const search = filters.search?.trim().toLowerCase() ?? '';
    const matches = (g: GrantRecord) =>
      (!filters.provider || g.provider === filters.provider) &&
      (!filters.risk || g.risk === filters.risk) &&
      (!filters.status || g.status === filters.status) &&
      (search === '' ||
        g.appNameLower.includes(search) ||
        g.clientId.toLowerCase().includes(search) ||
        g.scopesLower.some((s) => s.includes(search)));
    let all: Promise<GrantRecord[]> | null = null;
    const read = () => {
      all ??= ordered().filter(matches).toArray();
      return all;
    };
    return {
      filtered: true,
      count: async () => (await read()).length,
      rows: async (offset, limit) => (await read()).slice(offset, offset + limit),
    };
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
}

function isFiltered(filters: GrantFilters): boolean {
  return Boolean(filters.search?.trim() || filters.provider || filters.risk || filters.status);
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
