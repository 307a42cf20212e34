import { POLICY_SCHEMA, type Policy } from './policy-schema';

/**
 * The policy in force when the organisation has pushed none: warn on high and
 * critical requests, on admin consent, on hidden scopes and on device-code
 * pages; allow plain sign-in quietly. It is the schema's defaults, so the two
 * cannot drift apart.
 */
export const DEFAULT_POLICY: Policy = Object.freeze(structuredClone(POLICY_SCHEMA.default)) as Policy;

export function defaultPolicy(): Policy {
  return structuredClone(POLICY_SCHEMA.default);
}
