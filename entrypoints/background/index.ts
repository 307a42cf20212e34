import { defineBackground } from 'wxt/utils/define-background';
import { managedStorage, policyStateStore } from '../../lib/browser/policy-storage';
import { PolicyService } from '../../lib/policy/policy-service';

/**
 * The service worker: thin wiring. Each listener hands the browser's event to
 * `lib/` and acts on the answer.
 */
export default defineBackground(() => {
  const policy = new PolicyService({ managed: managedStorage, store: policyStateStore });
  // start() registers its listeners synchronously; the managed read that
  // follows may take seconds on a fresh browser start, and nothing waits on it.
  void policy.start();
});
