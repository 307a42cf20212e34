import { browser } from 'wxt/browser';
import { browserFromUserAgent } from '../reporting/browser-info';
import { BATCH_DELAY_MS, type SendRequest, type SendResult } from '../reporting/report-delivery';
import type { ReportContext } from '../reporting/report-event';
import type { ReportingConfig } from '../reporting/reporting-config';

/** The one alarm of reporting: retries, the watchdog of a POST in flight, and nudges from pages. */
export const REPORT_ALARM = 'consent-guard-report';
const SEND_TIMEOUT_MS = 30_000;

/**
 * One POST to the collector. No cookies or other credentials of the browser
 * (`credentials: 'omit'`), no redirects followed (a collector that redirects
 * is an error, so events never land on a host the admin did not name).
 */
export async function sendReport(request: SendRequest): Promise<SendResult> {
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    // The answer's body is not needed; reading it frees the connection.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return { ok: true, status: response.status };
    return {
      ok: false,
      status: response.status,
      error: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      retryAfter: response.headers.get('Retry-After'),
    };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      status: null,
      // A refused CORS preflight and an unreachable host look the same from here.
      error: `no answer (${message}); is the collector reachable, and does it allow this extension's origin (CORS)?`,
      retryAfter: null,
    };
  }
}

let profileEmail: Promise<string | null> | null = null;

/** The browser profile's e-mail (Chrome, with the identity.email permission); null where the browser has none. */
function readProfileEmail(): Promise<string | null> {
  const identity = (
    globalThis as unknown as {
      chrome?: { identity?: { getProfileUserInfo?(details: object): Promise<{ email?: string }> } };
    }
  ).chrome?.identity;
  if (!identity?.getProfileUserInfo) return Promise.resolve(null);
  return identity.getProfileUserInfo({ accountStatus: 'ANY' }).then(
    (info) => info.email || null,
    () => null,
  );
}

let platform: Promise<string | null> | null = null;

export async function reportContext(config: ReportingConfig): Promise<ReportContext> {
  platform ??= browser.runtime.getPlatformInfo().then(
    (info) => info.os,
    () => null,
  );
  if (config.includeProfileEmail) profileEmail ??= readProfileEmail();
  return {
    source: {
      product: 'consent-guard',
      extensionVersion: browser.runtime.getManifest().version,
      ...browserFromUserAgent(navigator.userAgent),
      platform: await platform,
    },
    user: { hint: config.userHint, email: config.includeProfileEmail ? await (profileEmail ?? null) : null },
  };
}

/** Wakes the worker's delivery at `time`, even if it is stopped meanwhile. */
export function wakeReportingAt(time: number): void {
  void browser.alarms.create(REPORT_ALARM, { when: time }).catch(() => undefined);
}

/** From a page that recorded an event (the popup): the worker sends it soon. */
export function nudgeReporting(): void {
  wakeReportingAt(Date.now() + BATCH_DELAY_MS);
}
