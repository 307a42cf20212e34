import type { DecisionEventType } from '../core/event-types';
import type { ConsentEvent } from '../events/consent-event';
import type { ConsentOutcome } from './grant-store';

/** An event about a grant (granted, refused, unfinished, revoked): the same fields as a decision's, never a URL or secret. */
export function grantEvent(
  type: DecisionEventType,
  subject: Pick<ConsentOutcome, 'provider' | 'clientId' | 'appName' | 'scopes' | 'risk' | 'tenant' | 'redirectHost'> & {
    decision?: ConsentOutcome['decision'];
  },
  time: number,
): ConsentEvent {
  return {
    id: crypto.randomUUID(),
    time: new Date(time).toISOString(),
    type,
    provider: subject.provider,
    kind: 'authorize',
    clientId: subject.clientId,
    appName: subject.appName,
    scopes: subject.scopes,
    risk: subject.risk,
    decision: subject.decision ?? 'allow',
    reasons: [],
    tenant: subject.tenant,
    redirectHost: subject.redirectHost,
  };
}
