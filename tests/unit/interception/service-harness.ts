import type { ConsentEvent } from '../../../lib/events/consent-event';
import type { BypassToken } from '../../../lib/interception/bypass-tokens';
import { InterceptionService } from '../../../lib/interception/interception-service';
import type { IssuedWarning } from '../../../lib/interception/issued-warnings';
import type { Approval } from '../../../lib/policy/approvals';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import type { Policy } from '../../../lib/policy/policy-schema';

/**
 * An InterceptionService over in-memory storage, with every browser effect
 * recorded: the warnings shown, the tabs sent back, the outcomes observed,
 * the events recorded, the approval rules installed. The clock moves only
 * when a test says so.
 */
export function interceptionHarness(options: { policy?: Policy; now?: number } = {}) {
  let policy = options.policy ?? DEFAULT_POLICY;
  let now = options.now ?? 1_000_000;
  let tokens: BypassToken[] = [];
  let issued: IssuedWarning[] = [];
  let stored: Approval[] = [];
  let ruleStops = false;
  const shown: Array<{ tabId: number; fragment: string }> = [];
  const wentBack: number[] = [];
  const observed: string[] = [];
  const allowed: Approval[][] = [];
  const events: ConsentEvent[] = [];
  const service = new InterceptionService({
    policy: () => policy,
    loadTokens: async () => tokens,
    saveTokens: async (list) => {
      tokens = list;
    },
    loadIssued: async () => issued,
    saveIssued: async (list) => {
      issued = list;
    },
    showWarning: async (tabId, fragment) => {
      shown.push({ tabId, fragment });
    },
    goBackOrClose: async (tabId) => {
      wentBack.push(tabId);
    },
    stoppedByRule: () => ruleStops,
    record: (event) => events.push(event),
    observe: (outcome) => observed.push(outcome),
    now: () => now,
    loadApprovals: async () => stored,
    saveApprovals: async (list) => {
      stored = list;
    },
    allowApproved: async (list) => {
      allowed.push(list);
    },
  });
  return {
    service,
    events,
    shown,
    wentBack,
    observed,
    allowed,
    tokens: () => tokens,
    issued: () => issued,
    stored: () => stored,
    advance: (ms: number) => {
      now += ms;
    },
    setRuleStops: (value: boolean) => {
      ruleStops = value;
    },
    setPolicy: (next: Policy) => {
      policy = next;
    },
  };
}
