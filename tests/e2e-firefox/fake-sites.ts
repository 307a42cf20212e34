import type { ServerResponse } from 'node:http';
import type { FakeInternet } from './fake-internet';

/**
 * The sites a test needs, on their real host names (served by the fake
 * internet): Microsoft's sign-in host with a fake consent screen, an app that
 * links to it and receives the answer, and Outlook on the web.
 */
export const MICROSOFT = 'login.microsoftonline.com';
export const APP = 'app.example.test';
export const OUTLOOK = 'outlook.office.com';

const enc = encodeURIComponent;
export const AUTHORIZE = `https://${MICROSOFT}/common/oauth2/v2.0/authorize`;

/** A Microsoft authorization request of an app of its own, answered at the app's /callback. */
export function msRequest(clientId: string, scope: string): string {
  return `${AUTHORIZE}?client_id=${clientId}&response_type=code&redirect_uri=${enc(`https://${APP}/callback`)}&scope=${enc(scope)}&state=STATE-${clientId}`;
}

/** Outlook on the web signing in on its own site: a Microsoft first-party app, pre-authorised in every tenant. */
export const OUTLOOK_SIGN_IN = `${AUTHORIZE}?client_id=9199bf20-a13f-4107-85dc-02114787ef48&scope=${enc('https://outlook.office.com/.default openid profile offline_access')}&redirect_uri=${enc('https://outlook.office.com/mail/')}&response_type=code`;

/** The code the fake consent screen gives; it must never be stored by the extension. */
export const AUTH_CODE = 'SECRET-AUTH-CODE-123';

/** An app page with one link, `#go`, to `target`: the person clicks it, as on a real site. */
export const appLinkingTo = (target: string) => `https://${APP}/start?link=${enc(target)}`;

function html(response: ServerResponse, body: string): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(`<!doctype html><meta charset="utf-8"><title>Fake</title>${body}`);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function serveFakeSites(internet: FakeInternet): void {
  // The consent screen: Accept goes back to the app's redirect URI with a code, as the real one does.
  internet.serve(MICROSOFT, (_request, url, response) => {
    if (!url.pathname.endsWith('/authorize')) return html(response, '<h1>Microsoft</h1>');
    const back = new URL(url.searchParams.get('redirect_uri') ?? `https://${APP}/callback`);
    back.searchParams.set('code', AUTH_CODE);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    html(
      response,
      `<h1 id="fake-provider">Fake consent page of ${MICROSOFT}</h1><a id="accept" href="${escapeHtml(back.href)}">Accept</a>`,
    );
  });
  internet.serve(APP, (_request, url, response) => {
    if (url.pathname === '/callback') return html(response, '<h1 id="signed-in">App signed in</h1>');
    const link = url.searchParams.get('link');
    html(
      response,
      `<h1 id="app">App</h1>${link ? `<a id="go" href="${escapeHtml(link)}">Connect your account</a>` : ''}`,
    );
  });
  internet.serve(OUTLOOK, (_request, _url, response) => html(response, '<h1 id="outlook">Outlook</h1>'));
}
