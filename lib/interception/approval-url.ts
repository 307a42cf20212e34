import type { AuthorizationRequest } from '../authz/types';

/**
 * The policy's approval URL with `{provider}`, `{clientId}`, `{scopes}` and
 * `{user}` filled in (each URL-encoded). Returns null when the result is not
 * an https URL, so a broken template never opens something odd.
 */
export function fillApprovalUrl(template: string, request: AuthorizationRequest, user: string | null): string | null {
  const values: Record<string, string> = {
    provider: request.provider,
    clientId: request.clientId ?? '',
    scopes: (request.scopes ?? []).join(' '),
    user: user ?? '',
  };
  const filled = template.replace(/\{(provider|clientId|scopes|user)\}/g, (_m, name: string) =>
    encodeURIComponent(values[name] ?? ''),
  );
  try {
    return new URL(filled).protocol === 'https:' ? filled : null;
  } catch {
    return null;
  }
}
