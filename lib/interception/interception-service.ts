import { ownerOf } from '../authz/ownership';
import type { FormBody } from '../authz/request-params';
import type { AuthorizationRequest } from '../authz/types';
import type { DecisionEventType } from '../core/event-types';
import { sha256Hex } from '../core/sha256';
import type { ApprovedGrants } from '../decision/approved-grants';
import { type Judgement, judgeRequest } from '../decision/judge-request';
import type { Navigation, NavigationOutcome, RequestContext } from '../decision/navigation';
import { type ConsentEvent, consentEvent } from '../events/consent-event';
import type { AbusedAppIndex } from '../feeds/abused-apps';
import { type ApprovalCodeError, verifyApprovalCode } from '../policy/approval-codes';
import {
  type Approval,
  type ApprovalMismatch,
  addApproval,
  approvalMismatch,
  pruneApprovals,
} from '../policy/approvals';
import type { Policy } from '../policy/policy-schema';
import { approvalRulePasses } from './approval-rules';
import { fillApprovalUrl } from './approval-url';
import { addToken, type BypassToken, consumeToken } from './bypass-tokens';
import {
  type IssuedFlags,
  type IssuedWarning,
  issuedWarning,
  issuedWithin,
  markCommitted,
  rememberWarning,
  settleHeld,
  wasIssued,
} from './issued-warnings';
import { requestKey } from './request-key';
import { type WarningLink, warningFragment } from './warning-link';
import { buildWarningView, type Language, type WarningView } from './warning-view';

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
  /** The warnings this worker issued (session storage): the warning page shows details only for these. */
  loadIssued(): Promise<IssuedWarning[]>;
  saveIssued(list: IssuedWarning[]): Promise<void>;
  /** Sends the tab to the warning page with this fragment. */
  showWarning(tabId: number, fragment: string): Promise<void>;
  /** Moves the tab one step back in its history, as its Back button would; closes it when there is nowhere to go. */
  goBackOrClose?(tabId: number): Promise<void>;
  /** True when a declarativeNetRequest rule already redirected this URL. */
  stoppedByRule(url: string, host: string): boolean;
  record(event: ConsentEvent): void;
  now(): number;
  /** This extension's own origin (`chrome-extension://<id>`): the warning page's Continue starts navigations from it. */
  extensionOrigin?: string;
  /** Told of every judged navigation and its outcome (the grant inventory follows allowed ones to their end). */
  observe?(outcome: NavigationOutcome, judgement: Judgement, navigation: Navigation): void;
  /** Apps let through with approval codes (extension storage): remembered until they expire. */
  loadApprovals?(): Promise<Approval[]>;
  saveApprovals?(list: Approval[]): Promise<void>;
  /** Lets approved apps pass the browser's block rules (Chromium's rule engine). */
  allowApproved?(list: Approval[]): Promise<void>;
}

/** The decision's types, re-exported for the service worker's imports (lib/worker/). */
export type { Judgement, Navigation, NavigationOutcome };

/** Where a warning page runs: its tab, and its frame (0: the tab itself). */
export interface WarningPageAt {
  tabId: number;
  frameId: number;
}

/**
 * Whether the worker stopped this request for this tab and, when it did, the
 * warning page's whole view, worked out by the worker with what it holds in
 * memory (policy, feed, grants): the page then needs neither the engine nor
 * the database, and paints sooner. The answer to the protocol's
 * `confirm-warning` (lib/messages/protocol.ts re-exports it).
 */
export type ConfirmReply = { issued: false } | { issued: true; view: WarningView | null };

/** The answer to what a warning page may ask only about a request the worker stopped for it (a mistake, Go back). */
export type WarnedPageResult = { ok: true } | { ok: false; error: 'not-warned' };

/** An approval code refused: why, in a word the warning page says in the person's language. */
export type ApprovalCodeResult =
  | { ok: true; approver: string; expiresAt: number }
  | {
      ok: false;
      error: ApprovalCodeError | Exclude<ApprovalMismatch, 'expired' | 'revoked'> | 'not-a-request' | 'blocked-app';
    };

export type BypassResult =
  | { ok: true }
  | { ok: false; error: 'not-a-request' | 'blocked' | 'not-warned' | 'bypass-not-allowed' | 'justification-required' };

/**
 * The interception logic of the service worker, free of browser APIs: judge
 * each navigation, send warned and blocked ones to the warning page, and grant
 * one-time, per-tab, per-request bypasses.
 */
export class InterceptionService {
  /**
   * The session's bypass tokens and issued warnings, in memory once loaded:
   * a blocking webRequest listener decides before it returns, so what it
   * consults cannot wait on storage. Every change is written through.
   */
  private tokens: BypassToken[] | null = null;
  private issued: IssuedWarning[] | null = null;
  /** The request whose warning the person just left with Go back, in that tab (see `leave`). */
  private leaving: { tabId: number; keyHash: string; until: number; passed: boolean } | null = null;
  /** Approvals from approval codes, in memory once loaded (a blocking listener consults them too). */
  private approvals: Approval[] = [];
  private loading: Promise<void> | null = null;
  /** Writes of the session lists, one after the other, so two changes at once both stay. */
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly deps: InterceptionDeps) {}

  /** The one decision (`judgeRequest`) with what the worker holds: policy, feed, grants. */
  judge(url: string, body?: FormBody, context: RequestContext = {}): Judgement | null {
    const options = {
      ...context,
      policy: this.deps.policy(),
      now: this.deps.now(),
      ...(this.deps.abusedApps ? { abusedApps: this.deps.abusedApps() } : {}),
      ...(this.deps.grants ? { grants: this.deps.grants() } : {}),
      approvals: this.approvals,
    };
    return judgeRequest(url, body, options);
  }

  /**
   * Judges a navigation and says where the tab must go instead (a warning
   * page fragment), or null to let it pass. Records what happened; a sign-in
   * (nothing new can be granted) is let through without a record.
   */
  async decide(navigation: Navigation): Promise<{ outcome: NavigationOutcome; fragment: string | null }> {
    await this.load();
    const decided = this.decideNow(navigation);
    await this.writes;
    return decided;
  }

  /**
   * The same decision, synchronously, for a blocking webRequest listener;
   * call it once `load()` has resolved (before that it knows no bypass).
   */
  decideNow(navigation: Navigation, policyKnown = true): { outcome: NavigationOutcome; fragment: string | null } {
    if (navigation.tabId < 0) return { outcome: 'ignored', fragment: null };
    const judgement = this.judge(navigation.url, navigation.body, contextOf(navigation));
    if (judgement === null) return { outcome: 'ignored', fragment: null };
    const { request, verdict } = judgement;
    if (verdict.decision === 'allow' && judgement.signIn !== null) return { outcome: 'signed-in', fragment: null };
    // The worker just woke and the organisation's policy is not loaded yet (milliseconds): anything but a
    // sign-in waits on the warning page, which judges it under that policy and goes on by itself if allowed.
    if (!policyKnown) return this.hold(navigation, request);
    if (verdict.decision === 'allow') {
      this.record(verdict.approval ? 'approval-used' : 'consent-detected', judgement);
      this.deps.observe?.('allowed', judgement, navigation);
      return { outcome: 'allowed', fragment: null };
    }
    if (
      verdict.decision === 'warn' &&
      (this.consumeBypass(navigation.tabId, request) || this.continuesFlow(navigation, request))
    ) {
      this.record('consent-detected', judgement);
      this.deps.observe?.('bypassed', judgement, navigation);
      return { outcome: 'bypassed', fragment: null };
    }
    const outcome: NavigationOutcome = verdict.decision === 'block' ? 'blocked' : 'warned';
    this.record(outcome, judgement);
    this.deps.observe?.(outcome, judgement, navigation);
    // Remembered before the tab is sent anywhere, so the warning page finds it when it asks.
    if (navigation.frameId === 0) this.rememberIssued(navigation.tabId, request);
    return { outcome, fragment: warningFragment(linkOf(navigation)) };
  }

  /** A request kept on the warning page until the worker knows the policy: nothing recorded yet. */
  private hold(
    navigation: Navigation,
    request: AuthorizationRequest,
  ): { outcome: NavigationOutcome; fragment: string } {
    if (navigation.frameId === 0) this.rememberIssued(navigation.tabId, request, { held: true });
    return { outcome: 'held', fragment: warningFragment(linkOf(navigation)) };
  }

  /** Loads the session's tokens and issued warnings once; later calls return at once. */
  load(): Promise<void> {
    this.loading ??= Promise.all([
      this.deps.loadTokens().catch(() => [] as BypassToken[]),
      this.deps.loadIssued().catch(() => [] as IssuedWarning[]),
      this.deps.loadApprovals?.().catch(() => [] as Approval[]) ?? [],
    ]).then(([tokens, issued, approvals]) => {
      this.tokens ??= tokens;
      this.issued ??= issued;
      this.approvals = pruneApprovals([...approvals, ...this.approvals], this.deps.now());
      // The rules that let approved apps pass are the browser session's: installed again when the worker starts.
      void this.deps.allowApproved?.(this.approvals).catch(() => undefined);
    });
    return this.loading;
  }

  /** True once `load()` has resolved: `decideNow` then knows every bypass. */
  get loaded(): boolean {
    return this.tokens !== null && this.issued !== null;
  }

  /**
   * Chrome: the navigation goes on; a stopped one is sent to the warning page,
   * unless a rule already did. A frame never takes its tab to the warning
   * page: a blocked app's request in a frame is cancelled in that frame by
   * the block rules, and nothing else a frame loads can show a consent screen.
   */
  async onNavigation(navigation: Navigation): Promise<NavigationOutcome> {
    if (await this.passesBack(navigation)) return 'left';
    const { outcome, fragment } = await this.decide(navigation);
    if (fragment === null || navigation.frameId !== 0) return outcome;
    const host = new URL(navigation.url).hostname;
    // A block rule stopped it, unless an approved app's rule let it pass (the approval does not cover this request).
    const alreadyStopped =
      navigation.body === undefined &&
      outcome === 'blocked' &&
      this.deps.stoppedByRule(navigation.url, host) &&
      !approvalRulePasses(this.approvals, navigation.url, host, this.deps.now());
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
    if (await this.passesBack(navigation)) return false;
    await this.load();
    const judgement = this.judge(navigation.url, undefined, contextOf(navigation));
    if (judgement === null || judgement.verdict.decision === 'allow') return false;
    if (judgement.verdict.decision === 'warn' && this.hasPass(navigation.tabId, judgement.request)) return false;
    // Committed before the warning its navigation's start asked for replaced it: that warning is on its way
    // (recorded once, shown once). Long after, it is a new visit to the request.
    const keyHash = sha256Hex(requestKey(judgement.request));
    if (issuedWithin(this.issued ?? [], navigation.tabId, keyHash, this.deps.now(), JUST_ISSUED_MS)) {
      this.setIssued(markCommitted(this.issued ?? [], navigation.tabId, keyHash, this.deps.now()));
      return false;
    }
    this.record(judgement.verdict.decision === 'block' ? 'blocked' : 'warned', judgement);
    this.rememberIssued(navigation.tabId, judgement.request, { committed: true });
    await this.writes;
    await this.deps.showWarning(navigation.tabId, warningFragment({ source: 'warn', url: navigation.url }));
    return true;
  }

  /**
   * The person chose Go back on this request's warning page. When the request
   * reached the provider before the warning replaced its page (the fallback
   * path: the worker acts once the navigation has started), that page sits
   * between the warning and where the person came from: going back lands on
   * it, and it must not warn again. The tab's arrival at this request within
   * a moment passes back over it instead, without a record; where the browser
   * says whether a commit is a history move, only a history move counts.
   */
  async leave(page: WarningPageAt, url: string, body?: string): Promise<WarnedPageResult> {
    const judgement = await this.issuedJudgement(page, url, body);
    if (judgement === null) return { ok: false, error: 'not-warned' };
    const keyHash = sha256Hex(requestKey(judgement.request));
    const now = this.deps.now();
    if (issuedWarning(this.issued ?? [], page.tabId, keyHash, now)?.committed)
      this.leaving = { tabId: page.tabId, keyHash, until: now + LEAVING_MS, passed: false };
    return { ok: true };
  }

  /** Whether this navigation is the tab going back over a request the person just left: then it goes on back. */
  private async passesBack(navigation: Navigation): Promise<boolean> {
    const leaving = this.leaving;
    if (leaving === null || navigation.frameId !== 0 || leaving.tabId !== navigation.tabId) return false;
    if (navigation.backForward === false) return false;
    if (leaving.until <= this.deps.now()) {
      this.leaving = null;
      return false;
    }
    const request = this.judge(navigation.url, navigation.body)?.request;
    if (request === undefined || sha256Hex(requestKey(request)) !== leaving.keyHash) return false;
    // The same move shows as the request starting and its page committing: the tab goes back once.
    if (leaving.passed) return true;
    leaving.passed = true;
    await this.deps.goBackOrClose?.(navigation.tabId);
    return true;
  }

  /** The confirmation with the warning page's view, in the page's language (see `ConfirmReply`). */
  async warningFor(page: WarningPageAt, url: string, body: string | undefined, lang: Language): Promise<ConfirmReply> {
    const judgement = await this.issuedJudgement(page, url, body);
    if (judgement === null) return { issued: false };
    this.recordHeld(page, url, judgement);
    const link: WarningLink = body === undefined ? { source: 'warn', url } : { source: 'post', url, body };
    // An app approved with a code since a rule redirected it (a browser restart, before its approval rule came
    // back) is allowed in the view: the page goes on by itself, as for a request the policy allows now.
    const context = {
      policy: this.deps.policy(),
      now: this.deps.now(),
      approvals: this.approvals,
      ...(this.deps.abusedApps ? { abusedApps: this.deps.abusedApps() } : {}),
      ...(this.deps.grants ? { grants: this.deps.grants() } : {}),
    };
    return { issued: true, view: buildWarningView(link, context, lang) };
  }

  /** A person says the warning on this page is wrong: recorded (and reported) with the request's reported fields. */
  async reportMistake(
    page: WarningPageAt,
    url: string,
    body: string | undefined,
    comment: string,
  ): Promise<WarnedPageResult> {
    const judgement = await this.issuedJudgement(page, url, body);
    if (judgement === null) return { ok: false, error: 'not-warned' };
    this.record('false-alarm-reported', judgement, { comment: comment.trim() });
    return { ok: true };
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
      keyHash: sha256Hex(requestKey(request)),
      expiresAt: now + verdict.bypass.durationMinutes * 60_000,
    };
    await this.load();
    this.setTokens(addToken(this.tokens ?? [], token, now));
    await this.writes;
    this.record('continued', judgement, { justification: justification.trim() });
    return { ok: true };
  }

  /**
   * A person pasted an approval code on the warning page: checked offline
   * against the policy's approvers, and for this very request (the app, the
   * account, the permissions). A good one is remembered until it expires and
   * lets the app through (the next navigation is allowed, and recorded as
   * `approval-used`); a blocked app stays blocked.
   */
  async useApprovalCode(url: string, body: string | undefined, code: string): Promise<ApprovalCodeResult> {
    const judgement = this.judge(url, body);
    if (judgement === null) return { ok: false, error: 'not-a-request' };
    if (judgement.verdict.reasons.some((r) => r.startsWith('blocked-app:'))) return { ok: false, error: 'blocked-app' };
    const policy = this.deps.policy();
    const now = this.deps.now();
    const checked = await verifyApprovalCode(code, policy.approvers, now);
    if (!checked.ok) return checked;
    const mismatch = approvalMismatch(checked.approval, judgement.request, policy, now);
    if (mismatch === 'expired' || mismatch === 'revoked')
      return { ok: false, error: mismatch === 'expired' ? 'expired' : 'unknown-key' };
    if (mismatch !== null) return { ok: false, error: mismatch };
    await this.load();
    this.approvals = addApproval(this.approvals, checked.approval, now);
    const list = this.approvals;
    this.writes = this.writes.then(() => this.deps.saveApprovals?.(list)).catch(() => undefined);
    // The rules first: the page goes on as soon as it has the answer, and a block rule must not stop it again.
    await Promise.all([this.writes, this.deps.allowApproved?.(list).catch(() => undefined)]);
    return { ok: true, approver: checked.approval.approver, expiresAt: checked.approval.expiresAt };
  }

  /** A person asked for approval: recorded with the justification; returns the approval page to open. */
  requestApproval(url: string, body: string | undefined, justification: string): { approvalUrl: string | null } | null {
    const judgement = this.judge(url, body);
    if (judgement === null) return null;
    this.record('approval-requested', judgement, { justification: justification.trim() });
    const policy = this.deps.policy();
    const template = policy.approvalUrl;
    const user = judgement.request.loginHint ?? policy.reporting.userHint;
    return { approvalUrl: template === null ? null : fillApprovalUrl(template, judgement.request, user) };
  }

  private consumeBypass(tabId: number, request: AuthorizationRequest): boolean {
    if (!this.tokens || this.tokens.length === 0) return false;
    const now = this.deps.now();
    const result = consumeToken(this.tokens, tabId, sha256Hex(requestKey(request)), now);
    if (!result.consumed) return false;
    // A used bypass leaves a pass for the rest of that consent flow in this tab: the provider's own next steps
    // (its sign-in page carrying the request, the consent page after it) and the page's commit.
    this.setTokens(addToken(result.tokens, { tabId, keyHash: passKey(request), expiresAt: now + FLOW_PASS_MS }, now));
    return true;
  }

  /** A continued flow holds a pass for this app in this tab. */
  private hasPass(tabId: number, request: AuthorizationRequest): boolean {
    const key = passKey(request);
    const now = this.deps.now();
    return (this.tokens ?? []).some((t) => t.tabId === tabId && t.keyHash === key && t.expiresAt > now);
  }

  /**
   * A step of a flow the person continued: the same app, in the same tab,
   * started by the warning page's Continue (its redirects keep the extension
   * as initiator) or by the provider's own pages (its sign-in form). The same
   * request typed again, or opened by another site, is judged afresh.
   */
  private continuesFlow(navigation: Navigation, request: AuthorizationRequest): boolean {
    const origin = navigation.initiatorOrigin;
    if (origin === undefined) return false;
    const ours = this.deps.extensionOrigin !== undefined && origin === this.deps.extensionOrigin;
    if (!ours && originOwner(origin) !== request.provider) return false;
    return this.hasPass(navigation.tabId, request);
  }

  /** Remembers that this worker sent this tab to the warning page for this request. */
  private rememberIssued(tabId: number, request: AuthorizationRequest, flags: IssuedFlags = {}): void {
    this.setIssued(rememberWarning(this.issued ?? [], tabId, sha256Hex(requestKey(request)), this.deps.now(), flags));
  }

  /**
   * A request held while the worker woke is recorded once its page asks for
   * the view, under the policy now known: warned or blocked as it stands (an
   * allowed one goes on from the page and is recorded as it passes).
   */
  private recordHeld(page: WarningPageAt, url: string, judgement: Judgement): void {
    if (page.frameId !== 0) return;
    const keyHash = sha256Hex(requestKey(judgement.request));
    const { wasHeld, list } = settleHeld(this.issued ?? [], page.tabId, keyHash, this.deps.now());
    if (!wasHeld) return;
    this.setIssued(list);
    const { decision } = judgement.verdict;
    if (decision === 'allow') return;
    const outcome: NavigationOutcome = decision === 'block' ? 'blocked' : 'warned';
    this.record(outcome, judgement);
    this.deps.observe?.(outcome, judgement, { url, tabId: page.tabId, frameId: 0 });
  }

  private setIssued(list: IssuedWarning[]): void {
    this.issued = list;
    // A storage failure must not keep the tab from its warning: the request is stopped all the same (after a
    // restart its page then shows no details, the safe side).
    this.writes = this.writes.then(() => this.deps.saveIssued(list)).catch(() => undefined);
  }

  private setTokens(tokens: BypassToken[]): void {
    this.tokens = tokens;
    this.writes = this.writes.then(() => this.deps.saveTokens(tokens)).catch(() => undefined);
  }

  /**
   * The judgement of a request this worker stopped in this tab (null when it did not), so its warning page
   * may show the request and offer its buttons. Any web page can open the
   * warning page with a request of its choosing (to make a lure look checked);
   * only a warning the worker issued is confirmed. A declarativeNetRequest
   * redirect happens without the worker: it counts when the installed rules
   * redirect that URL. The worker only ever sends a whole tab to the warning
   * page, so a page in a frame (a web page can frame it) counts only as a rule's.
   */
  private async issuedJudgement(page: WarningPageAt, url: string, body?: string): Promise<Judgement | null> {
    const judgement = this.judge(url, body);
    if (judgement === null) return null;
    await this.load();
    // A request stopped, then allowed by a new policy: its page says so and lets the person go on.
    if (
      page.frameId === 0 &&
      wasIssued(this.issued ?? [], page.tabId, sha256Hex(requestKey(judgement.request)), this.deps.now())
    )
      return judgement;
    let host: string;
    try {
      host = new URL(url).hostname;
    } catch {
      return null;
    }
    // A rule's redirect of an app approved since (or whose approval's rule the browser had not yet) counts too.
    return body === undefined &&
      (judgement.verdict.decision === 'block' || judgement.verdict.approval) &&
      this.deps.stoppedByRule(url, host)
      ? judgement
      : null;
  }

  private record(
    type: DecisionEventType,
    judgement: Judgement,
    extra: { justification?: string; comment?: string } = {},
  ): void {
    this.deps.record(
      consentEvent(type, judgement.request, judgement.risk, judgement.verdict, this.deps.now(), {
        ...(extra.justification ? { justification: extra.justification } : {}),
        ...(extra.comment ? { comment: extra.comment } : {}),
      }),
    );
  }
}

/** How long after Go back the tab's return over the request is passed (a history move takes milliseconds). */
const LEAVING_MS = 2_000;

/** A request's page committing this soon after its warning was issued is that same attempt, not a new one. */
const JUST_ISSUED_MS = 10_000;

/** How long the steps of a continued consent flow (sign-in, second factor, consent) may take. */
const FLOW_PASS_MS = 10 * 60_000;

/** The pass of a continued flow is for the app, whatever the provider's own steps repeat of the request. */
function passKey(request: AuthorizationRequest): string {
  return `pass:${sha256Hex(JSON.stringify([request.provider, [...request.clientIds].sort()]))}`;
}

function originOwner(origin: string): ReturnType<typeof ownerOf> {
  try {
    return ownerOf(new URL(origin).hostname);
  } catch {
    return null;
  }
}

function contextOf(navigation: Navigation): RequestContext {
  return {
    frame: navigation.frameId === 0 ? 'top' : 'sub',
    ...(navigation.initiator ? { initiator: navigation.initiator } : {}),
  };
}

/** The warning page's link for a navigation: its URL, and its form for a POST. */
function linkOf(navigation: Navigation): WarningLink {
  return navigation.body === undefined
    ? { source: 'warn', url: navigation.url }
    : {
        source: 'post',
        url: navigation.url,
        body: typeof navigation.body === 'string' ? navigation.body : formToText(navigation.body),
      };
}

function formToText(form: Readonly<Record<string, readonly string[]>>): string {
  const params = new URLSearchParams();
  for (const [name, values] of Object.entries(form)) for (const value of values) params.append(name, value);
  return params.toString();
}
