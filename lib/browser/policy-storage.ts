import { browser } from 'wxt/browser';
import type { ManagedSource, StateStore } from '../policy/policy-service';
import type { ManagedRead, PolicyState } from '../policy/policy-state';
import { localSettingsItem, policyStateItem } from './storage-items';

export { LOCAL_SETTINGS_KEY, POLICY_STATE_KEY } from './storage-items';

/**
 * storage.managed, with every browser's way of saying "no policy" turned into
 * one answer: Chrome returns {}, Firefox throws when no policies.json entry
 * exists, and browsers without the API have no `managed` area at all.
 */
export const managedStorage: ManagedSource = {
  async read(): Promise<ManagedRead> {
    const area = browser.storage?.managed;
    if (!area) return { kind: 'absent' };
    try {
      const value = await area.get(null);
      return { kind: 'value', value: (value ?? {}) as Record<string, unknown> };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/manifest not found|no managed|not (?:been )?(?:set|configured)/i.test(message)) return { kind: 'absent' };
      return { kind: 'error', message };
    }
  },
  onChange(callback) {
    const listener = (_changes: unknown, area: string) => {
      if (area === 'managed') callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export const policyStateStore: StateStore = {
  loadState: async () => (await policyStateItem.getValue()) ?? undefined,
  saveState: (state: PolicyState) => policyStateItem.setValue(state),
  loadLocalSettings: async () => (await localSettingsItem.getValue()) ?? undefined,
  onLocalSettingsChange: (callback) => localSettingsItem.watch(() => callback()),
};

/** For pages: the state the background keeps, and its changes. */
export async function readPolicyState(): Promise<PolicyState | undefined> {
  return (await policyStateItem.getValue()) ?? undefined;
}

export function watchPolicyState(callback: (state: PolicyState) => void): () => void {
  return policyStateItem.watch((state) => {
    if (state) callback(state);
  });
}

export async function saveLocalSettings(settings: unknown): Promise<void> {
  await localSettingsItem.setValue(settings);
}
