import { browser } from 'wxt/browser';
import type { BackgroundAdapters } from '../worker/background-adapters';
import { allowApproved, loadApprovals, saveApprovals } from './approval-adapters';
import { FEED_ALARM, feedDeps, loadAbusedApps, scheduleFeedChecks } from './feed-adapters';
import { consentDatabase, loadFlows, migrateLegacyEventLog, saveFlows, showHighRiskCount } from './grant-adapters';
import {
  applyDnrRules,
  currentDnrRules,
  goBackOrClose,
  loadIssued,
  loadTokens,
  saveIssued,
  saveTokens,
  showWarning,
  warningPageUrl,
} from './interception-adapters';
import { managedStorage, policyStateStore } from './policy-storage';
import { detectProtectionMode, manifestHasBlocking } from './protection-adapters';
import { REPORT_ALARM, reportContext, sendReport, wakeReportingAt } from './reporting-adapters';

/** The service worker's view of the browser: every adapter of this folder, in one object. */
export function backgroundAdapters(firefox: boolean): BackgroundAdapters {
  const root = browser.runtime.getURL('/');
  return {
    firefox,
    extension: {
      id: browser.runtime.id,
      origin: root.replace(/\/$/, ''),
      warningPageUrl: warningPageUrl(),
      optionsPageUrl: browser.runtime.getURL('/options.html'),
    },
    managed: managedStorage,
    policyStore: policyStateStore,
    database: consentDatabase,
    loadFlows,
    saveFlows,
    showHighRiskCount,
    migrateLegacyEventLog,
    loadTokens,
    saveTokens,
    loadIssued,
    saveIssued,
    loadApprovals,
    saveApprovals,
    allowApproved,
    showWarning,
    goBackOrClose,
    applyDnrRules,
    currentDnrRules,
    detectProtectionMode: () => detectProtectionMode(firefox),
    manifestHasBlocking: manifestHasBlocking(),
    loadAbusedApps,
    feed: feedDeps,
    scheduleFeedChecks,
    reporting: { context: reportContext, send: sendReport, wakeAt: wakeReportingAt },
    alarms: { report: REPORT_ALARM, feed: FEED_ALARM },
    now: Date.now,
    random: Math.random,
    log: (message, error) => console.error(`Consent Guard: ${message}`, error),
  };
}
