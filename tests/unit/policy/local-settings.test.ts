import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { NO_LOCAL_SETTINGS, readLocalSettings, tighten } from '../../../lib/policy/local-settings';
import { policyFrom } from './helpers';

describe('local settings', () => {
  it('unset local settings change nothing', () => {
    expect(tighten(DEFAULT_POLICY, NO_LOCAL_SETTINGS)).toEqual({ policy: DEFAULT_POLICY, tightened: [] });
  });

  it('take the stricter value, key by key', () => {
    const admin = policyFrom({ mode: 'warn', warnAtRisk: 'medium', blockAtRisk: 'critical', deviceCode: 'block' });
    const { policy, tightened } = tighten(admin, {
      ...NO_LOCAL_SETTINGS,
      mode: 'enforce',
      warnAtRisk: 'high',
      blockAtRisk: 'high',
      deviceCode: 'warn',
      personalAccounts: 'warn',
      requireJustification: true,
    });
    expect(policy).toMatchObject({ mode: 'enforce', warnAtRisk: 'medium', blockAtRisk: 'high', deviceCode: 'block' });
    expect(policy.accounts.personalAccounts).toBe('warn');
    expect(policy.bypass.requireJustification).toBe(true);
    expect(tightened).toEqual(['mode', 'blockAtRisk', 'accounts.personalAccounts', 'bypass.requireJustification']);
  });

  it('can never switch an audit roll-out back from enforce', () => {
    const admin = policyFrom({ mode: 'enforce' });
    expect(tighten(admin, { ...NO_LOCAL_SETTINGS, mode: 'audit' }).policy.mode).toBe('enforce');
  });

  it('are read key by key: a bad or unknown key is reported, the rest apply', () => {
    const { settings, errors } = readLocalSettings({ mode: 'enforce', warnAtRisk: 7, junk: 1 });
    expect(settings).toEqual({ ...NO_LOCAL_SETTINGS, mode: 'enforce' });
    expect(errors.map((e) => e.path)).toEqual(['local.warnAtRisk', 'local.junk']);
    expect(readLocalSettings(undefined)).toEqual({ settings: NO_LOCAL_SETTINGS, errors: [] });
    expect(readLocalSettings('garbage').settings).toEqual(NO_LOCAL_SETTINGS);
  });
});
