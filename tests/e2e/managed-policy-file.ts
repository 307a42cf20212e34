import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Worker } from '@playwright/test';
import { testBuildExtensionId } from '../../scripts/extension-key';
import { expect } from './extension-fixture';

/**
 * A real managed policy file, as on a Linux machine managed by its
 * organisation: Chromium reads /etc/chromium/policies/managed (root only), and
 * the extension needs its fixed id (manifest key). Tests that write it run in
 * their own projects, one after the other (playwright.config.ts).
 */
export const POLICY_DIR = '/etc/chromium/policies/managed';
export const POLICY_FILE = `${POLICY_DIR}/consent-guard-e2e.json`;
export const isRoot = process.getuid?.() === 0;
export const ROOT_ONLY = 'writing Chromium managed policy files needs root (CI runs as root)';

export function installPolicyFile(content: string): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, content);
}

/** Installs a Consent Guard policy (the extension's own keys) for the test build. */
export function installPolicy(policy: Record<string, unknown>): void {
  installPolicyFile(JSON.stringify({ '3rdparty': { extensions: { [testBuildExtensionId()]: policy } } }));
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Waits until the worker has read the managed policy (Chromium delivers it a few seconds after start). */
export async function policyApplied(worker: Worker): Promise<void> {
  await expect
    .poll(
      () =>
        worker.evaluate(
          async () => ((await chrome.storage.local.get('policyState')).policyState as { status?: string })?.status,
        ),
      { timeout: 20_000 },
    )
    .toBe('present');
}

/**
 * Waits until the browser holds the policy's block rules too: they are
 * installed just after the policy is applied, and a test that counts
 * requests reaching the provider must not start in between.
 */
export async function rulesInstalled(worker: Worker): Promise<void> {
  await expect
    .poll(() => worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
}
