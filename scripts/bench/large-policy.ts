import { defaultPolicy } from '../../lib/policy/default-policy';
import type { Policy } from '../../lib/policy/policy-schema';

const PROVIDERS = ['microsoft', 'google', 'github', 'slack', '*'] as const;

/** A policy as large as a big organisation's: 1,000 app entries (a tenth with wildcards) and 200 scope patterns. */
export function largePolicy(): Policy {
  const policy = defaultPolicy();
  for (let i = 0; i < 1000; i++) {
    const provider = PROVIDERS[i % PROVIDERS.length] as (typeof PROVIDERS)[number];
    const clientId = i % 10 === 0 ? `vendor-${i}-*` : `${i.toString(16).padStart(8, '0')}-aaaa-bbbb-cccc-${i}`;
    const entry = { provider, clientId, name: `App ${i}`, note: null };
    (i % 2 === 0 ? policy.allowedApps : policy.blockedApps).push(entry);
  }
  for (let i = 0; i < 200; i++) {
    const provider = PROVIDERS[i % PROVIDERS.length] as (typeof PROVIDERS)[number];
    const scope = i % 4 === 0 ? `Custom${i}.*` : i % 4 === 1 ? `*.Scope${i}` : `Scope${i}.ReadWrite`;
    (i % 2 === 0 ? policy.blockedScopes : policy.warnScopes).push({ provider, scope });
  }
  return policy;
}
