import type { ProtectionMode } from '../core/protection-mode';

export interface ProtectionFacts {
  firefox: boolean;
  /** The built manifest asks for `webRequestBlocking` (the enterprise build). */
  manifestHasBlocking: boolean;
  /** `management.getSelf().installType`: `admin` when installed by policy. */
  installType: string | undefined;
}

/** Where this browser stops requests (the type lives in lib/core/: events and the inventory record it). */
export function protectionMode(facts: ProtectionFacts): ProtectionMode {
  if (facts.firefox) return 'before-request';
  return facts.manifestHasBlocking && facts.installType === 'admin' ? 'before-request' : 'after-navigation';
}
