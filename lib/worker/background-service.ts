import type { ProtectionMode } from '../core/protection-mode';
import { NO_PRIOR_GRANTS } from '../decision/approved-grants';
import type { RecordedEvent } from '../events/consent-event';
import { eventsForPolicyUpdate } from '../events/policy-events';
import { AbusedAppIndex, type AbusedAppsCache, NO_ABUSED_APPS } from '../feeds/abused-apps';
import { refreshAbusedApps } from '../feeds/feed-refresh';
import { GrantStore } from '../grants/grant-store';
import { GrantTracker } from '../grants/grant-tracker';
import { exposedAnswer } from '../interception/answer-guard';
import { compileDnrRules, type DnrRule, dnrRedirects } from '../interception/dnr-rules';
import { InterceptionService, type Navigation } from '../interception/interception-service';
import { initiatorOfRequest, initiatorOfTransition } from '../interception/navigation-context';
import { heardByWebRequest } from '../interception/navigation-filters';
import { warningFragment } from '../interception/warning-link';
import {
  isOptionsPage,
  type MessageSender,
  type PageMessage,
  parseOptionsMessage,
  parsePageMessage,
  warningPageTab,
} from '../messages/protocol';
import { PolicyService } from '../policy/policy-service';
import type { PolicyState } from '../policy/policy-state';
import { ReportDelivery } from '../reporting/report-delivery';
import { reportingConfig } from '../reporting/reporting-config';
import type { BackgroundAdapters } from './background-adapters';

/** A request as webRequest reports it (Chromium names its initiator; Firefox its origin URL). */
export interface RequestDetails {
  url: string;
  tabId: number;
  frameId: number;
  method: string;
  initiator?: string;
  originUrl?: string;
  requestBody?: { formData?: Record<string, Array<string | ArrayBuffer>> } | null;
}

/** What a blocking webRequest listener answers. */
export type BlockingAnswer = { redirectUrl: string } | { cancel: true } | undefined;

/**
 * The service worker's logic, free of browser APIs (they come in as
 * `BackgroundAdapters`): it builds the services (policy, inventory,
 * reporting, interception), keeps what decisions read in memory (the
 * person's grants, the abused-apps feed, the installed rules), and answers
 * each browser event. `entrypoints/background/index.ts` only registers the
 * listeners and hands their events here.
 */
export class BackgroundService {
  readonly policy: PolicyService;
  readonly grants: GrantStore;
  readonly reporting: ReportDelivery;
  readonly tracker: GrantTracker;
  readonly interception: InterceptionService;
  /** Where requests are stopped in this browser and this install. */
  readonly protection: Promise<ProtectionMode>;

  private approved = NO_PRIOR_GRANTS;
  private abusedApps = NO_ABUSED_APPS;
  /** The rules the browser accepted: only they count as stopping anything. */
  private rules: DnrRule[] = [];
  private rulesJson = '';
  private rulesNotInstalled = 0;
  private feedUrl: string | null | undefined;
  private readonly known: Promise<unknown>;
  /** Everything decisions read is loaded (set once, milliseconds after the worker starts). */
  private policyKnown = false;

  constructor(private readonly a: BackgroundAdapters) {
    this.policy = new PolicyService({ managed: a.managed, store: a.policyStore });
    this.grants = new GrantStore(a.database());
    // The events table is the outbox: every event recorded is sent to the organisation's collector, if any.
    this.reporting = new ReportDelivery({
      db: this.grants.db,
      config: () => reportingConfig(this.policy.current().effective),
      ...a.reporting,
      now: a.now,
      random: a.random,
    });
    this.tracker = new GrantTracker({
      store: this.grants,
      loadFlows: a.loadFlows,
      saveFlows: a.saveFlows,
      record: (event) => this.record(event),
      changed: () => this.grantsChanged(),
      now: a.now,
    });
    this.interception = new InterceptionService({
      policy: () => this.policy.current().effective,
      abusedApps: () => this.abusedApps,
      grants: () => this.approved,
      loadTokens: a.loadTokens,
      saveTokens: a.saveTokens,
      loadIssued: a.loadIssued,
      saveIssued: a.saveIssued,
      showWarning: a.showWarning,
      goBackOrClose: a.goBackOrClose,
      stoppedByRule: (url, host) => dnrRedirects(this.rules, url, host),
      record: (event) => this.record(event),
      now: a.now,
      extensionOrigin: a.extension.origin,
      observe: (outcome, judgement, navigation) => void this.tracker.observe(outcome, judgement, navigation),
      loadApprovals: a.loadApprovals,
      saveApprovals: a.saveApprovals,
      allowApproved: a.allowApproved,
    });
    this.protection = a.detectProtectionMode().catch(() => 'after-navigation' as const);
    // Decisions wait only for what is on the device (milliseconds), never for storage.managed: the cached policy,
    // the rules the browser kept across a restart, the cached feed, the person's grants, the session's bypasses.
    this.known = Promise.all([
      (a.firefox ? Promise.resolve([] as DnrRule[]) : a.currentDnrRules()).then((kept) => {
        if (this.rulesJson === '') this.rules = kept;
      }),
      a.loadAbusedApps().then((cache) => this.useFeed(cache)),
      this.loadApproved(),
    ]).catch(() => undefined);
  }

  /** Starts the services; listeners are registered before (synchronously, by the entrypoint). */
  start(): void {
    this.policy.onUpdate((state) => this.policyUpdated(state));
    void this.a
      .migrateLegacyEventLog(this.grants)
      .then(() => this.tracker.sweep())
      .then(
        () => this.grantsChanged(),
        () => undefined,
      );
    void this.policy.start();
  }

  ready(): Promise<unknown> {
    return Promise.all([this.policy.ready(), this.known, this.interception.load()]).then(() => {
      this.policyKnown = true;
    });
  }

  /**
   * Chromium's blocking listener (the enterprise build installed by policy):
   * decides before the request leaves, synchronously. Until the cached policy
   * is loaded (milliseconds after the worker wakes) only sign-ins pass: any
   * other request waits on the warning page, which judges it under the
   * organisation's policy and goes on by itself when allowed.
   */
  onProviderRequestBlocking(details: RequestDetails): BlockingAnswer {
    const navigation = this.providerNavigation(details);
    if (navigation === null) return undefined;
    const exposed = this.exposedAnswerPage(details);
    if (exposed) return { redirectUrl: exposed };
    if (!this.policyKnown) void this.ready();
    return this.stopAnswer(details.frameId, this.interception.decideNow(navigation, this.policyKnown).fragment);
  }

  /** Firefox's blocking listener: it may wait for the worker's state (Firefox accepts a promise). */
  async onProviderRequestFirefox(details: RequestDetails): Promise<BlockingAnswer> {
    const navigation = this.providerNavigation(details);
    if (navigation === null) return undefined;
    const exposed = this.exposedAnswerPage(details);
    if (exposed) return { redirectUrl: exposed };
    await this.ready();
    return this.stopAnswer(details.frameId, (await this.interception.decide(navigation)).fragment);
  }

  /**
   * The same requests observed (Chromium without blocking webRequest: a store
   * or unpacked install): decided as the navigation starts, then the tab is
   * sent to the warning page.
   */
  onProviderRequestObserved(details: RequestDetails): void {
    void this.protection.then((mode) => {
      if (mode === 'before-request') return;
      if (this.exposedAnswerPage(details)) {
        void this.a.showWarning(details.tabId, this.answerFragment(details.url));
        return;
      }
      const navigation = this.providerNavigation(details);
      if (navigation !== null) this.handle(navigation);
    });
  }

  /** A navigation to a host webRequest does not cover (generic servers, lookalikes, the organisation's own). */
  onOtherNavigation(details: { url: string; tabId: number; frameId: number }): void {
    if (heardByWebRequest(details.url)) return;
    this.handle({ url: details.url, tabId: details.tabId, frameId: details.frameId });
  }

  /** The safety net: a stopped request whose page committed anyway is replaced by the warning page. */
  onCommitted(details: {
    url: string;
    tabId: number;
    frameId: number;
    transitionType?: string;
    transitionQualifiers?: string[];
  }): void {
    const initiator = initiatorOfTransition(details.transitionType, details.transitionQualifiers);
    const backForward = details.transitionQualifiers
      ? details.transitionQualifiers.includes('forward_back')
      : undefined;
    void this.ready().then(() =>
      this.interception.onCommitted({
        url: details.url,
        tabId: details.tabId,
        frameId: details.frameId,
        initiator,
        ...(backForward === undefined ? {} : { backForward }),
      }),
    );
  }

  /**
   * A sign-in code sent to a loopback port nothing listens on stays in the
   * address bar, where a lure asks the person to copy it: the tab shows a
   * warning instead.
   */
  onNavigationError(details: { url: string; tabId: number; frameId: number }): void {
    if (details.frameId !== 0 || exposedAnswer(details.url)?.loopback !== true) return;
    void this.a.showWarning(details.tabId, this.answerFragment(details.url));
  }

  /** The provider's answer to a request let through: its redirect back, or a navigation carrying a code. */
  onAnswer(url: string, tabId: number, fromProvider: boolean): void {
    void this.tracker.answer(url, tabId, fromProvider);
  }

  /** A message from one of the extension's pages: checked sender and shape, else refused unread. */
  onMessage(raw: unknown, sender: MessageSender): Promise<unknown> | undefined {
    const { id, optionsPageUrl, warningPageUrl } = this.a.extension;
    if (isOptionsPage(sender, id, optionsPageUrl)) {
      const message = parseOptionsMessage(raw);
      if (message === null) return undefined;
      if (message.type === 'inventory-changed') {
        this.grantsChanged();
        return Promise.resolve({ ok: true as const });
      }
      return this.policy.ready().then(() => this.reporting.run(true).then(() => ({ ok: true as const })));
    }
    const tabId = warningPageTab(sender, id, warningPageUrl);
    const message = parsePageMessage(raw);
    if (tabId === null || message === null) return undefined;
    return this.answerPage(message, tabId, sender.frameId ?? 0);
  }

  /** Retries and the watchdog of a report in flight, and the feed's refresh period. */
  onAlarm(name: string): void {
    if (name === this.a.alarms.report) void this.policy.ready().then(() => this.reporting.run());
    if (name === this.a.alarms.feed) void this.policy.ready().then(() => this.refreshFeed());
  }

  private async answerPage(message: PageMessage, tabId: number, frameId: number): Promise<unknown> {
    await this.ready();
    const page = { tabId, frameId };
    switch (message.type) {
      case 'confirm-warning':
        return this.interception.warningFor(page, message.url, message.body, message.lang);
      case 'report-mistake':
        return this.interception.reportMistake(page, message.url, message.body, message.comment);
      case 'leave-warning':
        return this.interception.leave(page, message.url, message.body);
      case 'continue':
        return this.interception.grantBypass(tabId, message.url, message.body, message.justification);
      case 'use-approval-code':
        return this.interception.useApprovalCode(message.url, message.body, message.code);
      case 'request-approval': {
        const approval = this.interception.requestApproval(message.url, message.body, message.justification);
        return approval
          ? { ok: true as const, approvalUrl: approval.approvalUrl }
          : { ok: false as const, error: 'not-a-request' };
      }
    }
  }

  private handle(navigation: Navigation): void {
    void this.ready().then(() => this.interception.onNavigation(navigation));
  }

  /** A request to a provider host as the interception service takes it, or null for a POST without a form. */
  private providerNavigation(details: RequestDetails): Navigation | null {
    const body = details.method === 'POST' ? formDataToBody(details.requestBody?.formData) : undefined;
    if (details.method === 'POST' && !body) return null;
    const origin = details.initiator ?? (details.originUrl ? originOf(details.originUrl) : undefined);
    return {
      url: details.url,
      tabId: details.tabId,
      frameId: details.frameId,
      initiator: initiatorOfRequest(origin),
      ...(origin ? { initiatorOrigin: origin } : {}),
      ...(body ? { body } : {}),
    };
  }

  /** The answer-guard page for a provider's page that would show a code in the tab, or null. */
  private exposedAnswerPage(details: RequestDetails): string | null {
    if (details.frameId !== 0 || exposedAnswer(details.url)?.loopback !== false) return null;
    return `${this.a.extension.warningPageUrl}#${this.answerFragment(details.url)}`;
  }

  /** The warning names the host that would have shown the code, never the code. */
  private answerFragment(url: string): string {
    return warningFragment({ source: 'answer', url: exposedAnswer(url)?.host ?? '' });
  }

  /** A frame is never sent to the warning page: a stopped request in a frame is cancelled there. */
  private stopAnswer(frameId: number, fragment: string | null): BlockingAnswer {
    if (fragment === null) return undefined;
    return frameId === 0 ? { redirectUrl: `${this.a.extension.warningPageUrl}#${fragment}` } : { cancel: true };
  }

  private record(event: RecordedEvent): void {
    void this.grants.addEvent(event).then(
      () => this.reporting.soon(),
      (error: unknown) => this.a.log('event not stored', error),
    );
  }

  /** What the person already granted, in memory: an approved app signing in again is not warned again. */
  private loadApproved(): Promise<void> {
    return this.grants.approvedGrants().then(
      (index) => {
        this.approved = index;
      },
      () => undefined,
    );
  }

  private grantsChanged(): void {
    void this.loadApproved();
    void this.grants.countActiveHighRisk().then(this.a.showHighRiskCount, () => undefined);
  }

  private useFeed(cache: AbusedAppsCache | null): void {
    this.abusedApps = new AbusedAppIndex(cache?.apps ?? []);
  }

  /** The known-abused apps are fetched apart, never awaited by a decision. */
  private refreshFeed(): void {
    void refreshAbusedApps(this.policy.current().effective.abusedApps, this.a.feed).then(
      (cache) => this.useFeed(cache),
      (error: unknown) => this.a.log('abused-apps feed not refreshed', error),
    );
  }

  private policyUpdated(state: PolicyState): void {
    // The feed is fetched when the policy names a new one, then on its refresh period; never without one.
    if (state.effective.abusedApps.feedUrl !== this.feedUrl) {
      this.feedUrl = state.effective.abusedApps.feedUrl;
      void this.a.scheduleFeedChecks(this.feedUrl !== null).catch(() => undefined);
      this.refreshFeed();
    }
    void this.syncRules(state)
      .then((notInstalled) => this.reportPolicy(state, notInstalled))
      .catch((error: unknown) => this.a.log('policy change not recorded', error));
    // A policy the browser confirmed without reporting: the next time it is turned on starts afresh.
    const confirmed = state.readAt > 0 && (state.status === 'present' || state.status === 'absent');
    if (confirmed && reportingConfig(state.effective) === null) void this.reporting.reset().catch(() => undefined);
    void this.reporting
      .unsentAfter()
      .then((keepAfter) => this.grants.applyRetention(state.effective.retentionDays, this.a.now(), keepAfter))
      .catch(() => undefined);
    this.reporting.soon();
  }

  /**
   * Blocks become declarativeNetRequest rules: stopped before the request
   * leaves, even while the worker sleeps. Blocks that did not fit the rule
   * engine (too many, or refused) are still enforced by the worker.
   */
  private async syncRules(state: PolicyState): Promise<number> {
    if (this.a.firefox) return 0;
    const compiled = compileDnrRules(state.effective, this.a.extension.warningPageUrl);
    const json = JSON.stringify(compiled.rules);
    if (json === this.rulesJson) return this.rulesNotInstalled;
    this.rulesJson = json;
    try {
      const result = await this.a.applyDnrRules(compiled.rules);
      this.rules = result.applied;
      this.rulesNotInstalled = compiled.dropped + result.refused;
    } catch (error) {
      this.rules = [];
      this.rulesNotInstalled = compiled.dropped + compiled.rules.length;
      this.a.log('rules not applied', error);
    }
    return this.rulesNotInstalled;
  }

  /** The organisation learns which policy each browser applies, and how it is enforced, once per change. */
  private async reportPolicy(state: PolicyState, notInstalled: number): Promise<void> {
    const meta = this.grants.db.meta;
    const lastPolicy = {
      get: async () => (await meta.get('policyFingerprint'))?.value,
      set: async (fingerprint: string) => void (await meta.put({ key: 'policyFingerprint', value: fingerprint })),
    };
    const mode = await this.protection;
    for (const event of await eventsForPolicyUpdate(state, notInstalled, this.a.now(), lastPolicy, mode))
      this.record(event);
  }
}

/**
 * The origin of a URL (Firefox gives whole URLs where Chromium gives
 * origins), also for extension URLs, whose `URL.origin` may be "null".
 */
export function originOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return url;
  }
}

/** webRequest's form data, text fields only (file uploads are no authorization parameters). */
export function formDataToBody(
  formData: Record<string, Array<string | ArrayBuffer>> | undefined,
): Record<string, string[]> | undefined {
  if (!formData) return undefined;
  const body: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(formData))
    body[name] = values.filter((v): v is string => typeof v === 'string');
  return body;
}
