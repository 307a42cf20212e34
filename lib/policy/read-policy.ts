import { defaultPolicy } from './default-policy';
import { type PolicyError, type PolicyNote, policyError } from './policy-error';
import { POLICY_FIELDS, POLICY_SCHEMA, type Policy } from './policy-schema';
import { redactErrorValue } from './policy-secrets';

export interface PolicyReading {
  policy: Policy;
  errors: PolicyError[];
  /** Shorthands that were rewritten (a scope rule or app written as text): they apply, and say how they were read. */
  notes: PolicyNote[];
  /** Top-level keys that carried a usable value: the rest come from the default. */
  setKeys: (keyof Policy)[];
  /** True when the source held no policy at all. */
  empty: boolean;
}

/**
 * Reads a policy from whatever a channel delivers: Chrome's typed JSON,
 * Firefox's unchecked policies.json, registry strings, a file. Never throws.
 * A bad entry is reported and ignored; the rest applies; a key that cannot be
 * read keeps its default, so garbage never weakens protection below the
 * embedded default.
 */
export function readPolicy(raw: unknown): PolicyReading {
  try {
    const reading = readPolicyUnguarded(raw);
    return { ...reading, errors: reading.errors.map(redactErrorValue), notes: reading.notes.map(redactErrorValue) };
  } catch (error) {
    // A reader bug must never leave the extension without a policy; the
    // property tests exist to keep this line unreached.
    return {
      policy: defaultPolicy(),
      errors: [policyError('(policy)', 'unreadable', [String(error)], raw)],
      notes: [],
      setKeys: [],
      empty: false,
    };
  }
}

function readPolicyUnguarded(raw: unknown): PolicyReading {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return {
        policy: defaultPolicy(),
        errors: [policyError('(policy)', 'invalid-json', [], raw)],
        notes: [],
        setKeys: [],
        empty: false,
      };
    }
  }
  if (
    value === undefined ||
    value === null ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  ) {
    return { policy: defaultPolicy(), errors: [], notes: [], setKeys: [], empty: true };
  }
  const errors: PolicyError[] = [];
  const notes: PolicyNote[] = [];
  const policy = POLICY_SCHEMA.read(value, '', errors, notes);
  if (policy === undefined) {
    return {
      policy: defaultPolicy(),
      errors: errors.map((e) => ({ ...e, path: '(policy)' })),
      notes: [],
      setKeys: [],
      empty: false,
    };
  }
  const errorKeys = new Set(errors.map((e) => e.path.split(/[.[]/)[0]));
  const setKeys = (Object.keys(value as object) as string[])
    .map((key) => (Object.keys(POLICY_FIELDS) as (keyof Policy)[]).find((k) => k.toLowerCase() === key.toLowerCase()))
    .filter((key): key is keyof Policy => key !== undefined && !(errorKeys.has(key) && isScalarField(key)));
  return { policy, errors, notes, setKeys, empty: false };
}

function isScalarField(key: keyof Policy): boolean {
  const kind = POLICY_FIELDS[key].kind;
  return kind !== 'object' && kind !== 'object-list' && kind !== 'string-list';
}
