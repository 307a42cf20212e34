import { describe, expect, it } from 'vitest';
import { unwrapDeployment } from '../../../lib/policy/unwrap-deployment';

const POLICY = { mode: 'enforce' };

describe('unwrapDeployment', () => {
  it('takes the policy out of a Chrome or Edge managed policy file', () => {
    expect(unwrapDeployment({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: POLICY } } })).toEqual(
      POLICY,
    );
  });

  it('takes the policy out of a Firefox policies.json', () => {
    expect(
      unwrapDeployment({ policies: { '3rdparty': { Extensions: { 'consent-guard@consent-guard.org': POLICY } } } }),
    ).toEqual(POLICY);
  });

  it('gives an empty policy for a deployment file that names no extension', () => {
    expect(unwrapDeployment({ '3rdparty': { extensions: {} } })).toEqual({});
  });

  it('leaves a bare policy, and anything that is not a deployment file, as it is', () => {
    expect(unwrapDeployment(POLICY)).toBe(POLICY);
    const odd = { '3rdparty': 'text' };
    expect(unwrapDeployment(odd)).toBe(odd);
    const noExtensions = { policies: { '3rdparty': { other: 1 } } };
    expect(unwrapDeployment(noExtensions)).toBe(noExtensions);
    for (const value of [null, 42, 'text', [POLICY]]) expect(unwrapDeployment(value)).toBe(value);
  });

  it('picks Consent Guard’s entry when the file configures other extensions too', () => {
    const firefox = {
      policies: {
        '3rdparty': {
          Extensions: {
            'uBlock0@raymondhill.net': { adminSettings: '{}' },
            'consent-guard@consent-guard.org': { mode: 'enforce' },
          },
        },
      },
    };
    expect(unwrapDeployment(firefox)).toEqual({ mode: 'enforce' });
    const chrome = {
      '3rdparty': {
        extensions: {
          cjpalhdlnbpafiamejdnhcphjbkeiagm: { toAdd: ['a'] },
          abcdefghijklmnopabcdefghijklmnop: { mode: 'warn', blockedApps: [] },
        },
      },
    };
    expect(unwrapDeployment(chrome)).toEqual({ mode: 'warn', blockedApps: [] });
  });
});
