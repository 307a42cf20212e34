import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { consentEvent, type RecordedEvent } from '../../../lib/events/consent-event';
import { defaultPolicy } from '../../../lib/policy/default-policy';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { dropReport, type ReportContext, toReportEvent } from '../../../lib/reporting/report-event';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

const context: ReportContext = {
  source: {
    product: 'consent-guard',
    extensionVersion: '1.0.0',
    browser: 'chrome',
    browserVersion: '156',
    platform: 'linux',
  },
  user: { hint: 'ann@contoso.com', email: null },
};
const reference = readFileSync('docs/reporting.md', 'utf8');

function eventFor(url: string): RecordedEvent {
  const request = parseAuthorizationRequest(url);
  if (!request) throw new Error(`not a request: ${url}`);
  const risk = assessRequestRisk(request);
  return consentEvent('warned', request, risk, evaluateRequest(request, risk, defaultPolicy()), Date.now(), {
    justification: 'needed for the audit',
  });
}

const SECRET_BEARING =
  'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-3333-4444-555555555555' +
  '&response_type=code&scope=Mail.ReadWrite%20offline_access&state=STATE-SECRET-123&nonce=NONCE-SECRET-456' +
  '&code_challenge=PKCE-SECRET-789&login_hint=ann%40contoso.com' +
  '&redirect_uri=https%3A%2F%2Fapp.example%2Fcallback%3Fsession%3DREDIRECT-SECRET-000';

describe('report events', () => {
  it('carry what was asked and decided, and nothing secret from the request', () => {
    const report = toReportEvent(eventFor(SECRET_BEARING), context);
    expect(report).toMatchObject({
      provider: 'microsoft',
      clientId: '11111111-2222-3333-4444-555555555555',
      redirectHost: 'app.example',
      justification: 'needed for the audit',
    });
    const text = JSON.stringify(report);
    for (const secret of [
      'STATE-SECRET',
      'NONCE-SECRET',
      'PKCE-SECRET',
      'REDIRECT-SECRET',
      '/callback',
      'https://app.example',
    ])
      expect(text).not.toContain(secret);
  });

  it('send only documented fields, whatever else a stored event holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string()), (extra) => {
        const stored = { ...extra, ...eventFor(SECRET_BEARING) } as RecordedEvent;
        const report = toReportEvent(stored, context);
        return Object.keys(report).every((key) => reference.includes(`\`${key}\``));
      }),
      { numRuns: 1_000 },
    );
  });

  it('every field of every kind of report is documented in docs/reporting.md', () => {
    const decision = toReportEvent(eventFor(SECRET_BEARING), context);
    const policy = toReportEvent(
      {
        id: 'p1',
        time: new Date().toISOString(),
        type: 'policy-errors',
        policy: {
          status: 'present',
          fingerprint: 'ab',
          managedKeys: ['mode'],
          errors: [],
          rulesNotInstalled: 0,
          protection: 'before-request',
        },
      },
      context,
    );
    const dropped = dropReport({ id: 'd1', count: 3, oldest: 'a', newest: 'b' }, context, Date.now());
    const paths = (value: unknown, prefix = ''): string[] =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => [prefix + k, ...paths(v, `${prefix}${k}.`)])
        : [];
    for (const report of [decision, policy, dropped])
      for (const path of paths(report)) expect(reference, `${path} is not documented`).toContain(`\`${path}\``);
  });

  it('carry a false-alarm report with its comment, documented, and nothing secret', () => {
    const request = parseAuthorizationRequest(SECRET_BEARING);
    if (!request) throw new Error('not a request');
    const risk = assessRequestRisk(request);
    const verdict = evaluateRequest(request, risk, defaultPolicy());
    const event = consentEvent('false-alarm-reported', request, risk, verdict, Date.now(), {
      comment: `We use this app every day. ${'x'.repeat(600)}`,
    });
    const report = toReportEvent(event, context);
    expect(report).toMatchObject({ type: 'false-alarm-reported', clientId: request.clientId, decision: 'warn' });
    expect(report.comment?.startsWith('We use this app every day.')).toBe(true);
    expect(report.comment).toHaveLength(500);
    expect(reference).toContain('`false-alarm-reported`');
    for (const key of Object.keys(report)) expect(reference, key).toContain(`\`${key}\``);
    for (const secret of ['STATE-SECRET', 'NONCE-SECRET', 'PKCE-SECRET', 'REDIRECT-SECRET', '/callback'])
      expect(JSON.stringify(report)).not.toContain(secret);
  });
});
