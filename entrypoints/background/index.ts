import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundAdapters } from '../../lib/browser/background-adapters';
import { navigationFilters, providerMatchPatterns } from '../../lib/interception/navigation-filters';
import { BackgroundService, type RequestDetails } from '../../lib/worker/background-service';

/** URLs that may carry a provider's answer: a code, a token or an error in the query or fragment. */
const ANSWER_FILTER = '(?i)[?&#](code|error|access_token|id_token)=';
const LOOPBACK = [{ hostEquals: 'localhost' }, { hostEquals: '127.0.0.1' }, { hostEquals: '[::1]' }];

/** webRequest's listener type: the typings know Chrome's synchronous answers only, Firefox also takes a promise. */
type RequestListener = Parameters<typeof browser.webRequest.onBeforeRequest.addListener>[0];

/**
 * The service worker (Firefox: background page): wiring only. Every listener
 * is registered synchronously, so an event that wakes the worker reaches it;
 * each hands its event to `BackgroundService` (lib/worker/), which holds the
 * logic and is unit-tested without a browser.
 */
export default defineBackground(() => {
  const firefox = import.meta.env.FIREFOX;
  const adapters = backgroundAdapters(firefox);
  const service = new BackgroundService(adapters);
  const providerRequests = { urls: providerMatchPatterns(), types: ['main_frame' as const, 'sub_frame' as const] };

  if (firefox) {
    // Firefox keeps blocking webRequest: every request to a provider is judged before it leaves.
    browser.webRequest.onBeforeRequest.addListener(
      ((details: RequestDetails) => service.onProviderRequestFirefox(details)) as unknown as RequestListener,
      providerRequests,
      ['blocking', 'requestBody'],
    );
  } else {
    // Chromium grants blocking webRequest to the enterprise build installed by policy.
    if (adapters.manifestHasBlocking) {
      browser.webRequest.onBeforeRequest.addListener(
        ((details: RequestDetails) => service.onProviderRequestBlocking(details)) as unknown as RequestListener,
        providerRequests,
        ['blocking', 'requestBody'],
      );
    }
    // Elsewhere (or until the install type is known) the same requests are observed and the tab redirected.
    browser.webRequest.onBeforeRequest.addListener(
      (details) => {
        service.onProviderRequestObserved(details);
        return undefined;
      },
      providerRequests,
      ['requestBody'],
    );
  }

  browser.webNavigation.onBeforeNavigate.addListener((details) => service.onOtherNavigation(details), {
    url: navigationFilters(!firefox),
  });
  browser.webNavigation.onCommitted.addListener((details) => service.onCommitted(details), {
    url: navigationFilters(!firefox),
  });
  browser.webNavigation.onErrorOccurred.addListener((details) => service.onNavigationError(details), {
    url: LOOPBACK,
  });

  // The provider's answer to a request let through: its redirect back to the app, or a navigation carrying it.
  browser.webRequest.onBeforeRedirect.addListener(
    (details) => service.onAnswer(details.redirectUrl, details.tabId, true),
    providerRequests,
  );
  browser.webNavigation.onBeforeNavigate.addListener((details) => service.onAnswer(details.url, details.tabId, false), {
    url: firefox ? [{ queryContains: 'code=' }, { queryContains: 'error=' }] : [{ urlMatches: ANSWER_FILTER }],
  });

  browser.runtime.onMessage.addListener((raw, sender) => service.onMessage(raw, sender));
  browser.alarms.onAlarm.addListener((alarm) => service.onAlarm(alarm.name));

  service.start();
});
