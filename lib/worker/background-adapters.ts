import type { ProtectionMode } from '../core/protection-mode';
import type { AbusedAppsCache } from '../feeds/abused-apps';
import type { FeedDeps } from '../feeds/feed-refresh';
import type { ConsentDatabase } from '../grants/consent-database';
import type { PendingFlow } from '../grants/consent-flows';
import type { GrantStore } from '../grants/grant-store';
import type { BypassToken } from '../interception/bypass-tokens';
import type { DnrRule } from '../interception/dnr-rules';
import type { IssuedWarning } from '../interception/issued-warnings';
import type { Approval } from '../policy/approvals';
import type { ManagedSource, StateStore } from '../policy/policy-service';
import type { DeliveryDeps } from '../reporting/report-delivery';

/**
 * Everything the service worker needs from the browser, as plain functions:
 * `lib/browser/background-adapters.ts` builds them from the browser's APIs,
 * a unit test from memory. The worker's logic (`BackgroundService`) sees
 * nothing else of the browser.
 */
export interface BackgroundAdapters {
  firefox: boolean;
  /** This extension's id, origin (`chrome-extension://<id>`), warning and options page URLs. */
  extension: { id: string; origin: string; warningPageUrl: string; optionsPageUrl: string };
  managed: ManagedSource;
  policyStore: StateStore;
  database(): ConsentDatabase;
  loadFlows(): Promise<PendingFlow[]>;
  saveFlows(flows: PendingFlow[]): Promise<void>;
  showHighRiskCount(count: number): Promise<void>;
  migrateLegacyEventLog(store: GrantStore): Promise<number>;
  loadTokens(): Promise<BypassToken[]>;
  saveTokens(tokens: BypassToken[]): Promise<void>;
  loadIssued(): Promise<IssuedWarning[]>;
  saveIssued(list: IssuedWarning[]): Promise<void>;
  loadApprovals(): Promise<Approval[]>;
  saveApprovals(list: Approval[]): Promise<void>;
  allowApproved(list: Approval[]): Promise<void>;
  showWarning(tabId: number, fragment: string): Promise<void>;
  /** One step back in the tab's history, as its Back button would; closes the tab when there is nowhere to go. */
  goBackOrClose(tabId: number): Promise<void>;
  applyDnrRules(rules: readonly DnrRule[]): Promise<{ applied: DnrRule[]; refused: number }>;
  currentDnrRules(): Promise<DnrRule[]>;
  detectProtectionMode(): Promise<ProtectionMode>;
  /** The build asks for `webRequestBlocking` (Chromium's enterprise build). */
  manifestHasBlocking: boolean;
  loadAbusedApps(): Promise<AbusedAppsCache | null>;
  feed: FeedDeps;
  scheduleFeedChecks(enabled: boolean): Promise<void>;
  reporting: Pick<DeliveryDeps, 'context' | 'send' | 'wakeAt'>;
  alarms: { report: string; feed: string };
  now(): number;
  random(): number;
  log(message: string, error: unknown): void;
}
