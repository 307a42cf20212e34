import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { FIREFOX_ADDON_ID } from './lib/core/extension-ids';
import { providerMatchPatterns } from './lib/interception/navigation-filters';

/**
 * A fixed extension id (manifest `key`) for test and enterprise builds:
 * EXTENSION_KEY_FILE names a file holding the base64 public key. Store
 * uploads are built without it (the stores assign the id). Only public keys
 * are ever committed.
 */
function manifestKey(): string | undefined {
  const file = process.env.EXTENSION_KEY_FILE;
  return file ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * Build configuration for Chrome/Edge (MV3) and Firefox (MV2 by default, MV3 with --mv3).
 *
 * Permissions are kept to what the shipped features need; docs/security.md
 * justifies each one. Later features add theirs here, never in code.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Auto-imports hide where things come from; every file imports explicitly.
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: 'Consent Guard',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in docs/security.md; a test checks the built manifest against that list.
    permissions:
      browser === 'firefox'
        ? ['storage', 'webNavigation', 'webRequest', 'webRequestBlocking', 'alarms']
        : [
            'storage',
            'webNavigation',
            'webRequest',
            'declarativeNetRequestWithHostAccess',
            'alarms',
            'identity',
            'identity.email',
            // The enterprise build (`wxt build --mode enterprise`, .output/chrome-mv3-enterprise/) is for
            // installation by policy, where Chromium still grants blocking webRequest to MV3 extensions: every
            // authorization request is judged before it leaves. Store builds go without it (docs/security.md).
            ...(mode === 'enterprise' ? ['webRequestBlocking'] : []),
          ],
    // The identity providers' hosts only: where requests are stopped and POST bodies read.
    host_permissions: providerMatchPatterns(),
    // The warning page is where a blocked request is redirected from any page.
    // Version-dependent keys are written in their MV3 shape only: WXT turns them into the MV2 shape when it
    // builds MV2 (Firefox's default), so the manifest follows the manifest version, never the browser.
    web_accessible_resources: [{ resources: ['warning.html'], matches: ['<all_urls>'] }],
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Stricter than the default: no plugins, no <base> rewriting, and no page may frame the
    // extension's pages (a web page framing the warning page could trick a click on Continue).
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(manifestKey() ? { key: manifestKey() } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ADDON_ID,
              // 140 is the Extended Support Release organisations deploy, and the
              // first to know data_collection_permissions.
              strict_min_version: '140.0',
              // The extension collects nothing for its authors; reporting goes
              // only to the organisation's own collector, configured by policy.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip (Firefox review) must never carry local secrets or build output.
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', '*.pem', '.env*'],
  },
});
