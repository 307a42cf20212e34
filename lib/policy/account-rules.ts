import type { AuthorizationRequest } from '../authz/types';

/** Microsoft's tenant of personal accounts. */
const MICROSOFT_CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
const CONSUMER_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'yandex.ru',
  'mail.ru',
  'zoho.com',
]);
/** Tenant words that name no particular organisation. */
const OPEN_TENANTS = new Set(['common', 'organizations', 'consumers']);

function hintDomain(request: AuthorizationRequest): string | null {
  const at = request.loginHint?.lastIndexOf('@') ?? -1;
  return at >= 0 ? (request.loginHint as string).slice(at + 1).toLowerCase() : null;
}

/** True when the consent would be given with a personal (consumer) account. */
export function usesPersonalAccount(request: AuthorizationRequest): boolean {
  const tenant = request.tenant?.toLowerCase();
  if (request.provider === 'microsoft' && (tenant === 'consumers' || tenant === MICROSOFT_CONSUMER_TENANT)) return true;
  const domain = hintDomain(request);
  return domain !== null && CONSUMER_MAIL_DOMAINS.has(domain);
}

/**
 * The tenant or account domain outside the organisation's lists that this
 * request names, or null. A request that names no tenant is not judged here.
 */
export function outsideTenant(
  request: AuthorizationRequest,
  allowedTenants: readonly string[],
  organisationDomains: readonly string[],
): string | null {
  const tenant = request.tenant?.toLowerCase() ?? null;
  if (allowedTenants.length > 0 && tenant !== null && !OPEN_TENANTS.has(tenant) && request.provider !== 'generic') {
    if (!allowedTenants.some((t) => t.toLowerCase() === tenant)) return tenant;
  }
  const domain = hintDomain(request);
  if (organisationDomains.length > 0 && domain !== null) {
    const inside = organisationDomains.some(
      (d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`),
    );
    if (!inside) return domain;
  }
  return null;
}
