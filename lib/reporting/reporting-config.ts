import type { Policy } from '../policy/policy-schema';
import type { ReportFormat } from './report-body';
import { SIGNATURE_HEADER } from './signature';

/** What the policy says about reporting, ready to send with; null when reporting is off. */
export interface ReportingConfig {
  endpoint: string;
  format: ReportFormat;
  /** Custom headers, then the Authorization header: set by the admin, sent as given. */
  headers: Record<string, string>;
  hmacSecret: string | null;
  /** Event types to send; null: all. */
  types: ReadonlySet<string> | null;
  userHint: string | null;
  includeProfileEmail: boolean;
}

/** Headers the guard sets itself: a custom header of the same name is ignored. */
const OWN_HEADERS = ['content-type', SIGNATURE_HEADER.toLowerCase()];

export function reportingConfig(policy: Policy): ReportingConfig | null {
  const r = policy.reporting;
  if (!r.endpoint) return null;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(r.headers)) {
    if (!OWN_HEADERS.includes(name.toLowerCase())) headers[name] = value;
  }
  if (r.authHeader) {
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'authorization') delete headers[name];
    headers.Authorization = r.authHeader;
  }
  return {
    endpoint: r.endpoint,
    format: r.format,
    headers,
    hmacSecret: r.hmacSecret,
    types: r.events.length > 0 ? new Set(r.events) : null,
    userHint: r.userHint,
    includeProfileEmail: r.includeProfileEmail,
  };
}

/**
 * Whether a stored event is sent: recorded here (imported events are
 * history) and of a type the policy wants. Drop notices are not stored
 * events: they are always sent.
 */
export function isReportable(
  config: Pick<ReportingConfig, 'types'>,
  event: { type: string; imported?: true },
): boolean {
  return !event.imported && (config.types === null || config.types.has(event.type));
}
