/**
 * The names of what is recorded (lib/events/) and reported (lib/reporting/):
 * the policy's `reporting.eventTypes` lists them too, so they live here,
 * below the policy.
 */
export const CONSENT_EVENT_TYPES = [
  'consent-detected',
  'warned',
  'blocked',
  'continued',
  'approval-requested',
  'approval-used',
  'false-alarm-reported',
  'grant-recorded',
  'grant-refused',
  'consent-unfinished',
  'revocation-started',
  'revocation-confirmed',
  'policy-applied',
  'policy-errors',
] as const;
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];

/** The event types about the policy rather than a consent: they carry no request. */
export const POLICY_EVENT_TYPES = ['policy-applied', 'policy-errors'] as const;
export type PolicyEventType = (typeof POLICY_EVENT_TYPES)[number];
/** The event types about one consent request or grant. */
export type DecisionEventType = Exclude<ConsentEventType, PolicyEventType>;
