import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { CONSENT_EVENT_TYPES } from '../../../lib/core/event-types';
import { consentEvent } from '../../../lib/events/consent-event';
import { type Approval, matchApproval } from '../../../lib/policy/approvals';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { REPORT_EVENT_TYPES } from '../../../lib/policy/policy-schema';
import { type ReportContext, toReportEvent } from '../../../lib/reporting/report-event';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { ms, policyFrom } from '../policy/helpers';

const reference = readFileSync('docs/reporting.md', 'utf8');
const context: ReportContext = {
  source: {
    product: 'consent-guard',
    extensionVersion: '1',
    browser: 'chrome',
    browserVersion: '156',
    platform: 'linux',
  },
  user: { hint: 'ann@contoso.com', email: null },
};
const KEY = 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=';
const NOW = Date.parse('2026-11-25T09:00:00Z');

describe('approval-used reports', () => {
  const approval: Approval = {
    id: 'f'.repeat(64),
    provider: 'microsoft',
    clientId: 'app-1',
    scopes: ['Mail.Read'],
    account: 'ann@contoso.com',
    issuedAt: NOW - 1000,
    expiresAt: NOW + 86_400_000,
    approver: 'IT approvals',
    approverKey: KEY,
  };
  const policy = policyFrom({ mode: 'enforce', approvers: [{ name: 'IT approvals', publicKey: KEY }] });
  const request = parseAuthorizationRequest(ms('Mail.Read', '&login_hint=ann%40contoso.com')) as AuthorizationRequest;
  const risk = assessRequestRisk(request);
  const verdict = evaluateRequest(request, risk, policy, undefined, null, { approvals: [approval], now: NOW });

  it('say who approved, until when, for what: every field documented, and never the code', () => {
    expect(matchApproval([approval], request, policy, NOW)).toBe(approval);
    const report = toReportEvent(consentEvent('approval-used', request, risk, verdict, NOW), context);
    expect(report).toMatchObject({
      type: 'approval-used',
      decision: 'allow',
      reasons: ['approved:app-1'],
      approval: {
        approver: 'IT approvals',
        issuedAt: new Date(NOW - 1000).toISOString(),
        expiresAt: new Date(NOW + 86_400_000).toISOString(),
        scopes: ['Mail.Read'],
        account: 'ann@contoso.com',
      },
    });
    const paths = (value: unknown, prefix = ''): string[] =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).flatMap(([k, v]) => [prefix + k, ...paths(v, `${prefix}${k}.`)])
        : [];
    for (const path of paths(report)) expect(reference, `${path} is not documented`).toContain(`\`${path}\``);
    const text = JSON.stringify(report);
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(approval.id);
  });

  it('the new type is documented, may be chosen in the policy’s events, and its reason too', () => {
    expect(CONSENT_EVENT_TYPES).toContain('approval-used');
    expect(REPORT_EVENT_TYPES).toContain('approval-used');
    expect(reference).toContain('| `approval-used`');
    expect(reference).toContain('`approved:<id>`');
    expect(policyFrom({ reporting: { events: ['approval-used'] } }).reporting.events).toEqual(['approval-used']);
  });

  it('other events carry no approval', () => {
    const plain = evaluateRequest(request, risk, policy);
    expect(toReportEvent(consentEvent('blocked', request, risk, plain, NOW), context)).not.toHaveProperty('approval');
  });
});
