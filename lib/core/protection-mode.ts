/**
 * Where the guard stops a request:
 * - `before-request`: a blocking webRequest listener judges every request to
 *   a provider before it leaves the browser (Firefox; Chromium when the
 *   extension is installed by policy, which is the only way Chromium grants
 *   blocking webRequest to Manifest V3 extensions: Chrome for Developers,
 *   "Replace blocking web request listeners");
 * - `after-navigation`: blocks are declarativeNetRequest rules (before the
 *   request leaves), but a warned request is replaced by the warning page
 *   only once the worker has seen the navigation, so it may reach the
 *   provider first (a store or unpacked install in Chromium).
 *
 * Worked out by `protectionMode` (lib/interception/protection-mode.ts);
 * recorded in policy events and in the inventory export.
 */
export type ProtectionMode = 'before-request' | 'after-navigation';
