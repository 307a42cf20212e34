import { browser } from 'wxt/browser';
import type { ProtectionMode } from '../core/protection-mode';
import { protectionMode } from '../interception/protection-mode';
import { protectionModeItem } from './storage-items';

/** Whether this build asks for blocking webRequest (read synchronously: listeners are registered at once). */
export function manifestHasBlocking(): boolean {
  return (browser.runtime.getManifest().permissions ?? []).includes('webRequestBlocking' as never);
}

/**
 * Works out where requests are stopped in this browser and this install, and
 * keeps it for the pages. Answered without a browser call when the install
 * type cannot change it (Firefox, or a build without blocking webRequest), and
 * before the value is saved: the first request after the worker wakes waits
 * for this answer in the fallback path.
 */
export async function detectProtectionMode(firefox: boolean): Promise<ProtectionMode> {
  const blocking = manifestHasBlocking();
  let installType: string | undefined;
  if (!firefox && blocking) {
    try {
      installType = (await browser.management.getSelf()).installType;
    } catch {
      installType = undefined;
    }
  }
  const mode = protectionMode({ firefox, manifestHasBlocking: blocking, installType });
  void protectionModeItem.setValue(mode).catch(() => undefined);
  return mode;
}

/** The mode the worker found, for the options page (null before the worker first ran). */
export async function readProtectionMode(): Promise<ProtectionMode | null> {
  const value: unknown = await protectionModeItem.getValue();
  return value === 'before-request' || value === 'after-navigation' ? value : null;
}
