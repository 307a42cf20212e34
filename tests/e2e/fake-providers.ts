import type { BrowserContext, Page } from '@playwright/test';

/**
 * Fake provider pages on the real provider hosts (Playwright routing): a
 * request that reaches "the provider" is counted, so a test can tell whether
 * the guard let it out. Nothing leaves the machine.
 */
export interface ProviderHits {
  /** Every URL that reached a fake provider page, in order. */
  urls: string[];
  count(match: (url: URL) => boolean): number;
}

const PROVIDER_HOSTS =
  /^https:\/\/([a-z0-9-]+\.)*(microsoftonline\.com|microsoft\.com|live\.com|google\.com|github\.com|slack\.com|atlassian\.com|salesforce\.com|dropbox\.com|zoom\.us)\//;

export async function fakeProviders(context: BrowserContext): Promise<ProviderHits> {
  const urls: string[] = [];
  await context.route(PROVIDER_HOSTS, async (route) => {
    const url = route.request().url();
    urls.push(url);
    // A real provider is tens of milliseconds away; an instant answer would
    // let the page commit before the guard's redirect more often than in life.
    await new Promise((resolve) => setTimeout(resolve, 30));
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><title>Fake provider</title><h1 id="fake-provider">Fake consent page of ${new URL(url).host}</h1>`,
    });
  });
  return { urls, count: (match) => urls.filter((u) => match(new URL(u))).length };
}

/** A page of "an app" on a host of its own, e.g. with a sign-in form or popup. */
export async function fakeApp(context: BrowserContext, html: string): Promise<string> {
  await context.route('https://app.example.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>App</title>${html}` }),
  );
  return 'https://app.example.test/start';
}

/** Navigates and tolerates the guard cutting the navigation short (it sends the tab elsewhere). */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
}

export const enc = encodeURIComponent;
export const MS_AUTHORIZE = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';

export function msRequest(scope: string, clientId = '11111111-2222-4333-8444-555555555555', extra = ''): string {
  return `${MS_AUTHORIZE}?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.test/callback')}&scope=${enc(scope)}&state=s3cr3t-state${extra}`;
}
