import { PROVIDER_HOSTS } from '../authz/provider-endpoints';
import type { ProviderId } from '../core/provider-id';
import { type RiskLevel, riskRank } from '../core/risk-level';
import type { Policy } from '../policy/policy-schema';
import { honoursSilentPrompt } from '../providers';
import { GOOGLE_SCOPE_PREFIX } from '../scopes/catalogue/google';
import { catalogueScopesAtLeast } from '../scopes/lookup-scope';

/**
 * Compiles the policy's block decisions into declarativeNetRequest rules, so
 * a blocked request is stopped before it leaves the browser, even while the
 * service worker sleeps. The rules match the common spellings of a request
 * (any case, the usual encodings); the service worker's full evaluation
 * catches the rest and stops it just after it leaves.
 *
 * Priorities: blocked apps (300) beat allowed apps (200), which beat every
 * other block rule (100), as in the evaluator.
 */
export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'allow' } | { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    /** RE2; only a regex condition can carry the matched URL into the redirect (`\\0`). */
    regexFilter: string;
    requestDomains: string[];
    resourceTypes: Array<'main_frame' | 'sub_frame'>;
    isUrlFilterCaseSensitive: false;
  };
}

/** Chrome allows 1,000 regex rules per extension; a share is left for later features. */
export const MAX_REGEX_RULES = 900;
/**
 * Longest regex source per rule. Chrome compiles regex rules with RE2 under a
 * small memory limit (measured on Chromium 156: about three scope names per
 * rule) and refuses larger ones, so patterns are packed into rules up to this
 * length.
 */
const TARGET_REGEX_LENGTH = 120;
const MAX_REGEX_LENGTH = 1000;

const PRIORITY = { blockedApp: 300, allowedApp: 200, silent: 150, block: 100 } as const;
/**
 * Catalogue scopes whose pattern alone is longer than this stay with the
 * service worker (`DeviceManagementManagedDevices.PrivilegedOperations.All`):
 * one of them would already fill a rule past what Chrome's RE2 accepts
 * (measured on Chromium 156 with `isRegexSupported`: 47 letters are refused).
 */
const MAX_SCOPE_PATTERN_LENGTH = 44;

/**
 * One literal character as it appears in a URL. Reserved characters (`:`,
 * `/`) are often percent-encoded in queries, so both forms match; unreserved
 * ones (`.`, `_`, `-`, `~`) are matched as they are, which keeps the compiled
 * regexes small. Rarer spellings are left to the service worker's full parse.
 */
function encodedLiteral(ch: string): string {
  if (/[a-z0-9]/i.test(ch)) return ch;
  const escaped = ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  if (/[._~-]/.test(ch)) return escaped;
  const hex = ch.codePointAt(0)?.toString(16).padStart(2, '0') ?? '';
  return hex.length === 2 ? `(?:${escaped}|%${hex})` : escaped;
}

/** A `*` pattern as a regex over a query value: `*` is any run of characters up to the next parameter. */
export function valuePatternRegex(pattern: string): string {
  return [...pattern].map((ch) => (ch === '*' ? '[^&]*' : encodedLiteral(ch))).join('');
}

// Space (encoded or as `+`), a literal `+` (`%2b`, which Microsoft also splits on) and commas (GitHub, Slack).
const SEP = '(?:%20|\\+|%2b|%2c|,)';
/** A scope token inside `scope=` or `user_scope=`, after any other tokens or a resource prefix. */
export function scopeRegex(patterns: readonly string[]): string {
  const alternatives = patterns.map(valuePatternRegex).join('|');
  return `[?&](?:user_)?scope=(?:[^&]*(?:%20|\\+|%2b|%2c|,|%2f|/))?(?:${alternatives})(?:${SEP}|&|$)`;
}

export function clientIdRegex(patterns: readonly string[]): string {
  return `[?&]client(?:_|%5f)id=(?:${patterns.map(valuePatternRegex).join('|')})(?:&|$)`;
}

/** Domains of a provider, for `requestDomains` (which also matches subdomains). */
export function providerDomains(provider: ProviderId): string[] {
  const domains = new Set<string>();
  for (const entry of PROVIDER_HOSTS) {
    if (entry.provider !== provider) continue;
    for (const host of entry.hosts) domains.add(host);
    for (const suffix of entry.suffixes ?? []) domains.add(suffix.replace(/^\./, ''));
  }
  return [...domains];
}

const BUILT_IN_PROVIDERS = [...new Set(PROVIDER_HOSTS.map((e) => e.provider))];

/** Packs patterns into groups whose regex stays near the target length. */
function packByLength(patterns: readonly string[], build: (group: string[]) => string): string[][] {
  const groups: string[][] = [];
  let current: string[] = [];
  for (const pattern of patterns) {
    if (current.length > 0 && build([...current, pattern]).length > TARGET_REGEX_LENGTH) {
      groups.push(current);
      current = [];
    }
    current.push(pattern);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export interface CompiledRules {
  rules: DnrRule[];
  /** Patterns that did not fit the rule budget (the service worker still enforces them). */
  dropped: number;
}

/**
 * @param warningPageUrl the extension's warning page, e.g. `chrome-extension://<id>/warning.html`
 */
export function compileDnrRules(policy: Policy, warningPageUrl: string): CompiledRules {
  const rules: DnrRule[] = [];
  let dropped = 0;
  if (policy.mode === 'audit') return { rules, dropped };

  const redirect = { type: 'redirect' as const, redirect: { regexSubstitution: `${warningPageUrl}#dnr:\\0` } };
  const add = (priority: number, action: DnrRule['action'], pattern: string, requestDomains: string[]) => {
    // Anchored to http(s): the warning page's own URL carries the request in
    // its fragment and must never match again (that would loop).
    const regexFilter = pattern.startsWith('^') ? pattern : `^https?://[^#]*${pattern}`;
    if (rules.length >= MAX_REGEX_RULES || regexFilter.length > MAX_REGEX_LENGTH) {
      dropped++;
      return;
    }
    rules.push({
      id: rules.length + 1,
      priority,
      action,
      condition: {
        regexFilter,
        requestDomains,
        resourceTypes: ['main_frame', 'sub_frame'],
        isUrlFilterCaseSensitive: false,
      },
    });
  };
  const addPacked = (
    priority: number,
    action: DnrRule['action'],
    patterns: string[],
    build: (p: string[]) => string,
    domains: string[],
  ) => {
    for (const group of packByLength(patterns, (g) => `^https?://[^#]*${build(g)}`))
      add(priority, action, build(group), domains);
  };

  const providers = BUILT_IN_PROVIDERS.filter((p) => policy.providers[p]);
  const forProvider = <T extends { provider: string }>(entries: readonly T[], provider: ProviderId) =>
    entries.filter((e) => e.provider === '*' || e.provider === provider);

  // A request is blocked from this level up: the block threshold, or in
  // enforce mode the warn threshold too.
  const thresholds: RiskLevel[] = [];
  if (policy.blockAtRisk !== 'never') thresholds.push(policy.blockAtRisk);
  if (policy.mode === 'enforce') thresholds.push(policy.warnAtRisk);
  const blockFrom = thresholds.sort((a, b) => riskRank(a) - riskRank(b))[0] ?? null;
  const blocks = (action: Policy['deviceCode'], level: RiskLevel) =>
    action === 'block' ||
    (policy.mode === 'enforce' && action === 'warn') ||
    (blockFrom !== null && riskRank(level) >= riskRank(blockFrom));

  for (const provider of providers) {
    const domains = providerDomains(provider);
    const blockedIds = forProvider(policy.blockedApps, provider).map((a) => a.clientId);
    addPacked(PRIORITY.blockedApp, redirect, blockedIds, clientIdRegex, domains);
    const allowedIds = forProvider(policy.allowedApps, provider).map((a) => a.clientId);
    addPacked(PRIORITY.allowedApp, { type: 'allow' }, allowedIds, clientIdRegex, domains);

    const blockedScopes = new Set(forProvider(policy.blockedScopes, provider).map((r) => r.scope));
    if (blockFrom !== null) {
      // Google's own scopes are matched by their last part.
      for (const scope of catalogueScopesAtLeast(provider, blockFrom)) {
        const name = scope.replace(GOOGLE_SCOPE_PREFIX, '');
        if (valuePatternRegex(name).length <= MAX_SCOPE_PATTERN_LENGTH) blockedScopes.add(name);
      }
    }
    // A silent request (`prompt=none`) shows no screen and grants nothing new: only a blocked app's is stopped.
    // Providers that ignore `prompt` show their consent screen all the same: no such pass there.
    if ((blockedScopes.size > 0 || blockFrom !== null) && honoursSilentPrompt(provider))
      add(PRIORITY.silent, { type: 'allow' }, '[?&]prompt=none(?:&|$)', domains);
    addPacked(PRIORITY.block, redirect, [...blockedScopes], scopeRegex, domains);

    if (blocks(policy.deviceCode, 'high')) {
      for (const entry of PROVIDER_HOSTS.filter((e) => e.provider === provider)) {
        // requestDomains also matches subdomains: a suffix (`.okta.com`) is its domain.
        const hosts = [...entry.hosts, ...(entry.suffixes ?? []).map((suffix) => suffix.slice(1))];
        if (hosts.length === 0) continue;
        for (const endpoint of entry.endpoints.filter((e) => e.kind === 'device-code')) {
          add(
            PRIORITY.block,
            redirect,
            `^https?://[^/?#]+(?::\\d+)?${endpoint.pattern.source.replace(/^\^/, '').replace(/\$$/, '(?:[/?#]|$)')}`,
            hosts,
          );
        }
      }
    }
    if (provider === 'microsoft') {
      if (blocks(policy.adminConsent, 'high')) {
        add(PRIORITY.block, redirect, '(?:/adminconsent(?:[/?#]|$)|[?&]prompt=admin(?:_|%5f)consent)', domains);
      }
      if (blocks(policy.hiddenScopes, 'medium')) {
        add(PRIORITY.block, redirect, '/oauth2/authorize\\?(?:[^#]*&)?resource=', domains);
      }
      if (policy.accounts.personalAccounts === 'block') {
        add(
          PRIORITY.block,
          redirect,
          '(?:^https://[^/]+/consumers/|^https://login\\.live\\.com/oauth20_authorize)',
          domains,
        );
      }
    }
    if (blocks(policy.hiddenScopes, 'medium')) {
      add(
        PRIORITY.block,
        redirect,
        `(?:[?&]request(?:_|%5f)uri=|(?:%2f|/)\\.default(?:${SEP}|&|$)|[?&]scope=\\.default)`,
        domains,
      );
    }
  }
  return { rules, dropped };
}

const compiledFilters = new WeakMap<DnrRule, RegExp>();
/** A rule's regex as JavaScript, compiled once per rule object (the worker asks on every block). */
function compiledFilter(rule: DnrRule): RegExp {
  let regex = compiledFilters.get(rule);
  if (!regex) {
    regex = new RegExp(rule.condition.regexFilter, 'i');
    compiledFilters.set(rule, regex);
  }
  return regex;
}

/**
 * Whether the compiled rules redirect this URL: the same test Chrome applies,
 * so the service worker does not stop twice what a rule already stopped.
 */
export function dnrRedirects(rules: readonly DnrRule[], url: string, host: string): boolean {
  let best: DnrRule | null = null;
  for (const rule of rules) {
    const domainMatches = rule.condition.requestDomains.some((d) => host === d || host.endsWith(`.${d}`));
    if (!domainMatches) continue;
    if (best !== null && rule.priority <= best.priority) continue;
    if (compiledFilter(rule).test(url)) best = rule;
  }
  return best?.action.type === 'redirect';
}
