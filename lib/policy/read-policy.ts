import { defaultPolicy } from './default-policy';
import { describeValue, type PolicyError } from './policy-error';
import { POLICY_FIELDS, POLICY_SCHEMA, type Policy } from './policy-schema';
import { redactErrorValue } from './policy-secrets';

export interface PolicyReading {
  policy: Policy;
  errors: PolicyError[];
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
    return { ...reading, errors: reading.errors.map(redactErrorValue) };
  } catch (error) {
    // A reader bug must never leave the extension without a policy; the
    // property tests exist to keep this line unreached.
    return {
      policy: defaultPolicy(),
      errors: [{ path: '(policy)', problem: `could not be read (${String(error)})`, value: describeValue(raw) }],
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
        errors: [{ path: '(policy)', problem: 'is not valid JSON', value: describeValue(raw) }],
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
    return { policy: defaultPolicy(), errors: [], setKeys: [], empty: true };
  }
  const errors: PolicyError[] = [];
  const policy = POLICY_SCHEMA.read(value, '', errors);
  if (policy === undefined) {
    return {
      policy: defaultPolicy(),
      errors: errors.map((e) => ({ ...e, path: '(policy)' })),
      setKeys: [],
      empty: false,
    };
  }
  const errorKeys = new Set(errors.map((e) => e.path.split(/[.[]/)[0]));
  const setKeys = (Object.keys(value as object) as string[])
    .map((key) => (Object.keys(POLICY_FIELDS) as (keyof Policy)[]).find((k) => k.toLowerCase() === key.toLowerCase()))
    .filter((key): key is keyof Policy => key !== undefined && !(errorKeys.has(key) && isScalarField(key)));
  return { policy, errors, setKeys, empty: false };
}

function isScalarField(key: keyof Policy): boolean {
  const kind = POLICY_FIELDS[key].kind;
  return kind !== 'object' && kind !== 'object-list' && kind !== 'string-list';
}
