import { storage } from 'wxt/utils/storage';
import type { ProtectionMode } from '../core/protection-mode';
import type { PendingFlow } from '../grants/consent-flows';
import type { BypassToken } from '../interception/bypass-tokens';
import type { IssuedWarning } from '../interception/issued-warnings';
import type { PolicyState } from '../policy/policy-state';

/**
 * Every key the extension keeps in the browser's storage, declared once with
 * WXT's typed storage items (get, set, watch). Session items outlive a
 * service-worker restart, never the browser; local items stay on the device.
 * Values read back are still checked where they are used: storage may hold
 * what an older version wrote.
 */

/** One-time bypasses (a person's Continue) and the passes of continued flows. */
export const bypassTokensItem = storage.defineItem<BypassToken[]>('session:bypassTokens', { fallback: [] });
/** The warnings the worker issued: the warning page shows details only for these. */
export const issuedWarningsItem = storage.defineItem<IssuedWarning[]>('session:issuedWarnings', { fallback: [] });
/** Consent flows waiting for the provider's answer. */
export const pendingFlowsItem = storage.defineItem<PendingFlow[]>('session:pendingFlows', { fallback: [] });

/** The local-storage keys other tools (tests, a support person's console) read directly. */
export const POLICY_STATE_KEY = 'policyState';
export const LOCAL_SETTINGS_KEY = 'localSettings';

/** The policy in force, as the worker last worked it out (decisions start from it before storage.managed answers). */
export const policyStateItem = storage.defineItem<PolicyState | null>(`local:${POLICY_STATE_KEY}`, { fallback: null });
/** What the person added on the options page (it can only tighten the policy). */
export const localSettingsItem = storage.defineItem<unknown>(`local:${LOCAL_SETTINGS_KEY}`, { fallback: null });
/** Where requests are stopped in this browser and this install, as the worker found it. */
export const protectionModeItem = storage.defineItem<ProtectionMode | null>('local:protectionMode', { fallback: null });
