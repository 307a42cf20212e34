import type { ProviderId, RequestKind } from '../core/provider-id';

/**
 * What makes a request hide or inflate what it asks for. Each is a short,
 * stable code: reports and policy rules refer to them.
 */
export type RequestFlag =
  /** Pushed authorization request: the parameters live on the server (`request_uri`). */
  | 'par'
  /** A JAR `request` object carried the parameters (decoded, not verified). */
  | 'request-object'
  /** A `request` object that could not be read (encrypted or malformed). */
  | 'unreadable-request-object'
  /** `/.default` or a v1 `resource`: every permission the app was configured with. */
  | 'default-scope'
  /** Microsoft v1 request naming a resource instead of scopes. */
  | 'resource-only'
  /** No scope parameter at all: the provider applies what the app configured or granted before. */
  | 'scope-omitted'
  /** The token is handed to the browser directly (`response_type` contains `token`). */
  | 'implicit-flow'
  /** A parameter that matters appears more than once. */
  | 'duplicate-parameters'
  /** Two different client ids in one request. */
  | 'conflicting-client-ids'
  /** A parameter was encoded twice (or more), a sign of evasion. */
  | 'double-encoded'
  /**
   * A provider's own public client (Azure CLI, Azure PowerShell…) sending its
   * answer to a loopback address, the native-client page or `oob`, from a web
   * page: "ConsentFix", the person is led to copy the code back to the attacker.
   */
  | 'first-party-localhost'
  /**
   * That answer is a code shown on a page for the person to copy, where the
   * provider's own command-line tools never ask for that: never a command-line
   * sign-in, whoever opened it (Volexity, 2025: UTA0352/UTA0355 over Signal).
   */
  | 'code-to-copy'
  /** The provider's own app, answering to the provider's own site: a sign-in, no consent screen. */
  | 'first-party'
  /** A provider's own app id served by a host the provider does not own: a phishing proxy replaying a real sign-in. */
  | 'foreign-host-first-party'
  /** A provider's endpoint path on a host it does not own. */
  | 'provider-path-foreign-host'
  /** The host is under a shared-hosting suffix (Public Suffix List, private section): anyone can publish there. */
  | 'shared-hosting-host'
  /** The answer goes to the provider's native-client page or `urn:ietf:wg:oauth:2.0:oob`. */
  | 'redirect-native-client'
  /** `prompt=none`: no screen can show, nothing can be granted. */
  | 'silent'
  /** Google `include_granted_scopes=true`: the person is asked only for what was not granted before. */
  | 'incremental'
  /** Microsoft v1 endpoint: static consent, every permission the app registered, whatever `scope` says. */
  | 'static-consent'
  /** The host imitates a provider's (confusable letters, Punycode, provider name as a subdomain): a phishing proxy. */
  | 'lookalike-host'
  | 'redirect-localhost'
  | 'redirect-free-hosting'
  /** The request came in the body of a POST. */
  | 'post-body'
  /** The request was wrapped in a sign-in page's `continue` parameter. */
  | 'nested-request'
  /** `prompt=none` with a scope the provider will reject: bounces to the redirect with an error. */
  | 'silent-error-redirect'
  /** Refresh tokens asked for outside the scopes (Google `access_type=offline`, Dropbox `token_access_type=offline`). */
  | 'offline-access'
  /** The user is asked to consent again (`prompt=consent`). */
  | 'forced-consent';

export interface AuthorizationRequest {
  provider: ProviderId;
  kind: RequestKind;
  /** The endpoint's host, normalised (lower case, no trailing dot, no port). */
  host: string;
  /** Directory tenant (Microsoft), workspace or site where the provider names one. */
  tenant: string | null;
  /** The first client id; `clientIds` holds every distinct one seen. */
  clientId: string | null;
  clientIds: string[];
  /** Normalised scopes, or null when the request shows none (PAR, scope omitted). */
  scopes: string[] | null;
  /** Slack user-token scopes, also included in `scopes`. */
  userScopes: string[];
  /** Microsoft v1 resource. */
  resource: string | null;
  redirectUri: string | null;
  redirectHost: string | null;
  responseType: string | null;
  prompt: string | null;
  /** Text the request carries (`login_hint`): whatever the link's author wrote, never proof of anything. */
  loginHint: string | null;
  /** The provider's name for its own app (first-party catalogue), or null for any other app. */
  appName: string | null;
  flags: RequestFlag[];
}
