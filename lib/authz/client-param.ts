/**
 * The one test of "this URL's query may name a client", shared by the engine
 * (which reads nothing further on other hosts when it fails) and the service
 * worker's navigation filter (which wakes for nothing else on other hosts):
 * a parameter whose name holds `client`, in any case, or any percent-escape,
 * which could spell it (`%63lient_id`). The two must agree, or a request the
 * engine would flag could pass without waking the worker.
 */
export const NAMES_A_CLIENT_SOURCE = '[?&][^=&#]*(?:client|%[0-9a-f]{2})[^=&#]*=';

const NAMES_A_CLIENT = new RegExp(NAMES_A_CLIENT_SOURCE, 'i');

/** Self-hosted device-code pages (Keycloak's `/realms/NAME/device`): recognised on any host, with no query. */
export const SELF_HOSTED_DEVICE_PATH_SOURCE = '/realms/[^/?#]+/device(?:[?#]|$)';

/**
 * A device-code verification page with its code filled in (RFC 8628, 3.3.1
 * `verification_uri_complete`: `…/device?user_code=WDJB-MJHT`; authentik
 * names it `code`), on any host. `/activate` counts with `user_code` only (Okta,
 * Auth0): `activate?code=` is how account-activation e-mails link (Zoom's).
 */
export const DEVICE_CODE_QUERY_SOURCE =
  '/(?:(?:device|device/verify)\\?(?:[^#]*&)?(?:user_code|code)=|activate\\?(?:[^#]*&)?user_code=)';
const DEVICE_CODE_QUERY = new RegExp(DEVICE_CODE_QUERY_SOURCE, 'i');

/** @param pathAndQuery the URL's path and query (`/device?user_code=…`) */
export function isDeviceCodePage(pathAndQuery: string): boolean {
  return DEVICE_CODE_QUERY.test(pathAndQuery);
}

/** @param search the URL's query, with its `?` (as `URL.search` gives it) */
export function mayNameClient(search: string): boolean {
  return search.length > 1 && NAMES_A_CLIENT.test(search);
}
