import type { ConsentDatabase } from '../grants/consent-database';
import type { Policy } from '../policy/policy-schema';
import { DELIVERY_STATE_KEY, type DeliveryState, readDeliveryState } from './delivery-state';
import { isReportable, reportingConfig } from './reporting-config';

/** What the options page shows an admin about reporting. */
export interface ReportingStatus {
  /** The collector, without its query (which may hold a token); null when reporting is off. */
  endpoint: string | null;
  format: Policy['reporting']['format'];
  state: DeliveryState | null;
  /** Events waiting to be sent (null before the first run). */
  queued: number | null;
}

export function displayEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname}`;
  } catch {
    return '';
  }
}

export async function readReportingStatus(db: ConsentDatabase, policy: Policy): Promise<ReportingStatus> {
  const config = reportingConfig(policy);
  if (!config) return { endpoint: null, format: policy.reporting.format, state: null, queued: null };
  const state = readDeliveryState((await db.meta.get(DELIVERY_STATE_KEY))?.value);
  const queued = state
    ? await db.events
        .where('seq')
        .above(state.cursor)
        .filter((e) => isReportable(config, e))
        .count()
    : null;
  return { endpoint: displayEndpoint(config.endpoint), format: config.format, state, queued };
}
