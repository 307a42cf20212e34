import type { ReportEvent } from './report-event';

export type ReportFormat = 'json' | 'splunk-hec';

/**
 * The body of one POST. `json`: a JSON array of events. `splunk-hec`: one
 * HTTP Event Collector envelope per event, one per line, which HEC's
 * /services/collector/event endpoint accepts in a single request.
 */
export function formatBatch(events: readonly ReportEvent[], format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(events);
  return events
    .map((event) =>
      JSON.stringify({
        time: Date.parse(event.time) / 1000,
        source: 'consent-guard',
        sourcetype: 'consent-guard:event',
        event,
      }),
    )
    .join('\n');
}
