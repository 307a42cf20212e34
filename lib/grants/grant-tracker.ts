import { addFormBody, parseParamText } from '../authz/request-params';
import type { DecisionEventType } from '../core/event-types';
import type { Judgement } from '../decision/judge-request';
import type { Navigation, NavigationOutcome } from '../decision/navigation';
import type { ConsentEvent } from '../events/consent-event';
import {
  addFlow,
  expireFlows,
  matchFlow,
  type PendingFlow,
  readAnswer,
  requestOutcome,
  startFlow,
} from './consent-flows';
import { grantEvent } from './grant-events';
import type { ConsentOutcome, GrantStore } from './grant-store';

export interface GrantTrackerDeps {
  store: GrantStore;
  loadFlows(): Promise<PendingFlow[]>;
  saveFlows(flows: PendingFlow[]): Promise<void>;
  record(event: ConsentEvent): void;
  /** Something changed in the inventory (the badge follows). */
  changed(): void;
  now(): number;
}

/**
 * Follows each request the guard let through to its end: the provider's
 * redirect back to the app with a code or token (a grant), or with an error
 * (a refusal); flows that never answer are recorded as unfinished. Pending
 * flows live in session storage, so a worker restart loses none.
 */
export class GrantTracker {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: GrantTrackerDeps) {}

  /** Serialises every change of the pending flows: two events never overwrite each other's work. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  observe(outcome: NavigationOutcome, judgement: Judgement, navigation: Navigation): Promise<void> {
    return this.serial(async () => {
      if (outcome === 'blocked') {
        if (judgement.request.clientId === null) return;
        await this.deps.store.recordBlocked(this.outcomeOf(judgement));
        this.deps.changed();
        return;
      }
      if (outcome !== 'allowed' && outcome !== 'bypassed') return;
      const flow = await startFlow(
        judgement.request,
        judgement.risk,
        outcome === 'bypassed' ? 'warn' : judgement.verdict.decision,
        judgement.verdict.app?.name ?? null,
        navigation.tabId,
        this.deps.now(),
        stateOf(navigation),
      );
      if (flow === null) return;
      const { live, expired } = expireFlows(await this.deps.loadFlows(), this.deps.now());
      await this.deps.saveFlows(addFlow(live, flow));
      this.recordUnfinished(expired);
    });
  }

  /** A navigation that may be a provider's answer; `fromProvider` when the provider itself redirected. */
  answer(url: string, tabId: number, fromProvider: boolean): Promise<'granted' | 'refused' | null> {
    const answer = readAnswer(url);
    if (answer === null) return Promise.resolve(null);
    return this.serial(async () => {
      const { live, expired } = expireFlows(await this.deps.loadFlows(), this.deps.now());
      this.recordUnfinished(expired);
      const flow = await matchFlow(live, answer, url, tabId, fromProvider);
      if (flow === null) {
        if (expired.length > 0) await this.deps.saveFlows(live);
        return null;
      }
      await this.deps.saveFlows(live.filter((f) => f.id !== flow.id));
      const outcome: ConsentOutcome = {
        ...flow.outcome,
        scopes: answer.grantedScopes ?? flow.outcome.scopes,
        time: this.deps.now(),
      };
      if (answer.kind === 'granted') await this.deps.store.recordGrant(outcome);
      else await this.deps.store.recordRefusal(outcome);
      this.recordOutcome(answer.kind === 'granted' ? 'grant-recorded' : 'grant-refused', outcome);
      this.deps.changed();
      return answer.kind;
    });
  }

  /** Records flows that waited too long; called on every event and at start. */
  sweep(): Promise<void> {
    return this.serial(async () => {
      const { live, expired } = expireFlows(await this.deps.loadFlows(), this.deps.now());
      if (expired.length === 0) return;
      await this.deps.saveFlows(live);
      this.recordUnfinished(expired);
    });
  }

  private recordUnfinished(flows: readonly PendingFlow[]): void {
    for (const flow of flows) this.recordOutcome('consent-unfinished', { ...flow.outcome, time: this.deps.now() });
  }

  private recordOutcome(type: DecisionEventType, outcome: ConsentOutcome): void {
    this.deps.record(grantEvent(type, outcome, outcome.time));
  }

  private outcomeOf({ request, risk, verdict }: Judgement): ConsentOutcome {
    return { ...requestOutcome(request, risk, verdict.decision, verdict.app?.name ?? null), time: this.deps.now() };
  }
}

/** The request's `state` value, only to hash it: it is never kept. */
function stateOf(navigation: Navigation): string | null {
  try {
    const params = parseParamText(new URL(navigation.url).search);
    if (navigation.body !== undefined) addFormBody(params, navigation.body);
    return params.get('state')?.[0] ?? null;
  } catch {
    return null;
  }
}
