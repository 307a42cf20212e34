import type { PolicyError } from './policy-error';
import type { Policy } from './policy-schema';

/**
 * Policy values that are credentials for the organisation's collector. They
 * are used to send reports and nowhere else: never shown on a page, printed
 * by a tool, put in an error message or reported.
 */
export const SECRET_PATHS = ['reporting.authHeader', 'reporting.hmacSecret', 'reporting.headers'] as const;

export const HIDDEN_VALUE = '(hidden)';

export function isSecretPath(path: string): boolean {
  const lower = path.toLowerCase();
  return SECRET_PATHS.some((secret) => {
    const s = secret.toLowerCase();
    return lower === s || lower.startsWith(`${s}.`) || lower.startsWith(`${s}[`);
  });
}

/** The policy with every secret replaced by a placeholder, for display and fingerprints. */
export function redactSecrets(policy: Policy): Policy {
  const reporting = policy.reporting;
  return {
    ...policy,
    reporting: {
      ...reporting,
      authHeader: reporting.authHeader === null ? null : HIDDEN_VALUE,
      hmacSecret: reporting.hmacSecret === null ? null : HIDDEN_VALUE,
      headers: Object.fromEntries(Object.keys(reporting.headers).map((name) => [name, HIDDEN_VALUE])),
    },
  };
}

/** An error about a secret says where and what, never the value found. */
export function redactErrorValue(error: PolicyError): PolicyError {
  return isSecretPath(error.path) ? { ...error, value: HIDDEN_VALUE } : error;
}
