import { FIREFOX_ADDON_ID } from '../../core/extension-ids';
import type { Policy } from '../policy-schema';

export const EXPORT_TARGETS = [
  'chrome-linux',
  'windows-reg',
  'windows-admx',
  'macos-mobileconfig',
  'firefox-policies',
] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export interface ExportOptions {
  /** Chrome/Edge extension id the policy is for. */
  extensionId: string;
  /** Edge add-ons id when it differs from Chrome's. */
  edgeExtensionId?: string;
}

/** A written file: relative name and content. */
export interface ExportedFile {
  name: string;
  content: string;
}

export const CHROME_REG_PATH = 'Software\\Policies\\Google\\Chrome\\3rdparty\\extensions';
export const EDGE_REG_PATH = 'Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions';

/** Only the keys an admin set: exporting defaults would freeze them against future, better defaults. */
export type PolicyDocument = Partial<Policy> & Record<string, unknown>;

export function chromeLinuxPolicy(policy: PolicyDocument, options: ExportOptions): ExportedFile {
  const content = { '3rdparty': { extensions: { [options.extensionId]: policy } } };
  return { name: 'consent-guard.json', content: `${JSON.stringify(content, null, 2)}\n` };
}

export function firefoxPolicies(policy: PolicyDocument): ExportedFile {
  const content = { policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: policy } } } };
  return { name: 'policies.json', content: `${JSON.stringify(content, null, 2)}\n` };
}
