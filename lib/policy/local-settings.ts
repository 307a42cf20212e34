import { booleanField, enumField, type Field, type LocalTightening, objectField } from './fields';
import type { PolicyError } from './policy-error';
import { POLICY_FIELDS, type Policy } from './policy-schema';

/**
 * What a person may set on the options page: the policy keys the schema
 * marks `local` (which way is stricter is part of the mark), so the list is
 * written once. Every setting can only make the policy stricter: each local
 * default is the loosest value, so an unset setting changes nothing, and
 * `tighten` keeps the stricter of admin and local.
 */
export interface LocalSetting {
  /** The name the setting is stored under: the key's own name (`personalAccounts`). */
  key: string;
  /** Where it is in the policy (`accounts.personalAccounts`). */
  path: string;
  field: Field<unknown>;
  stricter: LocalTightening;
}

function localSettings(fields: Readonly<Record<string, Field<unknown>>>, prefix: string): LocalSetting[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    if (field.local) return [{ key, path, field, stricter: field.local }];
    if (field.kind === 'object' && field.children) return localSettings(field.children, `${path}.`);
    return [];
  });
}

/** The settings a person may tighten, in the schema's order. */
export const LOCAL_SETTINGS: readonly LocalSetting[] = localSettings(POLICY_FIELDS, '');

/** The loosest value of a setting: the local default, which changes nothing. */
function loosest(setting: LocalSetting): string | boolean {
  const values = setting.field.values ?? [];
  if (setting.stricter === 'true') return false;
  return (setting.stricter === 'later' ? values[0] : values[values.length - 1]) as string;
}

export const LOCAL_SETTINGS_SCHEMA = objectField(
  Object.fromEntries(
    LOCAL_SETTINGS.map((setting) => {
      const meta = { title: setting.field.title, description: setting.field.description };
      const field =
        setting.stricter === 'true'
          ? booleanField(false, meta)
          : enumField(setting.field.values ?? [], loosest(setting) as string, meta);
      return [setting.key, field as Field<unknown>];
    }),
  ),
  { title: 'Local settings', description: 'Settings a person adds on this device.' },
);

export type LocalSettingKey = string;
/** By key (`mode`, `personalAccounts` …): an enumeration's value, or a switch. */
export type LocalSettings = Readonly<Record<LocalSettingKey, string | boolean>>;
export const NO_LOCAL_SETTINGS: LocalSettings = LOCAL_SETTINGS_SCHEMA.default as LocalSettings;

export function readLocalSettings(raw: unknown): { settings: LocalSettings; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  if (raw === undefined || raw === null) return { settings: NO_LOCAL_SETTINGS, errors };
  const settings = LOCAL_SETTINGS_SCHEMA.read(raw, 'local', errors) as LocalSettings | undefined;
  return { settings: settings ?? NO_LOCAL_SETTINGS, errors };
}

function stricter(setting: LocalSetting, local: unknown, current: unknown): boolean {
  if (setting.stricter === 'true') return local === true && current !== true;
  const values = setting.field.values ?? [];
  const [l, c] = [values.indexOf(local as string), values.indexOf(current as string)];
  if (l < 0 || c < 0) return false;
  return setting.stricter === 'later' ? l > c : l < c;
}

/**
 * The admin policy made stricter by local settings, never looser, with the
 * paths the local settings changed (for the options page's "from" column).
 */
export function tighten(policy: Policy, local: LocalSettings): { policy: Policy; tightened: string[] } {
  const out = structuredClone(policy) as unknown as Record<string, unknown>;
  const tightened: string[] = [];
  for (const setting of LOCAL_SETTINGS) {
    const parts = setting.path.split('.');
    const last = parts.pop() as string;
    let parent = out;
    for (const part of parts) parent = parent[part] as Record<string, unknown>;
    if (stricter(setting, local[setting.key], parent[last])) {
      parent[last] = local[setting.key];
      tightened.push(setting.path);
    }
  }
  return { policy: out as unknown as Policy, tightened };
}
