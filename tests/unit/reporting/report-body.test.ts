import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../../lib/reporting/report-body';
import type { ReportEvent } from '../../../lib/reporting/report-event';

const event = (id: string, time: string) => ({ id, time, type: 'warned' }) as unknown as ReportEvent;
const EVENTS = [event('e1', '2026-11-20T09:00:00.000Z'), event('e2', '2026-11-20T09:00:01.500Z')];

describe('the body of a POST', () => {
  it('json: one array of the events', () => {
    expect(JSON.parse(formatBatch(EVENTS, 'json'))).toEqual(EVENTS);
    expect(formatBatch([], 'json')).toBe('[]');
  });

  it('splunk-hec: one envelope per event, one per line, timed in seconds', () => {
    const lines = formatBatch(EVENTS, 'splunk-hec')
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      {
        time: Date.parse('2026-11-20T09:00:00Z') / 1000,
        source: 'consent-guard',
        sourcetype: 'consent-guard:event',
        event: EVENTS[0],
      },
      {
        time: Date.parse('2026-11-20T09:00:01.500Z') / 1000,
        source: 'consent-guard',
        sourcetype: 'consent-guard:event',
        event: EVENTS[1],
      },
    ]);
    expect(formatBatch([], 'splunk-hec')).toBe('');
  });
});
