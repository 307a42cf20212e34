import { describe, expect, it } from 'vitest';
import { isReportable, reportingConfig } from '../../../lib/reporting/reporting-config';
import { policyFrom } from '../policy/helpers';

describe('reporting configuration', () => {
  it('is off without an endpoint', () => {
    expect(reportingConfig(policyFrom({}))).toBeNull();
  });

  it('takes the endpoint, format, secret, user hint and event types from the policy', () => {
    const config = reportingConfig(
      policyFrom({
        reporting: {
          endpoint: 'https://siem.example.com/in',
          format: 'splunk-hec',
          hmacSecret: 'secret',
          userHint: 'ann@contoso.com',
          events: ['warned', 'continued'],
        },
      }),
    );
    expect(config).toMatchObject({
      endpoint: 'https://siem.example.com/in',
      format: 'splunk-hec',
      hmacSecret: 'secret',
      userHint: 'ann@contoso.com',
      includeProfileEmail: false,
      headers: {},
    });
    expect([...(config?.types ?? [])]).toEqual(['warned', 'continued']);
    expect(reportingConfig(policyFrom({ reporting: { endpoint: 'https://siem.example.com/in' } }))?.types).toBeNull();
  });

  it('sends the admin’s headers, the Authorization header last, never replacing its own', () => {
    const config = reportingConfig(
      policyFrom({
        reporting: {
          endpoint: 'https://siem.example.com/in',
          authHeader: 'Splunk abc',
          headers: {
            'X-Tenant': 'contoso',
            authorization: 'overridden',
            'Content-Type': 'text/plain',
            'x-consent-guard-signature': 'forged',
          },
        },
      }),
    );
    expect(config?.headers).toEqual({ 'X-Tenant': 'contoso', Authorization: 'Splunk abc' });
    const withoutAuth = reportingConfig(
      policyFrom({ reporting: { endpoint: 'https://siem.example.com/in', headers: { authorization: 'Bearer x' } } }),
    );
    expect(withoutAuth?.headers).toEqual({ authorization: 'Bearer x' });
  });

  it('reports recorded events of the types wanted, never imported history', () => {
    expect(isReportable({ types: null }, { type: 'warned' })).toBe(true);
    expect(isReportable({ types: null }, { type: 'warned', imported: true })).toBe(false);
    const some = { types: new Set(['continued']) };
    expect(isReportable(some, { type: 'continued' })).toBe(true);
    expect(isReportable(some, { type: 'warned' })).toBe(false);
  });
});
