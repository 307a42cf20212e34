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
  const first = Object.values(extensions)[0];
  return first ?? {};
}
