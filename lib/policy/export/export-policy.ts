import type { PolicyReading } from '../read-policy';
import {
  chromeLinuxPolicy,
  type ExportedFile,
  type ExportOptions,
  type ExportTarget,
  firefoxPolicies,
  type PolicyDocument,
} from './deployment-targets';
import { macosMobileconfig } from './macos-mobileconfig';
import { windowsAdmx } from './windows-admx';
import { windowsRegFile } from './windows-reg';

/**
 * The keys the admin set, in their checked and normalised form (`"TRUE"` is
 * written `true`): only what was meant, in the shape every channel reads.
 */
export function policyDocument(reading: PolicyReading): PolicyDocument {
  const document: PolicyDocument = {};
  for (const key of reading.setKeys) (document as Record<string, unknown>)[key] = withoutNulls(reading.policy[key]);
  return document;
}

/**
 * Unset optional values are left out: Chrome checks values against the
 * schema and drops a whole list when one entry holds a null where text is due.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

export function exportPolicy(reading: PolicyReading, target: ExportTarget, options: ExportOptions): ExportedFile[] {
  const document = policyDocument(reading);
  switch (target) {
    case 'chrome-linux':
      return [chromeLinuxPolicy(document, options)];
    case 'windows-reg':
      return [windowsRegFile(document, options)];
    case 'windows-admx':
      return windowsAdmx(options);
    case 'macos-mobileconfig':
      return [macosMobileconfig(document, options)];
    case 'firefox-policies':
      return [firefoxPolicies(document)];
  }
}
