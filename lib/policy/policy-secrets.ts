import type { Field } from './fields';
import { POLICY_FIELDS, type Policy } from './policy-schema';

/**
 * Policy values that are credentials for the organisation's collector. They
 * are used to send reports and nowhere else: never shown on a page, printed
 * by a tool, put in an error message or reported. Which values they are is
 * said once, by the `secret` mark of their field in the schema.
 */
function secretPaths(fields: Readonly<Record<string, Field<unknown>>>, prefix: string): string[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    if (field.secret) return [path];
    if (field.kind === 'object' && field.children) return secretPaths(field.children, `${path}.`);
    return [];
  });
}

/** Paths of the secret values (`reporting.authHeader` …), from the schema's marks. */
export const SECRET_PATHS: readonly string[] = secretPaths(POLICY_FIELDS, '');

export const HIDDEN_VALUE = '(hidden)';

export function isSecretPath(path: string): boolean {
  const lower = path.toLowerCase();
  return SECRET_PATHS.some((secret) => {
    const s = secret.toLowerCase();
    return lower === s || lower.startsWith(`${s}.`) || lower.startsWith(`${s}[`);
  });
}

/** A secret value as it may be shown: whether it is set, never what it is (a map keeps its names). */
function hidden(value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'object' && !Array.isArray(value))
    return Object.fromEntries(Object.keys(value).map((name) => [name, HIDDEN_VALUE]));
  return HIDDEN_VALUE;
}

/** The policy with every secret replaced by a placeholder, for display and fingerprints. */
export function redactSecrets(policy: Policy): Policy {
  const out = structuredClone(policy) as unknown as Record<string, unknown>;
  for (const path of SECRET_PATHS) {
    const parts = path.split('.');
    const last = parts.pop() as string;
    let node: unknown = out;
    for (const part of parts) node = (node as Record<string, unknown> | undefined)?.[part];
    if (node !== null && typeof node === 'object' && last in node) {
      const parent = node as Record<string, unknown>;
      parent[last] = hidden(parent[last]);
    }
  }
  return out as unknown as Policy;
}

/**
 * An error (or note) about a secret says where and what, never the value
 * found; nor does one about a misspelt key whose nearest name is a secret's
 * (`reporting.authHeadr`: the value is most likely the credential).
 */
export function redactErrorValue<E extends { path: string; value: string; code?: string; params?: string[] }>(
  error: E,
): E {
  const parent = error.path.includes('.') ? error.path.slice(0, error.path.lastIndexOf('.') + 1) : '';
  const meant = error.code === 'unknown-key-suggest' && error.params?.[0] ? `${parent}${error.params[0]}` : null;
  return isSecretPath(error.path) || (meant !== null && isSecretPath(meant))
    ? { ...error, value: HIDDEN_VALUE }
    : error;
}
