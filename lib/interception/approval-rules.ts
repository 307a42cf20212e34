import { PROVIDER_HOSTS } from '../authz/provider-endpoints';
import type { ProviderId } from '../core/provider-id';
import type { Approval } from '../policy/approvals';
import { clientIdRegex, type DnrRule, providerDomains } from './dnr-rules';

/**
 * Rules that let approved apps pass the browser's rule engine: a block the
 * policy compiled into a rule (a blocked scope, a risk threshold, enforce
 * mode) would otherwise stop an app an approver let through before the
 * worker could see it. They sit between blocked apps (300, which an approval
 * never overrides) and allowed apps (200), and are session rules, apart from
 * the policy's dynamic rules. They match the app (provider and client id)
 * only: what an approval limits beyond that (permissions, account, expiry)
 * the worker checks on every request, and it stops one the approval does not
 * cover as soon as it sees it.
 */
export const APPROVAL_RULE_PRIORITY = 250;
/** Session rule ids used for approvals: apart from any other rule. */
export const FIRST_APPROVAL_RULE_ID = 900_001;
const MAX_APPROVAL_RULES = 100;

const BUILT_IN_PROVIDERS = [...new Set(PROVIDER_HOSTS.map((e) => e.provider))];

export function approvalRules(approvals: readonly Approval[], now: number): DnrRule[] {
  // Client ids as apps have them (letters, digits, `.-_~:@`); anything else stays with the worker alone.
  const live = approvals.filter((a) => a.expiresAt > now && /^[A-Za-z0-9._~:@-]+$/.test(a.clientId));
  // One rule per app, whatever number of approvals it has.
  const apps = new Map<string, { provider: ProviderId | '*'; clientId: string }>();
  for (const a of live) apps.set(`${a.provider}\n${a.clientId.toLowerCase()}`, a);
  return [...apps.values()].slice(-MAX_APPROVAL_RULES).flatMap((app, i) => {
    const providers = app.provider === '*' ? BUILT_IN_PROVIDERS : [app.provider];
    const requestDomains = [...new Set(providers.flatMap(providerDomains))];
    if (requestDomains.length === 0) return [];
    return [
      {
        id: FIRST_APPROVAL_RULE_ID + i,
        priority: APPROVAL_RULE_PRIORITY,
        action: { type: 'allow' as const },
        condition: {
          regexFilter: `^https?://[^#]*${clientIdRegex([app.clientId])}`,
          requestDomains,
          resourceTypes: ['main_frame' as const, 'sub_frame' as const],
          isUrlFilterCaseSensitive: false as const,
        },
      },
    ];
  });
}

/**
 * Whether the approval rules let this URL pass the block rules: the browser
 * let it out, so a request the worker finds not covered (more permissions
 * than approved, another account, expired) is for the worker to stop.
 */
export function approvalRulePasses(approvals: readonly Approval[], url: string, host: string, now: number): boolean {
  return approvalRules(approvals, now).some(
    (rule) =>
      rule.condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`)) &&
      new RegExp(rule.condition.regexFilter, 'i').test(url),
  );
}
