import { appLinkingTo, MICROSOFT, msRequest } from './fake-sites';
import { extensionUrl } from './firefox';
import { expect, test } from './firefox-fixture';
import { buttonCount, locationOf, textOf } from './page-state';

/**
 * The organisation's policy, deployed as organisations deploy Firefox:
 * policies.json → `3rdparty.Extensions.<gecko id>`, read by the extension
 * through storage.managed (the fixture waits until it reads as present).
 */
const WARNING = extensionUrl('warning.html#');

test.use({
  extensionPolicy: {
    blockedApps: [{ provider: 'microsoft', clientId: 'evil-*', name: 'Invoice Viewer (rogue)' }],
    message: { en: 'Contoso only allows approved apps.', fr: 'Contoso n’autorise que les applications approuvées.' },
  },
});

test('an app the policy blocks is blocked before any request reaches the provider', async ({ internet, tab }) => {
  await tab.goto(appLinkingTo(msRequest('evil-42', 'openid profile')));
  await tab.locator('#go').click();
  await expect.poll(() => locationOf(tab)).toContain(WARNING);
  await expect.poll(() => textOf(tab, 'h1')).toBe("This app's access request is blocked");
  await expect.poll(() => textOf(tab, '[data-testid="app-name"]')).toContain('Invoice Viewer (rogue)');
  expect(await buttonCount(tab, 'Continue anyway')).toBe(0);
  expect(internet.hits(MICROSOFT)).toHaveLength(0);
});

test("the organisation's message shows on the warning page", async ({ internet, tab }) => {
  await tab.goto(appLinkingTo(msRequest('12345678-aaaa-4bbb-8ccc-1234567890ab', 'Files.ReadWrite.All')));
  await tab.locator('#go').click();
  await expect.poll(() => textOf(tab, 'h1')).toBe('Check before you give this app access');
  await expect.poll(() => textOf(tab, '[data-testid="org-message"]')).toBe('Contoso only allows approved apps.');
  expect(await locationOf(tab)).toContain(WARNING);
  expect(internet.hits(MICROSOFT)).toHaveLength(0);
});
