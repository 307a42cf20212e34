import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FIREFOX_ADDON_ID } from '../../lib/core/extension-ids';

/**
 * A real enterprise policy file, as organisations deploy Firefox on Linux:
 * `/etc/firefox/policies/policies.json`, read once when Firefox starts. It
 * trusts the test CA (`Certificates.Install`; `security.enterprise_roots`
 * does nothing on Linux) and gives the extension its managed policy
 * (`3rdparty.Extensions.<gecko id>`, what `storage.managed` returns). The file
 * is machine-wide, so these tests run one at a time (workers: 1), and it
 * needs root (CI runs as root).
 */
export const POLICIES_FILE = '/etc/firefox/policies/policies.json';

// Marks the file as ours: a file without it belongs to the machine's administrator and is never replaced.
const OWNER = 'consent-guard-e2e-firefox';

export function canWritePolicies(): boolean {
  return process.getuid?.() === 0;
}

export function writePolicies(options: { caCertFile: string; extensionPolicy?: Record<string, unknown> }): void {
  if (existsSync(POLICIES_FILE) && !readFileSync(POLICIES_FILE, 'utf8').includes(OWNER)) {
    throw new Error(
      `${POLICIES_FILE} exists and was not written by these tests: this machine has its own Firefox policy, which they would replace. Move it away to run them.`,
    );
  }
  const policies: Record<string, unknown> = { Certificates: { Install: [options.caCertFile] } };
  if (options.extensionPolicy) policies['3rdparty'] = { Extensions: { [FIREFOX_ADDON_ID]: options.extensionPolicy } };
  mkdirSync(dirname(POLICIES_FILE), { recursive: true });
  // Firefox reads only `policies`; `writtenBy` is for whoever finds the file left behind.
  writeFileSync(POLICIES_FILE, JSON.stringify({ writtenBy: OWNER, policies }, null, 2));
}

export function removePolicies(): void {
  if (existsSync(POLICIES_FILE) && readFileSync(POLICIES_FILE, 'utf8').includes(OWNER)) rmSync(POLICIES_FILE);
}
