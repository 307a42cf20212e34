import type { ProviderId, RequestKind } from '../core/provider-id';

/**
 * Everything Consent Guard knows about one provider, in one place: where it
 * takes authorization requests, which domains are its own, which apps are its
 * own, which pages wrap a request, and what a request without scopes means.
 * The engine, the navigation filters, the lookalike check, the warning page
 * and the demo are derived from these profiles; adding a provider is adding a
 * profile to `lib/providers/index.ts`.
 */
export interface ProviderProfile {
  id: ProviderId;
  /** How people name it (shown on the warning page and in the popup). */
  name: string;
  /** Hosts serving its sign-in and consent pages, each with the paths that matter there. */
  hostGroups: readonly HostGroup[];
  /**
   * Registrable domains (ICANN rules) it owns: a host under one of these is the
   * provider's own site, unless it sits under a shared-hosting suffix of the
   * Public Suffix List's private section (`*.web.core.windows.net`,
   * `*.azurewebsites.net`), where anyone can publish.
   */
  ownedDomains: readonly string[];
  /** Words phishing hosts imitate (`microsoftonline`); matched against each label's visual skeleton. */
  brands: readonly string[];
  /**
   * Its pages that show an authorization code to a person instead of sending
   * it anywhere (a native-client page, a "copy this code" page), as patterns
   * over `host/path` in lower case. A web page sending someone there is the
   * ConsentFix lure: the person is asked to copy the code back.
   */
  codeDisplayPages?: readonly RegExp[];
  /**
   * Whether its own command-line tools ask the person to copy the code from
   * such a page (gcloud `--no-browser`, `firebase login --no-localhost`): then
   * its own app doing so, opened from outside the browser, is a command-line
   * sign-in. Where its tools never do (Microsoft's use a loopback address or a
   * device code), a code shown to be copied is only ever the lure.
   */
  commandLineCopiesCode?: boolean;
  /**
   * Paths only this provider serves (Microsoft's multi-tenant `/common/oauth2/v2.0/authorize`): on a host it
   * does not own, a phishing proxy replaying its sign-in. Matched on the normalised path.
   */
  proxiedPaths?: readonly RegExp[];
  /** Its own apps: pre-authorised, so signing in to one grants no third-party app anything. */
  firstPartyApps?: ReadonlyMap<string, string>;
  /**
   * Sites, other than the provider's own, where one of its own apps is known to
   * take its answer (VS Code's GitHub sign-in answers on vscode.dev), by client
   * id in lower case.
   */
  firstPartyAnswerHosts?: ReadonlyMap<string, readonly string[]>;
  /** A client-id prefix reserved to its own apps (Okta: `okta.`). */
  firstPartyPrefix?: string;
  /**
   * Organisations may serve it on a domain of their own (Okta's custom URL
   * domain): its own app answering to the same foreign host it is served
   * from is that organisation's sign-in, not a proxy.
   */
  customDomains?: boolean;
  /**
   * What a request without `scope` means:
   * - `hides-access`: the app receives what it registered (Microsoft static consent, Dropbox app permissions);
   * - `reuses-grant`: the provider reuses what was granted before, or public data only (GitHub);
   * - `rejected`: the provider refuses the request (nothing can be granted).
   */
  omittedScope: 'hides-access' | 'reuses-grant' | 'rejected';
  /**
   * Whether the provider answers `prompt=none` without showing any screen
   * (OpenID Connect Core 1.0, 3.1.2.1), so such a request cannot grant
   * anything. Providers that ignore `prompt` (GitHub, Slack, Atlassian,
   * Dropbox, Zoom) show their consent screen all the same.
   */
  silentPrompt: boolean;
  /**
   * The provider's own parameter for the same (Salesforce's `immediate=true`:
   * no approval screen, an `immediate_unsuccessful` error instead).
   */
  silentParam?: { name: string; value: string };
  /**
   * Every client is a public client that a tool registers on the fly (AWS IAM
   * Identity Center's `RegisterClient`): no list of first-party ids can name
   * them, and a loopback answer is that tool's, as a first-party tool's is.
   */
  toolClientsRegisterOnTheFly?: boolean;
}

export interface HostGroup {
  /** Exact host names, lower case. */
  hosts: readonly string[];
  /** Host suffixes, with their leading dot (`.my.salesforce.com`). */
  suffixes?: readonly string[];
  /**
   * Hosts named by a pattern, for services spread over regions
   * (`device.sso.eu-west-1.amazonaws.com`), where a suffix would claim a
   * whole shared-hosting domain.
   */
  hostPattern?: RegExp;
  endpoints: readonly EndpointPattern[];
  /**
   * Paths (match-pattern syntax) of the requests the worker must see on these
   * hosts, when that is not every path: hosts people browse all day for other
   * reasons (`www.google.com` serves a device page, and every search) wake the
   * worker only for those paths. Default: every path.
   */
  requestPaths?: readonly string[];
  /**
   * Sign-in or sign-up pages that carry the real request in a parameter,
   * as a path on the same host (`return_to=/login/oauth/authorize?…`) or a
   * whole URL (`continue=https://auth.atlassian.com/authorize?…`).
   */
  wrappers?: readonly WrapperPattern[];
}

export interface EndpointPattern {
  /** Matched against the normalised path: decoded, lower case, single slashes, no trailing slash. */
  pattern: RegExp;
  kind: RequestKind;
  /** Capture group holding the tenant, or a fixed tenant. */
  tenant?: number | string;
  /** Capture group holding the client id, when the path names the app (GitHub App installation pages). */
  clientId?: number;
  /** Microsoft v1 endpoints: static consent, a `resource` instead of scopes. */
  microsoftV1?: boolean;
  /** Single-page portals route in the fragment (`/start/#/device`): matched against the lower-cased fragment. */
  fragment?: RegExp;
  /** How this endpoint names the OAuth fields, when it does not use the standard names. */
  dialect?: ParameterDialect;
}

/**
 * An endpoint that names the OAuth fields its own way (Trello's token page:
 * `key` for the client id, `return_url` for the redirect), read as the
 * standard names. `scopePrefix` names its bare scope words in the engine
 * (`read` → `trello:read`, so they are never taken for another service's);
 * `offlineWhen` is the parameter value that makes the access last until it is
 * revoked (`expiration=never`).
 */
export interface ParameterDialect {
  names: Readonly<Record<string, 'client_id' | 'redirect_uri' | 'scope'>>;
  scopePrefix?: string;
  offlineWhen?: { param: string; value: string };
}

export interface WrapperPattern {
  /** Normalised path of the wrapping page. */
  path: RegExp;
  /** The parameters that may carry the wrapped request, in the order the provider reads them. */
  params: readonly string[];
}
