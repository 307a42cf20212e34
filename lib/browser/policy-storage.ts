import { browser } from 'wxt/browser';
import type { ManagedSource, StateStore } from '../policy/policy-service';
import type { ManagedRead, PolicyState } from '../policy/policy-state';

export const POLICY_STATE_KEY = 'policyState';
export const LOCAL_SETTINGS_KEY = 'localSettings';

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
  async loadState() {
    return (await browser.storage.local.get(POLICY_STATE_KEY))[POLICY_STATE_KEY];
  },
  async saveState(state: PolicyState) {
    await browser.storage.local.set({ [POLICY_STATE_KEY]: state });
  },
  async loadLocalSettings() {
    return (await browser.storage.local.get(LOCAL_SETTINGS_KEY))[LOCAL_SETTINGS_KEY];
  },
  onLocalSettingsChange(callback) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LOCAL_SETTINGS_KEY in changes) callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** For pages: the state the background keeps, and its changes. */
export async function readPolicyState(): Promise<PolicyState | undefined> {
  return (await browser.storage.local.get(POLICY_STATE_KEY))[POLICY_STATE_KEY] as PolicyState | undefined;
}

export function watchPolicyState(callback: (state: PolicyState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[POLICY_STATE_KEY];
    if (area === 'local' && change?.newValue) callback(change.newValue as PolicyState);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function saveLocalSettings(settings: unknown): Promise<void> {
  await browser.storage.local.set({ [LOCAL_SETTINGS_KEY]: settings });
}
