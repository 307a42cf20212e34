import { describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../../../lib/core/extension-ids';
import {
  CHROME_REG_PATH,
  chromeLinuxPolicy,
  EDGE_REG_PATH,
  EXPORT_TARGETS,
  firefoxPolicies,
} from '../../../../lib/policy/export/deployment-targets';
import { unwrapDeployment } from '../../../../lib/policy/unwrap-deployment';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const POLICY = {
  mode: 'enforce' as const,
  blockedApps: [{ provider: '*' as const, clientId: 'evil-*', name: 'Known rogue apps', note: null }],
};

describe('deployment files', () => {
  it('Chrome and Edge on Linux: the policy under 3rdparty.extensions and the extension id', () => {
    const file = chromeLinuxPolicy(POLICY, { extensionId: ID });
    expect(file.name).toBe('consent-guard.json');
    expect(JSON.parse(file.content)).toEqual({ '3rdparty': { extensions: { [ID]: POLICY } } });
    expect(file.content.endsWith('}\n')).toBe(true);
  });

  it('Firefox: policies.json under the add-on id organisations use', () => {
    const file = firefoxPolicies(POLICY);
    expect(file.name).toBe('policies.json');
    expect(JSON.parse(file.content)).toEqual({
      policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: POLICY } } },
    });
  });

  it('both read back, unwrapped, as the policy they carry', () => {
    expect(unwrapDeployment(JSON.parse(chromeLinuxPolicy(POLICY, { extensionId: ID }).content))).toEqual(POLICY);
    expect(unwrapDeployment(JSON.parse(firefoxPolicies(POLICY).content))).toEqual(POLICY);
  });

  it('name every target and the registry paths of Chrome and Edge', () => {
    expect(EXPORT_TARGETS).toEqual([
      'chrome-linux',
      'windows-reg',
      'windows-admx',
      'macos-mobileconfig',
      'firefox-policies',
    ]);
    expect(CHROME_REG_PATH).toBe('Software\\Policies\\Google\\Chrome\\3rdparty\\extensions');
    expect(EDGE_REG_PATH).toBe('Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions');
  });
});
