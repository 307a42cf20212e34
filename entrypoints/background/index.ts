import { defineBackground } from 'wxt/utils/define-background';

/**
 * The service worker. It stays thin wiring: each listener hands the browser's
 * event to `lib/` and acts on the answer. Interception, policy reading and
 * reporting attach here as they land; the engine they use is in lib/authz.
 */
export default defineBackground(() => {
  // Nothing to wire yet: the foundation ships the engine, the pages and the demo.
});
