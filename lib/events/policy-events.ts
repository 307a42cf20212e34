import type { ProtectionMode } from '../core/protection-mode';
import { sha256Hex } from '../core/sha256';
import { redactSecrets } from '../policy/policy-secrets';
import type { PolicyState } from '../policy/policy-state';
import type { PolicyEvent } from './consent-event';

/**
 * A fingerprint of what the browser enforces: the policy in force (secrets
 * left out), its problems, and how many blocks did not fit the browser's rule
 * engine. Two browsers with equal fingerprints apply the same policy.
 */
export function policyFingerprint(
  state: PolicyState,
  rulesNotInstalled: number,
  protection: ProtectionMode | null = null,
): string {
  return sha256Hex(
    JSON.stringify({
      status: state.status,
      effective: redactSecrets(state.effective),
      errors: state.managedErrors.map(({ path, problem }) => [path, problem]),
      rulesNotInstalled,
      ...(protection === null ? {} : { protection }),
    }),
  );
}

/** Where the fingerprint of the last policy reported is kept (the database's meta table). */
export interface FingerprintStore {
  get(): Promise<unknown>;
  set(fingerprint: string): Promise<void>;
}

/**
 * The events to record for a policy update: none when the browser has not
 * been read yet (the cached state says nothing new) or when the policy in
 * force is the one last reported; otherwise applied (and errors).
 */
export async function eventsForPolicyUpdate(
  state: PolicyState,
  rulesNotInstalled: number,
  now: number,
  last: FingerprintStore,
  protection: ProtectionMode | null = null,
): Promise<PolicyEvent[]> {
  if (state.readAt === 0) return [];
  const fingerprint = policyFingerprint(state, rulesNotInstalled, protection);
  if ((await last.get()) === fingerprint) return [];
  await last.set(fingerprint);
  return policyEvents(state, fingerprint, rulesNotInstalled, now, protection);
}

/** The events of a policy change: applied, and its problems when it has some. */
export function policyEvents(
  state: PolicyState,
  fingerprint: string,
  rulesNotInstalled: number,
  now: number,
  protection: ProtectionMode | null = null,
): PolicyEvent[] {
  const policy: PolicyEvent['policy'] = {
    status: state.status,
    fingerprint,
    managedKeys: Object.entries(state.sources)
      .filter(([key, source]) => source === 'managed' && !key.includes('.'))
      .map(([key]) => key)
      .sort(),
    errors: state.managedErrors.map(({ path, problem }) => ({ path, problem })),
    rulesNotInstalled,
    protection,
  };
  const event = (type: PolicyEvent['type']): PolicyEvent => ({
    id: crypto.randomUUID(),
    time: new Date(now).toISOString(),
    type,
    policy,
  });
  return policy.errors.length > 0 ? [event('policy-applied'), event('policy-errors')] : [event('policy-applied')];
}
