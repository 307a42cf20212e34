import type { FormBody } from '../authz/request-params';
import type { AuthorizationRequest } from '../authz/types';
import { type Judgement, judgeRequest, type RequestContext } from '../decision/judge-request';
import { type ConsentEvent, consentEvent, type DecisionEventType } from '../events/consent-event';
import type { AbusedAppIndex } from '../feeds/abused-apps';
import type { ApprovedGrants } from '../grants/approved-grants';
import type { Policy } from '../policy/policy-schema';
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
  /** The grants the person holds (the worker's in-memory index of the inventory). */
  grants?(): ApprovedGrants;
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
  /** 0 for the tab itself, another number for a frame. */
  frameId: number;
  /** Who started it, when the browser says (webRequest's `initiator`); unknown counts as a web page. */
  initiator?: RequestContext['initiator'];
}

/** `signed-in`: a request that cannot grant anything new, let through without a record. */
export type NavigationOutcome = 'ignored' | 'signed-in' | 'allowed' | 'bypassed' | 'warned' | 'blocked';

export type { Judgement };

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

  /** The one decision (`judgeRequest`) with what the worker holds: policy, feed, grants. */
  judge(url: string, body?: FormBody, context: RequestContext = {}): Judgement | null {
    const options = {
      ...context,
      policy: this.deps.policy(),
      now: this.deps.now(),
      ...(this.deps.abusedApps ? { abusedApps: this.deps.abusedApps() } : {}),
      ...(this.deps.grants ? { grants: this.deps.grants() } : {}),
    };
    return judgeRequest(url, body, options);
  }

  /**
   * Judges a navigation and says where the tab must go instead (a warning
   * page fragment), or null to let it pass. Records what happened; a sign-in
   * (nothing new can be granted) is let through without a record.
   */
  async decide(navigation: Navigation): Promise<{ outcome: NavigationOutcome; fragment: string | null }> {
    if (navigation.tabId < 0) return { outcome: 'ignored', fragment: null };
    const judgement = this.judge(navigation.url, navigation.body, contextOf(navigation));
    if (judgement === null) return { outcome: 'ignored', fragment: null };
    const { request, verdict } = judgement;
    if (verdict.decision === 'allow' && judgement.signIn !== null) return { outcome: 'signed-in', fragment: null };
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

  /**
   * Chrome: the navigation goes on; a stopped one is sent to the warning page,
   * unless a rule already did. A frame never takes its tab to the warning
   * page: a blocked app's request in a frame is cancelled in that frame by
   * the block rules, and nothing else a frame loads can show a consent screen.
   */
  async onNavigation(navigation: Navigation): Promise<NavigationOutcome> {
    const { outcome, fragment } = await this.decide(navigation);
    if (fragment === null || navigation.frameId !== 0) return outcome;
    const host = new URL(navigation.url).hostname;
    const alreadyStopped =
      navigation.body === undefined && outcome === 'blocked' && this.deps.stoppedByRule(navigation.url, host);
    if (!alreadyStopped) await this.deps.showWarning(navigation.tabId, fragment);
    return outcome;
  }

  /**
   * Safety net: a stopped request whose page committed anyway (a rule the
   * browser refused, a navigation at the very start of the browser, a
   * redirect made by a page's service worker, which no navigation event
   * announces) is replaced by the warning page. A warned request that was
   * continued on purpose left a pass when its bypass was used: it commits.
   */
  async onCommitted(navigation: Navigation): Promise<boolean> {
    if (navigation.tabId < 0 || navigation.frameId !== 0) return false;
    const judgement = this.judge(navigation.url, undefined, contextOf(navigation));
    if (judgement === null || judgement.verdict.decision === 'allow') return false;
    if (judgement.verdict.decision === 'warn' && (await this.usePass(navigation.tabId, judgement.request)))
      return false;
    this.record(judgement.verdict.decision === 'block' ? 'blocked' : 'warned', judgement);
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
    const keyHash = await sha256Hex(requestKey(request));
    const now = this.deps.now();
    const result = consumeToken(tokens, tabId, keyHash, now);
    // A used bypass leaves a short pass, so the page's commit is not taken for an unjudged navigation.
    const tokensLeft = result.consumed
      ? addToken(result.tokens, { tabId, keyHash: `pass:${keyHash}`, expiresAt: now + PASS_MS }, now)
      : result.tokens;
    await this.deps.saveTokens(tokensLeft);
    return result.consumed;
  }

  /** Uses the pass a continued request left for its commit. */
  private async usePass(tabId: number, request: AuthorizationRequest): Promise<boolean> {
    const tokens = await this.deps.loadTokens();
    if (tokens.length === 0) return false;
    const result = consumeToken(tokens, tabId, `pass:${await sha256Hex(requestKey(request))}`, this.deps.now());
    if (result.consumed) await this.deps.saveTokens(result.tokens);
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

/** How long a continued request's page may take to commit. */
const PASS_MS = 60_000;

function contextOf(navigation: Navigation): RequestContext {
  return {
    frame: navigation.frameId === 0 ? 'top' : 'sub',
    ...(navigation.initiator ? { initiator: navigation.initiator } : {}),
  };
}

function formToText(form: Readonly<Record<string, readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(form)) for (const value of values) params.append(name, value);
  return params.toString();
}
