import type { ProviderId } from '../core/provider-id';
import type { AppEntry, Policy, ScopeRule } from './policy-schema';
import { PatternSet } from './wildcard';

/**
 * A policy made ready for fast decisions: app and scope patterns in
 * PatternSets keyed by provider (`*` for any). Built once per policy and
 * cached, so a decision costs map look-ups, not a scan of every rule.
 */
export interface CompiledPolicy {
  policy: Policy;
  allowedApps: ProviderPatterns<AppEntry>;
  blockedApps: ProviderPatterns<AppEntry>;
  blockedScopes: ProviderPatterns<ScopeRule>;
  warnScopes: ProviderPatterns<ScopeRule>;
}

export class ProviderPatterns<T> {
  private readonly byProvider = new Map<string, PatternSet<T>>();

  add(provider: string, pattern: string, value: T): void {
    let set = this.byProvider.get(provider);
    if (!set) {
      set = new PatternSet<T>();
      this.byProvider.set(provider, set);
    }
    set.add(pattern, value);
  }

  match(provider: ProviderId, text: string): T | undefined {
    return this.byProvider.get(provider)?.match(text) ?? this.byProvider.get('*')?.match(text);
  }
}

const cache = new WeakMap<Policy, CompiledPolicy>();

export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const apps = (entries: readonly AppEntry[]) => {
    const patterns = new ProviderPatterns<AppEntry>();
    for (const entry of entries) patterns.add(entry.provider, entry.clientId, entry);
    return patterns;
  };
  const scopes = (rules: readonly ScopeRule[]) => {
    const patterns = new ProviderPatterns<ScopeRule>();
    for (const rule of rules) patterns.add(rule.provider, rule.scope, rule);
    return patterns;
  };
  const compiled: CompiledPolicy = {
    policy,
    allowedApps: apps(policy.allowedApps),
    blockedApps: apps(policy.blockedApps),
    blockedScopes: scopes(policy.blockedScopes),
    warnScopes: scopes(policy.warnScopes),
  };
  cache.set(policy, compiled);
  return compiled;
}
