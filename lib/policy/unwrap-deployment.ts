import { FIREFOX_ADDON_ID } from '../core/extension-ids';
import { POLICY_FIELDS } from './policy-schema';

/**
 * Takes the policy out of the files admins deploy, so `policy check` and
 * `explain --policy` accept the very file that goes to the machines: a Chrome
 * or Edge managed policy file (`3rdparty.extensions.<id>`), a Firefox
 * policies.json (`policies.3rdparty.Extensions.<id>`), or the bare policy.
 */
export function unwrapDeployment(document: unknown): unknown {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) return document;
  const record = document as Record<string, unknown>;
  const policies = record.policies;
  const thirdParty = (
    policies !== null && typeof policies === 'object'
      ? (policies as Record<string, unknown>)['3rdparty']
      : record['3rdparty']
  ) as Record<string, unknown> | undefined;
  if (thirdParty === undefined || thirdParty === null || typeof thirdParty !== 'object') return document;
  const extensions = (thirdParty.extensions ?? thirdParty.Extensions) as Record<string, unknown> | undefined;
  if (extensions === undefined || extensions === null || typeof extensions !== 'object') return document;
  return ourEntry(extensions as Record<string, unknown>) ?? {};
}

/**
 * Consent Guard's entry among the extensions a file configures: the one under
 * its Firefox add-on id, the only one, or else the one whose keys are this
 * policy's (a Chrome id differs between the store and a self-hosted build).
 */
function ourEntry(extensions: Record<string, unknown>): unknown {
  if (FIREFOX_ADDON_ID in extensions) return extensions[FIREFOX_ADDON_ID];
  const entries = Object.values(extensions);
  if (entries.length <= 1) return entries[0];
  return entries.find(
    (entry) =>
      entry !== null &&
      typeof entry === 'object' &&
      Object.keys(entry as Record<string, unknown>).some((key) => key in POLICY_FIELDS),
  );
}
