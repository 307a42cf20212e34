import { type LocalSettings, readLocalSettings, tighten } from './local-settings';
import type { PolicyError } from './policy-error';
import type { Policy } from './policy-schema';
import { readPolicy } from './read-policy';

/** Where the managed policy stands. */
export type ManagedStatus =
  /** The organisation pushed a policy and the browser delivered it. */
  | 'present'
  /** No managed policy: the embedded default applies. */
  | 'absent'
  /** A read came back empty although a policy was in force: the last good one stays until a second read confirms. */
  | 'unconfirmed-absent'
  /** The browser failed to read managed storage: the last good policy stays. */
  | 'read-error';

export type ValueSource = 'managed' | 'default' | 'local';

/**
 * Everything the pages need about the policy in force, as stored in
 * storage.local under `policyState`: decisions read it without waiting on
 * storage.managed, and the options page shows it.
 */
export interface PolicyState {
  version: 1;
  status: ManagedStatus;
  /** The last managed value that was read, as the browser gave it (never an empty read). */
  managed: unknown;
  managedErrors: PolicyError[];
  local: LocalSettings;
  localErrors: PolicyError[];
  effective: Policy;
  /** Where each top-level key (and tightened nested key) of `effective` comes from. */
  sources: Record<string, ValueSource>;
  /** When managed storage was last read (ms since epoch). */
  readAt: number;
  readError: string | null;
  /** When reads started coming back empty while a policy was in force; null otherwise. */
  emptySince: number | null;
}

/** The result of one read of managed storage. */
export type ManagedRead =
  | { kind: 'value'; value: Record<string, unknown> }
  | { kind: 'absent' }
  | { kind: 'error'; message: string };

export function isEmptyRead(read: ManagedRead): boolean {
  return read.kind === 'absent' || (read.kind === 'value' && Object.keys(read.value).length === 0);
}

/** The state for a managed value and local settings. Pure. */
export function computeState(
  managed: unknown,
  status: ManagedStatus,
  localRaw: unknown,
  readAt: number,
  readError: string | null = null,
): PolicyState {
  const reading = readPolicy(managed ?? undefined);
  const local = readLocalSettings(localRaw);
  const { policy, tightened } = tighten(reading.policy, local.settings);
  const sources: Record<string, ValueSource> = {};
  for (const key of Object.keys(reading.policy))
    sources[key] = reading.setKeys.includes(key as keyof Policy) ? 'managed' : 'default';
  for (const path of tightened) sources[path] = 'local';
  return {
    version: 1,
    status,
    managed: managed ?? null,
    managedErrors: reading.errors,
    local: local.settings,
    localErrors: local.errors,
    effective: policy,
    sources,
    readAt,
    readError,
    emptySince: null,
  };
}

/**
 * The next state after a read of managed storage. An empty read never drops
 * a policy in force at once: it is marked unconfirmed and kept until a read
 * at least `confirmAfterMs` later is empty too.
 */
export function nextStateAfterRead(
  previous: PolicyState | null,
  read: ManagedRead,
  localRaw: unknown,
  now: number,
  confirmAfterMs: number,
): PolicyState {
  const inForce = previous !== null && previous.managed !== null ? previous : null;
  if (read.kind === 'error') {
    return computeState(inForce?.managed ?? null, inForce ? 'read-error' : 'absent', localRaw, now, read.message);
  }
  if (isEmptyRead(read)) {
    if (inForce) {
      const since = inForce.emptySince ?? now;
      if (now - since < confirmAfterMs) {
        return { ...computeState(inForce.managed, 'unconfirmed-absent', localRaw, now), emptySince: since };
      }
    }
    return computeState(null, 'absent', localRaw, now);
  }
  return computeState((read as { value: unknown }).value, 'present', localRaw, now);
}
