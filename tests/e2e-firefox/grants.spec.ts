import { openExtensionPage } from './extension-pages';
import { appLinkingTo, msRequest } from './fake-sites';
import { expect, test } from './firefox-fixture';
import { attributeOf, locationOf, textOf } from './page-state';

/**
 * A grant, followed from the request to the provider's answer: the app's
 * redirect URI receives a code, and the popup lists the app as having access.
 */
const MAIL_APP = 'bbbbbbbb-2222-4222-8222-222222222222';

test('a consent the person continued and accepted is recorded and shown in the popup', async ({ firefox, tab }) => {
  await tab.goto(appLinkingTo(msRequest(MAIL_APP, 'Mail.Read offline_access')));
  await tab.locator('#go').click();
  await expect.poll(() => textOf(tab, 'h1')).toBe('Check before you give this app access');
  await tab.locator('button::-p-text(Continue anyway)').click();

  // The fake consent screen answers with a code at the app's redirect URI.
  await expect.poll(() => textOf(tab, '#fake-provider')).not.toBeNull();
  await tab.locator('#accept').click();
  await expect.poll(() => textOf(tab, '#signed-in')).toBe('App signed in');
  expect(await locationOf(tab)).toContain('code=');

  const popup = await openExtensionPage(firefox, 'popup.html');
  const row = `[data-grant="${MAIL_APP}"]`;
  await expect.poll(() => attributeOf(popup, row, 'data-status')).toBe('active');
  await popup.locator(row).click();
  await expect.poll(() => textOf(popup, '[data-scope="Mail.Read"]')).toContain('Read all your e-mail.');
  expect(await textOf(popup, 'body')).toContain('after a warning');
});
