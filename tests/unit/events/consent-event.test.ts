import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { consentEvent, isPolicyEvent, MAX_COMMENT, type RecordedEvent } from '../../../lib/events/consent-event';
import type { Approval } from '../../../lib/policy/approvals';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { policyFrom } from '../policy/helpers';

const e = encodeURIComponent;
const URL_WITH_SECRETS = `https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=app-1&response_type=code&scope=${e('Mail.Read offline_access')}&state=S3CRET-STATE&nonce=N0NCE&redirect_uri=${e('https://app.example.com/cb?session=SESSION-1')}`;
const request = parseAuthorizationRequest(URL_WITH_SECRETS) as AuthorizationRequest;
const risk = assessRequestRisk(request);
const NOW = Date.parse('2026-11-25T09:00:00Z');

describe('consentEvent', () => {
  it('records what was asked and decided, when, and nothing secret from the request', () => {
    const policy = policyFrom({ blockedApps: [{ clientId: 'app-1', name: 'Mail Sync' }] });
    const event = consentEvent('blocked', request, risk, evaluateRequest(request, risk, policy), NOW);
    expect(event).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      time: '2026-11-25T09:00:00.000Z',
      type: 'blocked',
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'app-1',
      appName: 'Mail Sync',
      scopes: ['Mail.Read', 'offline_access'],
      risk: 'critical',
      decision: 'block',
      reasons: ['blocked-app:app-1'],
      tenant: 'contoso.com',
      redirectHost: 'app.example.com',
    });
    const text = JSON.stringify(event);
    for (const secret of ['S3CRET-STATE', 'N0NCE', 'SESSION-1', '/cb']) expect(text).not.toContain(secret);
  });

  it('gives every event its own id', () => {
    const verdict = evaluateRequest(request, risk, policyFrom({}));
    expect(consentEvent('warned', request, risk, verdict, NOW).id).not.toBe(
      consentEvent('warned', request, risk, verdict, NOW).id,
    );
  });

  it('takes the justification (at most 1000 characters) and the comment (at most 500), and leaves out empty ones', () => {
    const verdict = evaluateRequest(request, risk, policyFrom({}));
    const event = consentEvent('continued', request, risk, verdict, NOW, {
      justification: 'j'.repeat(1200),
      comment: 'c'.repeat(600),
    });
    expect(event.justification).toHaveLength(1000);
    expect(event.comment).toHaveLength(MAX_COMMENT);
    const plain = consentEvent('continued', request, risk, verdict, NOW, { justification: '', comment: '' });
    expect(plain).not.toHaveProperty('justification');
    expect(plain).not.toHaveProperty('comment');
  });

  it('takes the app name given over the policy’s', () => {
    const verdict = evaluateRequest(request, risk, policyFrom({ allowedApps: [{ clientId: 'app-1', name: 'CRM' }] }));
    expect(consentEvent('consent-detected', request, risk, verdict, NOW).appName).toBe('CRM');
    expect(consentEvent('consent-detected', request, risk, verdict, NOW, { appName: 'Outlook' }).appName).toBe(
      'Outlook',
    );
  });

  it('says who approved a request let through by an approval code, until when, never the code', () => {
    const approval: Approval = {
      id: 'f'.repeat(64),
      provider: 'microsoft',
      clientId: 'app-1',
      scopes: ['Mail.Read', 'offline_access'],
      account: null,
      issuedAt: NOW - 1000,
      expiresAt: NOW + 86_400_000,
      approver: 'IT approvals',
      approverKey: 'UH+xdCrJqUzr6hHfMqxR+NfIt/8PNHNOWIe5ae7OmAk=',
    };
    const policy = policyFrom({ approvers: [{ name: 'IT approvals', publicKey: approval.approverKey }] });
    const verdict = evaluateRequest(request, risk, policy, undefined, null, { approvals: [approval], now: NOW });
    const event = consentEvent('approval-used', request, risk, verdict, NOW);
    expect(event.approval).toEqual({
      approver: 'IT approvals',
      issuedAt: new Date(NOW - 1000).toISOString(),
      expiresAt: new Date(NOW + 86_400_000).toISOString(),
      scopes: ['Mail.Read', 'offline_access'],
      account: null,
    });
    expect(JSON.stringify(event)).not.toContain(approval.id);
    expect(consentEvent('warned', request, risk, evaluateRequest(request, risk, policy), NOW)).not.toHaveProperty(
      'approval',
    );
  });
});

describe('isPolicyEvent', () => {
  it('tells policy events from consent events', () => {
    const policyEvent = {
      id: 'p',
      time: new Date(NOW).toISOString(),
      type: 'policy-errors',
      policy: {
        status: 'present',
        fingerprint: 'f',
        managedKeys: [],
        errors: [],
        rulesNotInstalled: 0,
        protection: null,
      },
    } as RecordedEvent;
    expect(isPolicyEvent(policyEvent)).toBe(true);
    const verdict = evaluateRequest(request, risk, policyFrom({}));
    expect(isPolicyEvent(consentEvent('warned', request, risk, verdict, NOW))).toBe(false);
  });
});
