import { parseAuthorizationRequest } from '../authz/parse-authorization-request';
import type { FormBody } from '../authz/request-params';
import type { AuthorizationRequest, RiskAssessment } from '../authz/types';
import { type ConsentEvent, consentEvent, type DecisionEventType } from '../events/consent-event';
import type { AbusedAppIndex } from '../feeds/abused-apps';
import { evaluateRequest, type PolicyDecision } from '../policy/evaluate-request';
import type { Policy } from '../policy/policy-schema';
import { assessRequestRisk } from '../risk/assess-request-risk';
import { fillApprovalUrl } from './approval-url';
import { addToken, type BypassToken, consumeToken } from './bypass-tokens';
import { requestKey, sha256Hex } from './request-key';
import { type WarningLink, warningFragment } from './warning-link';

/** What the service worker needs from the browser, behind a thin adapter. */
export interface InterceptionDeps {
  /** The effective policy now (synchronous: a decision never waits on storage.managed). */
  policy(): Policy;
  /** The known-abused apps in the worker's cache (never fetched during a decision). */
  abusedApps?(): AbusedAppIndex;
  loadTokens(): Promise<BypassToken[]>;
  saveTokens(tokens: BypassToken[]): Promise<void>;
  /** Sends the tab to the warning page with this fragment. */
  showWarning(tabId: number, fragment: string): Promise<void>;
  /** True when a declarativeNetRequest rule already redirected this URL. */
  stoppedByRule(url: string, host: string): boolean;
  record(event: ConsentEvent): void;
  now(): number;
  /** Told of every judged navigation and its outcome (the grant inventory follows allowed ones to their end). */
  observe?(outcome: NavigationOutcome, judgement: Judgement, navigation: Navigation): void;
}

export interface Navigation {
  url: string;
  body?: FormBody;
  tabId: number;
  frameId: number;
}

export type NavigationOutcome = 'ignored' | 'allowed' | 'bypassed' | 'warned' | 'blocked';

export interface Judgement {
  request: AuthorizationRequest;
  risk: RiskAssessment;
  verdict: PolicyDecision;
}

export type BypassResult =
  | { ok: true }
  | { ok: false; error: 'not-a-request' | 'blocked' | 'not-warned' | 'bypass-not-allowed' | 'justification-required' };

/**
 * The interception logic of the service worker, free of browser APIs: judge
 * each navigation, send warned and blocked ones to the warning page, and grant
 * one-time, per-tab, per-request bypasses.
 */
export class InterceptionService {
  constructor(private readonly deps: InterceptionDeps) {}

  judge(url: string, body?: FormBody): Judgement | null {
    const policy = this.deps.policy();
    const request = parseAuthorizationRequest(url, body, { customEndpoints: policy.customProviders });
    if (request === null) return null;
    const risk = assessRequestRisk(request);
    return { request, risk, verdict: evaluateRequest(request, risk, policy, this.deps.abusedApps?.()) };
  }

  /**
   * Judges a navigation and says where the tab must go instead (a warning
   * page fragment), or null to let it pass. Records what happened.
   */
  async decide(navigation: Navigation): Promise<{ outcome: NavigationOutcome; fragment: string | null }> {
    if (navigation.tabId < 0) return { outcome: 'ignored', fragment: null };
    const judgement = this.judge(navigation.url, navigation.body);
    if (judgement === null) return { outcome: 'ignored', fragment: null };
    const { request, verdict } = judgement;
    if (verdict.decision === 'allow') {
      this.record('consent-detected', judgement);
      this.deps.observe?.('allowed', judgement, navigation);
      return { outcome: 'allowed', fragment: null };
    }
    if (verdict.decision === 'warn' && (await this.consumeBypass(navigation.tabId, request))) {
      this.record('consent-detected', judgement);
      this.deps.observe?.('bypassed', judgement, navigation);
      return { outcome: 'bypassed', fragment: null };
    }
    const outcome: NavigationOutcome = verdict.decision === 'block' ? 'blocked' : 'warned';
    this.record(outcome, judgement);
    this.deps.observe?.(outcome, judgement, navigation);
    const link: WarningLink =
      navigation.body === undefined
        ? { source: 'warn', url: navigation.url }
        : {
            source: 'post',
            url: navigation.url,
            body: typeof navigation.body === 'string' ? navigation.body : formToText(navigation.body),
          };
    return { outcome, fragment: warningFragment(link) };
  }

  /** Chrome: the navigation goes on; a stopped one is sent to the warning page, unless a rule already did. */
  async onNavigation(navigation: Navigation): Promise<NavigationOutcome> {
    const { outcome, fragment } = await this.decide(navigation);
    if (fragment === null) return outcome;
    const host = new URL(navigation.url).hostname;
    const alreadyStopped =
      navigation.body === undefined && outcome === 'blocked' && this.deps.stoppedByRule(navigation.url, host);
    if (!alreadyStopped) await this.deps.showWarning(navigation.tabId, fragment);
    return outcome;
  }

  /**
   * Safety net for blocks: a blocked request whose page committed anyway (a
   * rule the browser refused, a navigation at the very start of the browser)
   * is replaced by the warning page. Warned requests are not re-judged here:
   * one that committed was continued on purpose.
   */
  async onCommitted(navigation: Navigation): Promise<boolean> {
    if (navigation.tabId < 0) return false;
    const judgement = this.judge(navigation.url);
    if (judgement?.verdict.decision !== 'block') return false;
    await this.deps.showWarning(navigation.tabId, warningFragment({ source: 'warn', url: navigation.url }));
    return true;
  }

  /** A person chose Continue on the warning page of this tab. */
  async grantBypass(
    tabId: number,
    url: string,
    body: string | undefined,
    justification: string,
  ): Promise<BypassResult> {
    const judgement = this.judge(url, body);
    if (judgement === null) return { ok: false, error: 'not-a-request' };
    const { request, verdict } = judgement;
    if (verdict.decision === 'block') return { ok: false, error: 'blocked' };
    if (verdict.decision !== 'warn') return { ok: false, error: 'not-warned' };
    if (!verdict.bypass.allowed) return { ok: false, error: 'bypass-not-allowed' };
    if (verdict.bypass.requireJustification && justification.trim() === '')
      return { ok: false, error: 'justification-required' };
    const now = this.deps.now();
    const token: BypassToken = {
      tabId,
      keyHash: await sha256Hex(requestKey(request)),
      expiresAt: now + verdict.bypass.durationMinutes * 60_000,
    };
    await this.deps.saveTokens(addToken(await this.deps.loadTokens(), token, now));
    this.record('continued', judgement, justification.trim());
    return { ok: true };
  }

  /** A person asked for approval: recorded with the justification; returns the approval page to open. */
  requestApproval(url: string, body: string | undefined, justification: string): { approvalUrl: string | null } | null {
    const judgement = this.judge(url, body);
    if (judgement === null) return null;
    this.record('approval-requested', judgement, justification.trim());
    const policy = this.deps.policy();
    const template = policy.approvalUrl;
    const user = judgement.request.loginHint ?? policy.reporting.userHint;
    return { approvalUrl: template === null ? null : fillApprovalUrl(template, judgement.request, user) };
  }

  private async consumeBypass(tabId: number, request: AuthorizationRequest): Promise<boolean> {
    const tokens = await this.deps.loadTokens();
    if (tokens.length === 0) return false;
    const result = consumeToken(tokens, tabId, await sha256Hex(requestKey(request)), this.deps.now());
    await this.deps.saveTokens(result.tokens);
    return result.consumed;
  }

  private record(type: DecisionEventType, judgement: Judgement, justification?: string): void {
    this.deps.record(
      consentEvent(
        type,
        judgement.request,
        judgement.risk,
        judgement.verdict,
        this.deps.now(),
        justification ? { justification } : {},
      ),
    );
  }
}

function formToText(form: Readonly<Record<string, readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(form)) for (const value of values) params.append(name, value);
  return params.toString();
}
