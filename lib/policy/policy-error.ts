/**
 * One problem in an organisation's policy: where it is, what is wrong, and
 * the value that was found, so an admin can fix it without guessing. The
 * entry is ignored; the rest of the policy applies.
 */
export interface PolicyError {
  /** JSON-path-like location: `blockedApps[2].clientId`. */
  path: string;
  problem: string;
  /** The offending value, shortened for display. */
  value: string;
}

export function describeValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

export function formatPolicyError(error: PolicyError): string {
  return `${error.path}: ${error.problem} (found ${error.value})`;
}
