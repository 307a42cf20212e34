import { RISK_LEVELS, riskRank } from '../risk/risk-level';
import { booleanField, enumField, type FieldValue, objectField } from './fields';
import type { PolicyError } from './policy-error';
import type { Policy, PolicyAction } from './policy-schema';

/**
 * What a person may set on the options page. Every setting can only make the
 * policy stricter: each default is the loosest value, so an unset setting
 * changes nothing, and `tighten` keeps the stricter of admin and local.
 */
export const LOCAL_SETTINGS_SCHEMA = objectField(
  {
    mode: enumField(['audit', 'warn', 'enforce'] as const, 'audit', {
      title: 'Mode',
      description: 'enforce blocks what would be warned.',
    }),
    warnAtRisk: enumField(RISK_LEVELS, 'critical', { title: 'Warn from', description: 'Warn from this risk level.' }),
    blockAtRisk: enumField([...RISK_LEVELS, 'never'] as const, 'never', {
      title: 'Block from',
      description: 'Block from this risk level.',
    }),
    adminConsent: enumField(['allow', 'warn', 'block'] as const, 'allow', { title: 'Admin consent', description: '' }),
    hiddenScopes: enumField(['allow', 'warn', 'block'] as const, 'allow', { title: 'Hidden scopes', description: '' }),
    deviceCode: enumField(['allow', 'warn', 'block'] as const, 'allow', { title: 'Device code', description: '' }),
    personalAccounts: enumField(['allow', 'warn', 'block'] as const, 'allow', {
      title: 'Personal accounts',
      description: '',
    }),
    requireJustification: booleanField(false, {
      title: 'Justification',
      description: 'Ask myself why before continuing.',
    }),
  },
  { title: 'Local settings', description: 'Settings a person adds on this device.' },
);

export type LocalSettings = FieldValue<typeof LOCAL_SETTINGS_SCHEMA>;
export type LocalSettingKey = keyof LocalSettings;
export const NO_LOCAL_SETTINGS: LocalSettings = LOCAL_SETTINGS_SCHEMA.default;

export function readLocalSettings(raw: unknown): { settings: LocalSettings; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  if (raw === undefined || raw === null) return { settings: NO_LOCAL_SETTINGS, errors };
  return { settings: LOCAL_SETTINGS_SCHEMA.read(raw, 'local', errors) ?? NO_LOCAL_SETTINGS, errors };
}

const MODE_RANK = { audit: 0, warn: 1, enforce: 2 } as const;
const ACTION_RANK: Record<PolicyAction, number> = { allow: 0, warn: 1, block: 2 };
const blockRank = (level: Policy['blockAtRisk']) => (level === 'never' ? 99 : riskRank(level));

/**
 * The admin policy made stricter by local settings, never looser, with the
 * paths the local settings changed (for the options page's "from" column).
 */
export function tighten(policy: Policy, local: LocalSettings): { policy: Policy; tightened: string[] } {
  const out = structuredClone(policy);
  const tightened: string[] = [];
  if (MODE_RANK[local.mode] > MODE_RANK[out.mode]) {
    out.mode = local.mode;
    tightened.push('mode');
  }
  if (riskRank(local.warnAtRisk) < riskRank(out.warnAtRisk)) {
    out.warnAtRisk = local.warnAtRisk;
    tightened.push('warnAtRisk');
  }
  if (blockRank(local.blockAtRisk) < blockRank(out.blockAtRisk)) {
    out.blockAtRisk = local.blockAtRisk;
    tightened.push('blockAtRisk');
  }
  for (const key of ['adminConsent', 'hiddenScopes', 'deviceCode'] as const) {
    if (ACTION_RANK[local[key]] > ACTION_RANK[out[key]]) {
      out[key] = local[key];
      tightened.push(key);
    }
  }
  if (ACTION_RANK[local.personalAccounts] > ACTION_RANK[out.accounts.personalAccounts]) {
    out.accounts.personalAccounts = local.personalAccounts;
    tightened.push('accounts.personalAccounts');
  }
  if (local.requireJustification && !out.bypass.requireJustification) {
    out.bypass.requireJustification = true;
    tightened.push('bypass.requireJustification');
  }
  return { policy: out, tightened };
}
