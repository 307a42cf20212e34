import { appLinkingTo, MICROSOFT, msRequest, OUTLOOK, OUTLOOK_SIGN_IN } from './fake-sites';
import { extensionUrl } from './firefox';
import { expect, test } from './firefox-fixture';
import { assignLocation, buttonCount, locationOf, textOf } from './page-state';

/**
 * Firefox stops authorization requests with a blocking webRequest listener:
 * the request must never leave the browser, which the fake internet proves by
 * counting what reaches Microsoft's host.
 */
const WARNING = new RegExp(`^${extensionUrl('warning.html').replace(/[.?]/g, '\\$&')}#`);
const RISKY_APP = '11111111-2222-4333-8444-555555555555';
const authorizeHits = (hits: { url: URL }[], clientId: string) =>
  hits.filter((hit) => hit.url.pathname.endsWith('/authorize') && hit.url.searchParams.get('client_id') === clientId)
    .length;

test('a risky Microsoft request is warned before it leaves; Continue reaches the provider exactly once', async ({
  internet,
  tab,
}) => {
  await tab.goto(appLinkingTo(msRequest(RISKY_APP, 'https://graph.microsoft.com/Mail.Read offline_access User.Read')));
  await tab.locator('#go').click();

  await expect.poll(() => locationOf(tab)).toMatch(WARNING);
  await expect.poll(() => textOf(tab, 'h1')).toBe('Check before you give this app access');
  await expect.poll(() => textOf(tab, '[data-scope="Mail.Read"]')).toContain('Read all your e-mail.');
  expect(await textOf(tab, '[data-testid="client-id"]')).toBe(RISKY_APP);
  expect(internet.hits(MICROSOFT)).toHaveLength(0);

  await tab.locator('button::-p-text(Continue anyway)').click();
  await expect.poll(() => textOf(tab, '#fake-provider')).toBe(`Fake consent page of ${MICROSOFT}`);
  expect(new URL(await locationOf(tab)).searchParams.get('client_id')).toBe(RISKY_APP);
  // A second copy (the page and the bypass both navigating) would arrive right behind the first.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(authorizeHits(internet.hits(MICROSOFT), RISKY_APP)).toBe(1);
});

test('Go back returns to the app, and nothing reached the provider', async ({ internet, tab }) => {
  const app = appLinkingTo(msRequest(RISKY_APP, 'Mail.Send'));
  await tab.goto(app);
  await tab.locator('#go').click();
  await expect.poll(() => locationOf(tab)).toMatch(WARNING);
  await expect.poll(() => textOf(tab, '[data-scope="Mail.Send"]')).toContain('Send e-mail as you.');
  await tab.locator('button::-p-text(Go back)').click();
  await expect.poll(() => locationOf(tab)).toBe(app);
  expect(internet.hits(MICROSOFT)).toHaveLength(0);
});

test('Outlook on the web signing in on its own site passes untouched', async ({ internet, tab }) => {
  await tab.goto(`https://${OUTLOOK}/mail/`);
  await assignLocation(tab, OUTLOOK_SIGN_IN);
  await expect.poll(() => textOf(tab, '#fake-provider')).toBe(`Fake consent page of ${MICROSOFT}`);
  expect(await locationOf(tab)).toBe(OUTLOOK_SIGN_IN);
  expect(authorizeHits(internet.hits(MICROSOFT), '9199bf20-a13f-4107-85dc-02114787ef48')).toBe(1);
});

test.describe('in a French Firefox', () => {
  test.use({ firefoxLocale: 'fr' });

  test('the warning page speaks French', async ({ internet, tab }) => {
    await tab.goto(appLinkingTo(msRequest(RISKY_APP, 'Mail.Read')));
    await tab.locator('#go').click();
    await expect.poll(() => locationOf(tab)).toMatch(WARNING);
    await expect.poll(() => textOf(tab, 'h1')).toBe('Vérifiez avant de donner accès à cette application');
    await expect.poll(() => textOf(tab, '[data-scope="Mail.Read"]')).toContain('Lire tous vos e-mails.');
    expect(await buttonCount(tab, 'Revenir en arrière')).toBe(1);
    expect(internet.hits(MICROSOFT)).toHaveLength(0);
  });
});
