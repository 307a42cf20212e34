import { type ConsentEvent, isPolicyEvent, type PolicyEvent, type RecordedEvent } from '../events/consent-event';

/** The version of the report format; docs/reporting.md describes each version. */
export const REPORT_SCHEMA = 'consent-guard/event/v1';

/** Where an event comes from: the browser and the extension that saw it. */
export interface ReportSource {
  product: 'consent-guard';
  extensionVersion: string;
  browser: string;
  browserVersion: string | null;
  platform: string | null;
}

/** Who the event is about, only as far as the policy asks. */
export interface ReportUser {
  /** The `userHint` the admin placed in the policy. */
  hint: string | null;
  /** The browser profile's e-mail, when the policy enables it and the browser knows one. */
  email: string | null;
}

/** Events lost to the outbox's caps before they could be sent, counted. */
export interface DropNotice {
  id: string;
  count: number;
  /** Time of the oldest and newest event dropped. */
  oldest: string;
  newest: string;
}

type ConsentFields = Omit<ConsentEvent, 'id' | 'time' | 'type'>;

/** One event as the collector receives it. Every field is documented in docs/reporting.md. */
export type ReportEvent = {
  schema: typeof REPORT_SCHEMA;
  id: string;
  time: string;
  type: RecordedEvent['type'] | 'events-dropped';
  source: ReportSource;
  user: ReportUser;
} & (Partial<ConsentFields> & { policy?: PolicyEvent['policy']; dropped?: Omit<DropNotice, 'id'> });

export interface ReportContext {
  source: ReportSource;
  user: ReportUser;
}

/**
 * The report of a recorded event. Fields are copied one by one, never spread,
 * so a field added to the stored event later is not sent until it is
 * documented here and in the schema.
 */
export function toReportEvent(event: RecordedEvent, context: ReportContext): ReportEvent {
  const head = { schema: REPORT_SCHEMA, id: event.id, time: event.time, type: event.type, ...context } as const;
  if (isPolicyEvent(event)) {
    const p = event.policy;
    return {
      ...head,
      policy: {
        status: p.status,
        fingerprint: p.fingerprint,
        managedKeys: [...p.managedKeys],
        errors: p.errors.map(({ path, problem }) => ({ path, problem })),
        rulesNotInstalled: p.rulesNotInstalled,
        protection: p.protection ?? null,
      },
    };
  }
  return {
    ...head,
    provider: event.provider,
    kind: event.kind,
    clientId: event.clientId,
    appName: event.appName,
    scopes: event.scopes,
    risk: event.risk,
    decision: event.decision,
    reasons: event.reasons,
    tenant: event.tenant,
    redirectHost: event.redirectHost,
    ...(event.justification ? { justification: event.justification } : {}),
    ...(event.comment ? { comment: event.comment } : {}),
    ...(event.approval
      ? {
          approval: {
            approver: event.approval.approver,
            issuedAt: event.approval.issuedAt,
            expiresAt: event.approval.expiresAt,
            scopes: event.approval.scopes === null ? null : [...event.approval.scopes],
            account: event.approval.account,
          },
        }
      : {}),
  };
}

export function dropReport(notice: DropNotice, context: ReportContext, now: number): ReportEvent {
  return {
    schema: REPORT_SCHEMA,
    id: notice.id,
    time: new Date(now).toISOString(),
    type: 'events-dropped',
    ...context,
    dropped: { count: notice.count, oldest: notice.oldest, newest: notice.newest },
  };
}
