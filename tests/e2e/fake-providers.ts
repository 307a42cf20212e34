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

/**
 * Opens a URL the way a lure does: from a web page (a script on
 * app.example.test sets the location), so the browser names that page as the
 * navigation's initiator. `page.goto` is the browser's own navigation, as a
 * URL handed over from outside would be (a command-line tool's sign-in).
 */
export async function visitFromPage(page: Page, url: string): Promise<void> {
  await page
    .context()
    .route('https://app.example.test/from-page', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>A web page</title>' }),
    );
  await page.goto('https://app.example.test/from-page');
  await page.evaluate((target) => location.assign(target), url).catch(() => undefined);
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

/**
 * A fake Microsoft consent screen on the real host: Accept sends the browser
 * back to the app's redirect URI with a code (a link, as a consent page does),
 * Decline with error=access_denied (a server redirect).
 */
export async function fakeConsentFlow(context: BrowserContext): Promise<{ providerPages: string[] }> {
  const providerPages: string[] = [];
  await context.route(/^https:\/\/login\.microsoftonline\.com\/.*\/authorize/, (route) => {
    const url = new URL(route.request().url());
    providerPages.push(url.href);
    const back = new URL(url.searchParams.get('redirect_uri') ?? 'https://app.example.test/callback');
    const state = url.searchParams.get('state') ?? '';
    if (url.searchParams.get('prompt') === 'decline') {
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('state', state);
      return route.fulfill({ status: 302, headers: { location: back.href } });
    }
    back.searchParams.set('code', 'SECRET-AUTH-CODE-123');
    back.searchParams.set('state', state);
    return route.fulfill({
      contentType: 'text/html',
      body: `<h1>Fake consent</h1><a id="accept" href="${back.href}">Accept</a>`,
    });
  });
  await context.route(
    /^https:\/\/(login\.microsoftonline\.com|myapplications\.microsoft\.com|github\.com)\/(?!.*authorize)/,
    (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Provider settings</h1>' }),
  );
  await context.route('https://app.example.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>App signed in</h1>' }),
  );
  return { providerPages };
}
