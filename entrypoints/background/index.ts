import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { allowApproved, loadApprovals, saveApprovals } from '../../lib/browser/approval-adapters';
import { FEED_ALARM, feedDeps, loadAbusedApps, scheduleFeedChecks } from '../../lib/browser/feed-adapters';
import {
  consentDatabase,
  loadFlows,
  migrateLegacyEventLog,
  saveFlows,
  showHighRiskCount,
} from '../../lib/browser/grant-adapters';
import {
  applyDnrRules,
  currentDnrRules,
  formDataToBody,
  loadIssued,
  loadTokens,
  saveIssued,
  saveTokens,
  showWarning,
  warningPageUrl,
} from '../../lib/browser/interception-adapters';
import { managedStorage, policyStateStore } from '../../lib/browser/policy-storage';
import { detectProtectionMode, manifestHasBlocking } from '../../lib/browser/protection-adapters';
import { REPORT_ALARM, reportContext, sendReport, wakeReportingAt } from '../../lib/browser/reporting-adapters';
import type { RecordedEvent } from '../../lib/events/consent-event';
import { AbusedAppIndex, type AbusedAppsCache, NO_ABUSED_APPS } from '../../lib/feeds/abused-apps';
import { refreshAbusedApps } from '../../lib/feeds/feed-refresh';
import { NO_PRIOR_GRANTS } from '../../lib/grants/approved-grants';
import { GrantStore } from '../../lib/grants/grant-store';
import { GrantTracker } from '../../lib/grants/grant-tracker';
import { exposedAnswer } from '../../lib/interception/answer-guard';
import { compileDnrRules, type DnrRule, dnrRedirects } from '../../lib/interception/dnr-rules';
import { InterceptionService, type Navigation } from '../../lib/interception/interception-service';
import { initiatorOfRequest, initiatorOfTransition } from '../../lib/interception/navigation-context';
import { heardByWebRequest, navigationFilters, providerMatchPatterns } from '../../lib/interception/navigation-filters';
import { warningFragment } from '../../lib/interception/warning-link';
import {
  isOptionsPage,
  type PageMessage,
  parseOptionsMessage,
  parsePageMessage,
  warningPageTab,
} from '../../lib/messages/protocol';
import { eventsForPolicyUpdate } from '../../lib/policy/policy-events';
import { PolicyService } from '../../lib/policy/policy-service';
import type { PolicyState } from '../../lib/policy/policy-state';
import { ReportDelivery } from '../../lib/reporting/report-delivery';
import { reportingConfig } from '../../lib/reporting/reporting-config';

/**
 * The origin of a URL (Firefox gives whole URLs where Chromium gives
 * origins), also for extension URLs, whose `URL.origin` may be "null".
 */
const originOf = (url: string) => {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return url;
  }
};

/** A request to a provider host as the interception service takes it, or null for a POST without a form. */
function providerNavigation(details: {
  url: string;
  tabId: number;
  frameId: number;
  method: string;
  initiator?: string;
  requestBody?: { formData?: Record<string, Array<string | ArrayBuffer>> } | null;
}): Navigation | null {
  const body = details.method === 'POST' ? formDataToBody(details.requestBody?.formData) : undefined;
  if (details.method === 'POST' && !body) return null;
  return {
    url: details.url,
    tabId: details.tabId,
    frameId: details.frameId,
    initiator: initiatorOfRequest(details.initiator),
    ...(details.initiator ? { initiatorOrigin: details.initiator } : {}),
    ...(body ? { body } : {}),
  };
}

/** The warning shown instead of an exposed sign-in code: it names the host, never the code. */
const answerFragment = (url: string) => warningFragment({ source: 'answer', url: exposedAnswer(url)?.host ?? '' });

/** URLs that may carry a provider's answer: a code, a token or an error in the query or fragment. */
const ANSWER_FILTER = '(?i)[?&#](code|error|access_token|id_token)=';

/**
 * The service worker (Firefox: background page): thin wiring. Every listener
 * is registered synchronously, so an event that wakes the worker reaches it;
 * each hands the event to lib/ and acts on the answer.
 */
export default defineBackground(() => {
  const isFirefox = import.meta.env.FIREFOX;
  const policy = new PolicyService({ managed: managedStorage, store: policyStateStore });
  const grants = new GrantStore(consentDatabase());
  // The events table is the outbox: every event recorded is sent to the organisation's collector, if it has one.
  const reporting = new ReportDelivery({
    db: grants.db,
    config: () => reportingConfig(policy.current().effective),
    context: reportContext,
    send: sendReport,
    wakeAt: wakeReportingAt,
    now: Date.now,
    random: Math.random,
  });
  const recordEvent = (event: RecordedEvent) =>
    void grants.addEvent(event).then(
      () => reporting.soon(),
      (error: unknown) => console.error('Consent Guard: event not stored', error),
    );
  // What the person already granted, in memory: an approved app signing in again is not warned again.
  let approved = NO_PRIOR_GRANTS;
  const loadApproved = () =>
    grants.approvedGrants().then(
      (index) => {
        approved = index;
      },
      () => undefined,
    );
  const approvedKnown = loadApproved();
  const refreshBadge = () => {
    void loadApproved();
    void grants.countActiveHighRisk().then(showHighRiskCount, () => undefined);
  };
  const tracker = new GrantTracker({
    store: grants,
    loadFlows,
    saveFlows,
    record: recordEvent,
    changed: refreshBadge,
    now: Date.now,
  });
  let rules: DnrRule[] = [];
  let rulesJson = '';
  // The known-abused apps: read from the cache before judging (milliseconds); the feed is fetched apart, never awaited.
  let abusedApps = NO_ABUSED_APPS;
  const useFeed = (cache: AbusedAppsCache | null) => {
    abusedApps = new AbusedAppIndex(cache?.apps ?? []);
  };
  const feedKnown = loadAbusedApps().then(useFeed, () => undefined);
  let feedUrl: string | null | undefined;
  const refreshFeed = () =>
    void refreshAbusedApps(policy.current().effective.abusedApps, feedDeps).then(useFeed, (error: unknown) =>
      console.error('Consent Guard: abused-apps feed not refreshed', error),
    );

  const interception = new InterceptionService({
    policy: () => policy.current().effective,
    abusedApps: () => abusedApps,
    grants: () => approved,
    loadTokens,
    saveTokens,
    loadIssued,
    saveIssued,
    showWarning,
    stoppedByRule: (url, host) => dnrRedirects(rules, url, host),
    record: recordEvent,
    now: Date.now,
    extensionOrigin: originOf(browser.runtime.getURL('/')),
    observe: (outcome, judgement, navigation) => void tracker.observe(outcome, judgement, navigation),
    loadApprovals,
    saveApprovals,
    allowApproved,
  });

  // After a restart, the rules the browser kept are what stops requests; know them before judging.
  const rulesKnown = isFirefox
    ? Promise.resolve()
    : currentDnrRules().then(
        (kept) => {
          if (rulesJson === '') rules = kept;
        },
        () => undefined,
      );
  // Decisions wait only for the cached policy and the kept rules (milliseconds), never for storage.managed.
  const ready = () => Promise.all([policy.ready(), rulesKnown, feedKnown, approvedKnown, interception.load()]);
  // Chromium grants blocking webRequest to the enterprise build installed by policy; elsewhere the worker acts
  // on what it observes (lib/interception/protection-mode.ts). Options page and reports say which.
  const blocking = !isFirefox && manifestHasBlocking();
  const protection = detectProtectionMode(isFirefox).catch(() => 'after-navigation' as const);
  const handle = (navigation: Navigation) => void ready().then(() => interception.onNavigation(navigation));

  if (isFirefox) {
    // Firefox keeps blocking webRequest: stop the request itself, GET or POST, before it leaves.
    const blockingListener = (details: {
      url: string;
      tabId: number;
      frameId: number;
      method: string;
      originUrl?: string;
      requestBody?: { formData?: Record<string, Array<string | ArrayBuffer>> } | null;
    }) => {
      const body = details.method === 'POST' ? formDataToBody(details.requestBody?.formData) : undefined;
      if (exposedAnswer(details.url)?.loopback === false)
        return { redirectUrl: `${warningPageUrl()}#${answerFragment(details.url)}` };
      return (
        ready()
          .then(() =>
            interception.decide({
              url: details.url,
              tabId: details.tabId,
              frameId: details.frameId,
              initiator: initiatorOfRequest(details.originUrl),
              ...(details.originUrl ? { initiatorOrigin: originOf(details.originUrl) } : {}),
              ...(body ? { body } : {}),
            }),
          )
          // A frame is never sent to the warning page: a stopped request in a frame is cancelled there.
          .then(({ fragment }) =>
            fragment === null
              ? {}
              : details.frameId === 0
                ? { redirectUrl: `${warningPageUrl()}#${fragment}` }
                : { cancel: true },
          )
      );
    };
    // Firefox accepts a promise from a blocking listener; the typings only know Chrome's.
    browser.webRequest.onBeforeRequest.addListener(
      blockingListener as unknown as Parameters<typeof browser.webRequest.onBeforeRequest.addListener>[0],
      { urls: providerMatchPatterns(), types: ['main_frame', 'sub_frame'] },
      ['blocking', 'requestBody'],
    );
  } else {
    // Every request to a provider host, GET or POST, in a tab or a frame, whoever started it (a link, a form, a
    // redirect, a page's service worker): webRequest sees them all, says who started each, and shows POST bodies.
    const requestFilter = { urls: providerMatchPatterns(), types: ['main_frame' as const, 'sub_frame' as const] };
    if (blocking) {
      // Installed by policy, the enterprise build judges each request before it leaves. The decision is
      // synchronous: until the cached policy is loaded (milliseconds after the worker wakes) it is the
      // protective default, and a request it stops is let through by the warning page if the policy allows it.
      browser.webRequest.onBeforeRequest.addListener(
        (details) => {
          const navigation = providerNavigation(details);
          if (navigation === null) return undefined;
          if (exposedAnswer(details.url)?.loopback === false && details.frameId === 0)
            return { redirectUrl: `${warningPageUrl()}#${answerFragment(details.url)}` };
          const { fragment } = interception.decideNow(navigation);
          if (fragment === null) return undefined;
          // A frame is never sent to the warning page: a stopped request in a frame is cancelled there.
          return details.frameId === 0 ? { redirectUrl: `${warningPageUrl()}#${fragment}` } : { cancel: true };
        },
        requestFilter,
        ['blocking', 'requestBody'],
      );
    }
    // The same requests observed: the decision where the browser grants no blocking listener (a store or
    // unpacked install), made as soon as the navigation starts; the tab is then sent to the warning page.
    browser.webRequest.onBeforeRequest.addListener(
      (details) => {
        void protection.then((mode) => {
          if (mode === 'before-request') return;
          if (exposedAnswer(details.url)?.loopback === false && details.frameId === 0) {
            void showWarning(details.tabId, answerFragment(details.url));
            return;
          }
          const navigation = providerNavigation(details);
          if (navigation !== null) handle(navigation);
        });
        return undefined;
      },
      requestFilter,
      ['requestBody'],
    );
  }

  // Other hosts (generic servers, lookalikes, the organisation's own): only their navigations wake the worker.
  browser.webNavigation.onBeforeNavigate.addListener(
    (details) => {
      if (heardByWebRequest(details.url)) return;
      handle({ url: details.url, tabId: details.tabId, frameId: details.frameId });
    },
    { url: navigationFilters(!isFirefox) },
  );
  browser.webNavigation.onCommitted.addListener(
    (details) => {
      const initiator = initiatorOfTransition(details.transitionType, details.transitionQualifiers);
      void ready().then(() =>
        interception.onCommitted({ url: details.url, tabId: details.tabId, frameId: details.frameId, initiator }),
      );
    },
    { url: navigationFilters(!isFirefox) },
  );

  // A sign-in code sent to a loopback port nothing listens on stays in the address bar, where a lure asks the
  // person to copy it: the tab shows a warning instead (the page that failed to load is replaced).
  browser.webNavigation.onErrorOccurred.addListener(
    (details) => {
      if (details.frameId !== 0 || exposedAnswer(details.url)?.loopback !== true) return;
      void showWarning(details.tabId, answerFragment(details.url));
    },
    { url: [{ hostEquals: 'localhost' }, { hostEquals: '127.0.0.1' }, { hostEquals: '[::1]' }] },
  );

  // The provider's answer to a request the guard let through: its redirect back
  // to the app (seen on the provider's side), or a navigation to the app that
  // carries a code, a token or an error.
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => void tracker.answer(details.redirectUrl, details.tabId, true),
    { urls: providerMatchPatterns(), types: ['main_frame', 'sub_frame'] },
  );
  browser.webNavigation.onBeforeNavigate.addListener(
    (details) => void tracker.answer(details.url, details.tabId, false),
    { url: isFirefox ? [{ queryContains: 'code=' }, { queryContains: 'error=' }] : [{ urlMatches: ANSWER_FILTER }] },
  );

  const answer = async (message: PageMessage, tabId: number, frameId: number) => {
    await ready();
    const page = { tabId, frameId };
    if (message.type === 'confirm-warning')
      return interception.warningFor(page, message.url, message.body, message.lang);
    if (message.type === 'report-mistake')
      return interception.reportMistake(page, message.url, message.body, message.comment);
    if (message.type === 'continue') {
      return interception.grantBypass(tabId, message.url, message.body, message.justification);
    }
    if (message.type === 'use-approval-code')
      return interception.useApprovalCode(message.url, message.body, message.code);
    const approval = interception.requestApproval(message.url, message.body, message.justification);
    return approval
      ? { ok: true as const, approvalUrl: approval.approvalUrl }
      : { ok: false as const, error: 'not-a-request' };
  };
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (isOptionsPage(sender, browser.runtime.id, browser.runtime.getURL('/options.html'))) {
      if (parseOptionsMessage(raw) === null) return undefined;
      return policy.ready().then(() => reporting.run(true).then(() => ({ ok: true as const })));
    }
    const tabId = warningPageTab(sender, browser.runtime.id, warningPageUrl());
    const message = parsePageMessage(raw);
    if (tabId === null || message === null) return undefined;
    return answer(message, tabId, sender.frameId ?? 0);
  });

  // Retries, the watchdog of a report in flight, and nudges from pages all come as this alarm.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REPORT_ALARM) void policy.ready().then(() => reporting.run());
    if (alarm.name === FEED_ALARM) void policy.ready().then(refreshFeed);
  });

  // Blocks become declarativeNetRequest rules: stopped before the request
  // leaves, even while the worker sleeps. Recompiled on every policy change.
  // Blocks that did not fit the rule engine (too many, or refused): the worker still enforces them.
  let rulesNotInstalled = 0;
  const syncRules = async (state: PolicyState): Promise<number> => {
    if (isFirefox) return 0;
    const compiled = compileDnrRules(state.effective, warningPageUrl());
    const json = JSON.stringify(compiled.rules);
    if (json === rulesJson) return rulesNotInstalled;
    rulesJson = json;
    try {
      // Only the rules the browser accepted count as stopping anything.
      const result = await applyDnrRules(compiled.rules);
      rules = result.applied;
      rulesNotInstalled = compiled.dropped + result.refused;
    } catch (error) {
      rules = [];
      rulesNotInstalled = compiled.dropped + compiled.rules.length;
      console.error('Consent Guard: rules not applied', error);
    }
    return rulesNotInstalled;
  };

  // The organisation learns which policy each browser applies, once per change.
  const lastPolicy = {
    get: async () => (await grants.db.meta.get('policyFingerprint'))?.value,
    set: async (fingerprint: string) =>
      void (await grants.db.meta.put({ key: 'policyFingerprint', value: fingerprint })),
  };
  const reportPolicy = async (state: PolicyState, notInstalled: number) => {
    const mode = await protection;
    for (const event of await eventsForPolicyUpdate(state, notInstalled, Date.now(), lastPolicy, mode))
      recordEvent(event);
  };

  policy.onUpdate((state) => {
    // The feed is fetched when the policy names a new one, then on its refresh period; never without a policy naming it.
    if (state.effective.abusedApps.feedUrl !== feedUrl) {
      feedUrl = state.effective.abusedApps.feedUrl;
      void scheduleFeedChecks(feedUrl !== null).catch(() => undefined);
      refreshFeed();
    }
    void syncRules(state)
      .then((notInstalled) => reportPolicy(state, notInstalled))
      .catch((error: unknown) => console.error('Consent Guard: policy change not recorded', error));
    // A policy the browser confirmed without reporting: the next time it is turned on starts afresh.
    const confirmed = state.readAt > 0 && (state.status === 'present' || state.status === 'absent');
    if (confirmed && reportingConfig(state.effective) === null) void reporting.reset().catch(() => undefined);
    void reporting
      .unsentAfter()
      .then((keepAfter) => grants.applyRetention(state.effective.retentionDays, Date.now(), keepAfter))
      .catch(() => undefined);
    reporting.soon();
  });
  void migrateLegacyEventLog(grants)
    .then(() => tracker.sweep())
    .then(refreshBadge, () => undefined);
  void policy.start();
});
