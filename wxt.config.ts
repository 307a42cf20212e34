import { defineConfig } from 'wxt';

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
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Consent Guard',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'consent-guard@consent-guard.org',
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
